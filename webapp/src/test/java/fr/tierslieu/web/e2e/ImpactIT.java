package fr.tierslieu.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Issue 18, part 2, in the browser: the manager enters a figure of the panorama (refused without
 * its source), sees it in its theme and its trend, publishes the panorama, and anyone reads it on
 * the public page without signing in.
 */
class ImpactIT extends BrowserTest {

    static String anonymous(String url) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Accept-Language", "fr")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    @Test
    void enterAFigureWithItsSourceThenPublish() throws Exception {
        assertThat(anonymous(app.url("/public/core/impact.xhtml"))).contains("Ce panorama n’est pas publié.");

        browser.signIn(app, "manager", "demo");
        browser.open(app.url("/core/impact/panorama.xhtml"));
        browser.waitFor(By.id("filled"));
        int last = Integer.parseInt(browser.driver()
                        .findElement(By.cssSelector("#impactForm\\:year_input option"))
                        .getAttribute("value"))
                - 2; // the last year that is over: what the public page shows
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "PrimeFaces.widgets['widget_impactForm_year'].selectValue(arguments[0]);",
                        String.valueOf(last));
        browser.waitUntil(d ->
                d.findElement(By.cssSelector("table.tl-impact thead")).getText().contains(String.valueOf(last)));

        browser.click(By.linkText("Usagers accueillis"));
        browser.waitFor(By.id("impactForm:value_input"));
        browser.setNumber("impactForm:value", "1234");
        browser.click(By.id("impactForm:saveValue"));
        browser.waitUntil(d -> d.findElement(By.id("impactForm")).getText().contains("Indiquez la source du chiffre"));
        browser.type(By.id("impactForm:source"), "Feuilles d’émargement " + last);
        browser.click(By.id("impactForm:saveValue"));
        browser.waitUntil(d -> d.getPageSource().contains("Chiffre enregistré."));
        browser.waitUntil(
                d -> d.findElement(By.cssSelector("table.tl-impact")).getText().matches("(?s).*1\\h234\\hpersonnes.*"));
        // the trend of the selected indicator, with its data table
        assertThat(browser.driver().findElements(By.cssSelector("#impactForm .tl-chart-data")))
                .isNotEmpty();
        // a computed figure says where it comes from and cannot be typed
        browser.click(By.linkText("Réunions du projet (comités, ateliers)"));
        browser.waitFor(By.id("computedNote"));
        assertThat(browser.driver().findElement(By.id("computedNote")).getText())
                .contains("réunions du parcours");
        assertThat(browser.driver().findElements(By.id("impactForm:value_input")))
                .isEmpty();

        browser.click(By.id("actionsForm:publish"));
        browser.waitUntil(d -> d.getPageSource().contains("Panorama publié sur la page publique."));
        String page = anonymous(app.url("/public/core/impact.xhtml"));
        assertThat(page)
                .contains("Usagers accueillis")
                .contains(String.valueOf(last))
                .containsPattern("1.234");
        assertThat(page).doesNotContain("Feuilles d’émargement"); // figures only, not the team's notes
        browser.click(By.id("actionsForm:publish"));
        browser.waitUntil(d -> d.getPageSource().contains("Page publique retirée."));
        assertThat(anonymous(app.url("/public/core/impact.xhtml"))).contains("Ce panorama n’est pas publié.");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
