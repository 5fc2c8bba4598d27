package fr.tierslieu.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Every page reachable from the menu opens for an administrator, in French and in English, with no
 * error page, no untranslated key, no script or Content-Security-Policy error in the console, and
 * no serious or critical WCAG 2.1 A/AA violation found by axe-core ({@link Accessibility}).
 */
class PagesSmokeIT extends BrowserTest {

    @BeforeAll
    static void signIn() {
        browser.signIn(app, "admin", "demo");
    }

    /** Id of the first project whose name starts with the prefix. */
    static long projectId(Http http, String prefix) {
        try (var reader = jakarta.json.Json.createReader(
                new java.io.StringReader(http.get("/api/core/projects").body()))) {
            return reader.readArray().getValuesAs(jakarta.json.JsonObject.class).stream()
                    .filter(o -> o.getString("name").startsWith(prefix))
                    .mapToLong(o -> o.getJsonNumber("id").longValue())
                    .findFirst()
                    .orElse(-1);
        }
    }

    /** The pages of the demo's main project (ids read through the REST API, then from the pages' links). */
    static List<String> projectPages() {
        Http http = new Http(app, "admin", "demo");
        long id = projectId(http, "Atelier Z – tiers-lieu");
        assertThat(id).as("demo project").isPositive();
        List<String> pages = new ArrayList<>(List.of(
                "/core/projects/edit.xhtml",
                "/core/projects/view.xhtml?id=" + id,
                "/core/projects/edit.xhtml?id=" + id,
                "/core/projects/roadmap.xhtml?id=" + id,
                "/core/projects/journey.xhtml?id=" + id,
                "/core/projects/meetings.xhtml?id=" + id));
        browser.open(app.url("/core/projects/meetings.xhtml?id=" + id));
        pages.add(browser.waitFor(By.cssSelector("#meetingTable a"))
                .getAttribute("href")
                .replace(app.baseUrl(), ""));
        browser.open(app.url("/core/projects/view.xhtml?id=" + id));
        List<String> analyses = new ArrayList<>();
        for (WebElement a : browser.driver().findElements(By.cssSelector("#analysisForm\\:analysisTable a"))) {
            analyses.add(a.getAttribute("href").replaceAll(".*id=", ""));
        }
        assertThat(analyses).hasSize(2);
        // the parts the modules contribute to a project's page (ProjectTab), with the demo's records
        List<String> tabs = new ArrayList<>();
        if (WarModules.installed("economy")) {
            tabs.add("Modèles économiques");
            assertThat(browser.driver().findElements(By.cssSelector("#economyModelsOfProject a")))
                    .isNotEmpty()
                    .allSatisfy(a -> assertThat(a.getAttribute("href")).contains("/economy/model.xhtml?id="));
        }
        if (WarModules.installed("studytrip")) {
            tabs.add("Voyages d’étude");
            assertThat(browser.driver().findElements(By.cssSelector("#tripsOfProject a")))
                    .isNotEmpty()
                    .allSatisfy(a -> assertThat(a.getAttribute("href")).contains("/studytrip/trip.xhtml?id="));
        }
        assertThat(browser.driver().findElements(By.cssSelector("section.tl-module-tab h2")))
                .extracting(WebElement::getText)
                .containsExactlyElementsOf(tabs);
        pages.add("/core/strategy/analysis.xhtml?id=" + analyses.get(0));
        pages.add("/core/strategy/compare.xhtml?before=" + analyses.get(0) + "&after=" + analyses.get(1));
        return pages;
    }

    /** Detail pages of the modules installed in the WAR (first record of each, read through REST). */
    static List<String> modulePages() {
        Http http = new Http(app, "admin", "demo");
        List<String> pages = new ArrayList<>();
        Http.Response models = http.get("/api/economy/models");
        if (models.status() == 200) {
            pages.add("/economy/model.xhtml?id=" + models.body().replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
            pages.add("/economy/guide.xhtml");
        }
        Http.Response trips = http.get("/api/studytrip/trips");
        if (trips.status() == 200) {
            String trip = trips.body().replaceAll("(?s).*?\"id\":(\\d+).*", "$1");
            for (String page : List.of("trip", "destinations", "poll", "day", "budget", "debrief")) {
                pages.add("/studytrip/" + page + ".xhtml?id=" + trip);
            }
        }
        return pages;
    }

    @Test
    void everyMenuPageOpensCleanlyInBothLanguages() {
        List<String> pages = new ArrayList<>();
        pages.add("/index.xhtml");
        for (WebElement link : browser.driver().findElements(By.cssSelector(".tl-menu-section a"))) {
            pages.add(link.getAttribute("href").replace(app.baseUrl(), ""));
        }
        assertThat(pages).contains("/core/actors/list.xhtml", "/core/actors/map.xhtml", "/core/admin/audit.xhtml");
        pages.add("/core/actors/edit.xhtml");
        // linked from the workspace switcher and the experience library when there are several workspaces
        pages.add("/core/workspaces/network.xhtml");
        // the accessibility statement, linked from the footer of every page
        String statement = browser.driver()
                .findElement(By.cssSelector("footer.tl-footer a"))
                .getAttribute("href")
                .replace(app.baseUrl(), "");
        assertThat(statement).isEqualTo("/public/core/accessibility.xhtml");
        pages.add(statement);
        pages.addAll(projectPages());
        pages.addAll(modulePages());

        Map<String, List<String>> problems = new LinkedHashMap<>();
        List<Accessibility.Finding> accessibility = new ArrayList<>();
        for (String language : List.of("fr", "en")) {
            if ("en".equals(language)) {
                browser.open(app.url("/index.xhtml"));
                browser.click(By.id("topbarForm:langEn"));
                browser.waitFor(By.id("topbarForm:langFr"));
            }
            for (String page : pages) {
                browser.open(app.url(page));
                browser.waitFor(By.cssSelector("h1"));
                List<String> found = new ArrayList<>(browser.consoleErrors());
                String body = browser.driver().findElement(By.tagName("body")).getText();
                if (body.contains("???")) {
                    found.add("untranslated key: "
                            + body.substring(body.indexOf("???"), Math.min(body.length(), body.indexOf("???") + 60)));
                }
                if (!browser.driver().findElements(By.id("errorText")).isEmpty()) {
                    found.add("error page: "
                            + browser.driver().findElement(By.id("errorText")).getText());
                }
                if (!found.isEmpty()) {
                    problems.put(language + " " + page, found);
                }
                accessibility.addAll(Accessibility.scan(browser.driver(), language + " " + page + " (1366 px)"));
            }
        }
        assertThat(problems).isEmpty();
        // WCAG 2.1 A/AA by axe-core: nothing serious or critical on any page, in either language
        assertThat(accessibility.stream()
                        .filter(Accessibility.Finding::blocking)
                        .map(Accessibility.Finding::toString))
                .as("see target/accessibility-report.md")
                .isEmpty();
        // every page's state can be replicated to the other instances of a cluster: BrowserTest
        // checks the application's log after the class
    }
}
