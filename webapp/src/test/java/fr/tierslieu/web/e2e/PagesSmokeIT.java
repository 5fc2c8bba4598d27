package fr.tierslieu.web.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page reachable from the menu opens for an administrator, in French and in English, with no
 * error page, no untranslated key and no script or Content-Security-Policy error in the console.
 */
class PagesSmokeIT extends BrowserTest {


    @BeforeAll
    static void signIn() {
        browser.signIn(app, "admin", "demo");
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

        Map<String, List<String>> problems = new LinkedHashMap<>();
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
                    found.add("untranslated key: " + body.substring(body.indexOf("???"), Math.min(body.length(), body.indexOf("???") + 60)));
                }
                if (!browser.driver().findElements(By.id("errorText")).isEmpty()) {
                    found.add("error page: " + browser.driver().findElement(By.id("errorText")).getText());
                }
                if (!found.isEmpty()) {
                    problems.put(language + " " + page, found);
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
