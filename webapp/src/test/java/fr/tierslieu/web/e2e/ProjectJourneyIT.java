package fr.tierslieu.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The accompaniment as a team member lives it: open a project, start its journey and tick an
 * activity (progress moves), hold a meeting with attendees (the actor's attendance moves), add
 * tasks to the roadmap and see the Gantt, the critical path and a clear warning for a deadline that
 * cannot be met; then a dependency cycle is refused with the tasks named.
 */
class ProjectJourneyIT extends BrowserTest {

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser.driver();
    }

    private void select(String menuId, Object value) {
        browser.waitFor(By.id(menuId));
        js().executeScript(
                        "PrimeFaces.widgets['widget_" + menuId.replace(":", "_") + "'].selectValue(arguments[0]);",
                        String.valueOf(value));
    }

    @Test
    void journeyMeetingAndRoadmap() {
        browser.signIn(app, "manager", "demo");
        Http http = new Http(app, "manager", "demo");

        // A new project
        browser.open(app.url("/core/projects/edit.xhtml"));
        browser.type(By.id("projectForm:name"), "Recyclerie test");
        browser.type(By.id("projectForm:tags"), "réemploi, test");
        browser.click(By.id("projectForm:save"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("/core/projects/view.xhtml?id="));
        long projectId = PagesSmokeIT.projectId(http, "Recyclerie test");
        assertThat(browser.waitFor(By.cssSelector("h1")).getText()).isEqualTo("Recyclerie test");

        // a need still to mobilise: refused without a description (at the field), then added and covered
        browser.click(By.id("needForm:addNeed"));
        browser.waitUntil(d -> d.findElement(By.id("needForm")).getText().contains("obligatoire"));
        browser.type(By.id("needForm:needDescription"), "Étude de faisabilité de la recyclerie");
        browser.click(By.id("needForm:addNeed"));
        browser.waitUntil(d ->
                d.findElement(By.id("needForm:needTable")).getText().contains("Étude de faisabilité de la recyclerie"));
        ((JavascriptExecutor) browser.driver())
                .executeScript("PrimeFaces.widgets['widget_needForm_needTable_0_needStatus'].selectValue('COVERED');");
        browser.waitUntil(
                d -> d.findElement(By.id("needForm:needTable")).getText().contains("Couvert"));

        // Start the journey and tick the first activity of Temps 1
        browser.click(By.id("actionsForm:journey"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("/core/projects/journey.xhtml"));
        browser.click(By.id("journeyForm:start"));
        browser.waitFor(By.id("journeyForm:overall"));
        assertThat(browser.driver().findElement(By.id("overallLine")).getText()).startsWith("0 activité faite sur 16");
        WebElement firstBox =
                browser.driver().findElement(By.cssSelector("[data-step='QUALIFICATION'] .tl-activity-done"));
        firstBox.click();
        browser.waitUntil(d -> d.findElement(By.id("overallLine")).getText().startsWith("1 activité faite sur 16"));
        assertThat(browser.driver()
                        .findElement(By.cssSelector("[data-step='QUALIFICATION'] .tl-activity-title"))
                        .getText())
                .isEqualTo("Partage des ambitions et objectifs du projet");

        // A meeting with two invited actors, one present
        browser.open(app.url("/core/projects/meetings.xhtml?id=" + projectId));
        browser.type(By.id("meetingForm:meetingTitle"), "COPIL de lancement");
        select("meetingForm:kind", "COPIL");
        browser.type(By.id("meetingForm:startsAt_input"), "12/01/2027 18:00");
        browser.click(By.id("meetingForm:saveMeeting"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("/core/projects/meeting.xhtml"));
        long inrae = actorId(http, "INRAE");
        long kerascoet = actorId(http, "Collectif des riverains");
        selectMany("attendeeForm:invited", List.of(inrae, kerascoet));
        browser.click(By.id("attendeeForm:invite"));
        browser.waitUntil(d -> d.findElement(By.id("presentCount")).getText().startsWith("0 personne présente sur 2"));
        browser.driver().findElements(By.cssSelector(".tl-present")).get(0).click();
        browser.waitUntil(d -> d.findElement(By.id("presentCount")).getText().startsWith("1 personne présente sur 2"));

        // Roadmap: a task due too early after a long one → warning naming both; Gantt shows them
        browser.open(app.url("/core/projects/roadmap.xhtml?id=" + projectId));
        addTask("Étude de faisabilité", "30", null);
        // due in two weeks, after a 30-working-day study: impossible whatever today is
        addTask(
                "Dépôt du dossier",
                "2",
                java.time.LocalDate.now()
                        .plusDays(14)
                        .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        select("linkForm:predecessor", taskId(http, projectId, "Étude de faisabilité"));
        select("linkForm:successor", taskId(http, projectId, "Dépôt du dossier"));
        browser.click(By.id("linkForm:addLink"));
        browser.waitUntil(d -> d.findElement(By.id("warnings"))
                .getText()
                .contains("«\u202FDépôt du dossier\u202F» ne peut pas tenir sa date"));
        assertThat(browser.driver().findElement(By.id("warnings")).getText())
                .contains("Chaîne en cause\u202F: «\u202FÉtude de faisabilité\u202F» → «\u202FDépôt du dossier\u202F»");
        browser.waitUntil(d -> d.findElements(By.cssSelector("#roadmapForm\\:gantt .vis-item.tl-gantt-critical"))
                        .size()
                >= 2);
        assertThat(browser.driver().findElements(By.cssSelector("#roadmapForm\\:gantt .vis-item")))
                .hasSizeGreaterThanOrEqualTo(2);

        // The reverse link would close a cycle: refused, the tasks named, nothing saved
        select("linkForm:predecessor", taskId(http, projectId, "Dépôt du dossier"));
        select("linkForm:successor", taskId(http, projectId, "Étude de faisabilité"));
        browser.click(By.id("linkForm:addLink"));
        browser.waitUntil(d -> d.findElement(By.id("linkForm")).getText().contains("Dépendances circulaires"));
        assertThat(browser.driver().findElements(By.cssSelector("#linkForm\\:linkTable tbody tr")))
                .hasSize(1);

        // The attendance shows on the actor's page
        browser.open(app.url("/core/actors/view.xhtml?id=" + inrae));
        assertThat(browser.waitFor(By.id("attendanceSummary")).getText()).contains("sur");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private void addTask(String name, String days, String due) {
        browser.type(By.id("taskForm:taskName"), name);
        browser.setNumber("taskForm:duration", days);
        if (due != null) {
            browser.type(By.id("taskForm:fixedDate_input"), due);
        }
        browser.click(By.id("taskForm:saveTask"));
        browser.waitUntil(
                d -> d.findElement(By.id("roadmapForm:scheduleTable")).getText().contains(name));
    }

    private void selectMany(String id, List<Long> values) {
        for (Long value : values) {
            js().executeScript(
                            "PrimeFaces.widgets['widget_" + id.replace(":", "_") + "'].selectValue(arguments[0]);",
                            String.valueOf(value));
        }
    }

    static long actorId(Http http, String prefix) {
        try (var reader = jakarta.json.Json.createReader(
                new java.io.StringReader(http.get("/api/core/actors?size=200").body()))) {
            return reader.readObject().getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class).stream()
                    .filter(o -> o.getString("name").startsWith(prefix))
                    .mapToLong(o -> o.getJsonNumber("id").longValue())
                    .findFirst()
                    .orElseThrow();
        }
    }

    static long taskId(Http http, long projectId, String name) {
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(
                http.get("/api/core/projects/" + projectId + "/schedule").body()))) {
            return reader.readObject().getJsonArray("tasks").getValuesAs(jakarta.json.JsonObject.class).stream()
                    .filter(o -> o.getString("name").equals(name))
                    .mapToLong(o -> o.getJsonNumber("id").longValue())
                    .findFirst()
                    .orElseThrow();
        }
    }
}
