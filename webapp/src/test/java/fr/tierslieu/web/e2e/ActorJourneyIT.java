package fr.tierslieu.web.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a team member does in the first step of the method: sign in, put a new actor on the map,
 * find it in the table, see it on the power–interest grid and on the network map, sign out.
 */
@ExtendWith(FailureArtifacts.class)
class ActorJourneyIT {

    private static LocalApp app;
    private static Browser browser;

    @BeforeAll
    static void start() {
        app = LocalApp.get();
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void createFindAndSeeAnActorThenSignOut() {
        browser.signIn(app, "manager", "demo");
        assertThat(browser.driver().findElement(By.cssSelector(".tl-demo-banner")).getText()).contains("démonstration");
        assertThat(browser.driver().findElements(By.cssSelector(".tl-widget"))).hasSizeGreaterThanOrEqualTo(2);

        // Create an actor
        browser.open(app.url("/core/actors/edit.xhtml"));
        browser.type(By.id("actorForm:name"), "Ressourcerie du Pays de l'Aven");
        select("actorForm:kind", "ASSOCIATION");
        browser.type(By.id("actorForm:commune"), "Pont-Aven");
        select("actorForm:stance", "ALLY");
        setSpinner("actorForm:influence", "4");
        setSpinner("actorForm:interest", "5");
        browser.click(By.id("actorForm:save"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("/core/actors/view.xhtml?id="));
        assertThat(browser.waitFor(By.cssSelector("h1")).getText()).isEqualTo("Ressourcerie du Pays de l'Aven");
        assertThat(browser.driver().findElement(By.id("quadrant")).getText()).isEqualTo("Associer étroitement");
        assertThat(browser.driver().findElement(By.id("kind")).getText()).isEqualTo("Association");

        // Find it in the table with the text filter (accents and case ignored)
        browser.open(app.url("/core/actors/list.xhtml"));
        browser.type(By.id("actorsForm:text"), "ressourcerie");
        browser.waitUntil(d -> d.findElements(By.cssSelector("#actorsForm\\:actorsTable tbody tr")).size() == 1
                && d.findElement(By.cssSelector("#actorsForm\\:actorsTable tbody tr")).getText().contains("Ressourcerie"));

        // See it on the grid, in the "manage closely" quadrant, and click through the list
        browser.open(app.url("/core/actors/grid.xhtml"));
        browser.waitFor(By.cssSelector("[data-quadrant='MANAGE_CLOSELY']"));
        assertThat(browser.driver().findElement(By.cssSelector("[data-quadrant='MANAGE_CLOSELY']")).getText())
                .contains("Ressourcerie du Pays de l'Aven");
        Object points = ((JavascriptExecutor) browser.driver()).executeScript(
                "var c = PF('widget_gridForm_grid') || null; return document.querySelector('#gridForm\\\\:grid canvas') ? 1 : 0;");
        assertThat(points).isEqualTo(1L);

        // See it on the network map
        browser.open(app.url("/core/actors/map.xhtml"));
        browser.waitUntil(d -> "true".equals(d.findElement(By.id("tl-network")).getAttribute("data-ready")));
        Object found = ((JavascriptExecutor) browser.driver()).executeScript(
                "return window.tlActorMap.nodes().filter(function(n){return n.data('label') === \"Ressourcerie du Pays de l'Aven\";}).length;");
        assertThat(found).isEqualTo(1L);

        assertThat(browser.consoleErrors()).isEmpty();

        // Sign out
        browser.click(By.id("topbarForm:logout"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("/login.xhtml"));
        browser.open(app.url("/core/actors/list.xhtml"));
        browser.waitUntil(ExpectedConditions.urlContains("/login.xhtml")::apply);
    }

    /** Chooses a value of a PrimeFaces drop-down through its widget (clicking the animated overlay is flaky headless). */
    private void select(String menuId, String value) {
        browser.waitFor(By.id(menuId));
        ((JavascriptExecutor) browser.driver()).executeScript(
                "PrimeFaces.widgets['widget_" + menuId.replace(":", "_") + "'].selectValue(arguments[0]);", value);
    }

    private void setSpinner(String id, String value) {
        browser.type(By.id(id + "_input"), value);
    }
}
