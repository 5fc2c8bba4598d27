package fr.tierslieu.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What a team member does in the first step of the method: sign in, put a new actor on the map,
 * find it in the table, see it on the power–interest grid and on the network map, sign out.
 */
class ActorJourneyIT extends BrowserTest {

    private static final String NAME = "Ressourcerie du Pays de l'Aven";

    @Test
    void createFindAndSeeAnActorThenSignOut() {
        browser.signIn(app, "manager", "demo");
        assertThat(browser.driver()
                        .findElement(By.cssSelector(".tl-demo-banner"))
                        .getText())
                .contains("démonstration");
        assertThat(browser.driver().findElements(By.cssSelector(".tl-widget"))).hasSizeGreaterThanOrEqualTo(2);

        // Create an actor
        browser.open(app.url("/core/actors/edit.xhtml"));
        browser.type(By.id("actorForm:name"), NAME);
        select("actorForm:kind", "ASSOCIATION");
        browser.type(By.id("actorForm:commune"), "Pont-Aven");
        select("actorForm:stance", "ALLY");
        setSpinner("actorForm:influence", "4");
        setSpinner("actorForm:interest", "5");
        browser.click(By.id("actorForm:save"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("/core/actors/view.xhtml?id="));
        assertThat(browser.waitFor(By.cssSelector("h1")).getText()).isEqualTo(NAME);
        assertThat(browser.driver().findElement(By.id("quadrant")).getText()).isEqualTo("Associer étroitement");
        assertThat(browser.driver().findElement(By.id("kind")).getText()).isEqualTo("Association");

        // Find it in the table with the text filter (accents and case ignored)
        browser.open(app.url("/core/actors/list.xhtml"));
        browser.type(By.id("actorsForm:text"), "ressourcerie");
        browser.waitUntil(d -> d.findElements(By.cssSelector("#actorsForm\\:actorsTable tbody tr"))
                                .size()
                        == 1
                && d.findElement(By.cssSelector("#actorsForm\\:actorsTable tbody tr"))
                        .getText()
                        .contains("Ressourcerie"));

        // See it on the grid, in the "manage closely" quadrant, and click through the list
        browser.open(app.url("/core/actors/grid.xhtml"));
        browser.waitFor(By.cssSelector("[data-quadrant='MANAGE_CLOSELY']"));
        assertThat(browser.driver()
                        .findElement(By.cssSelector("[data-quadrant='MANAGE_CLOSELY']"))
                        .getText())
                .contains(NAME);
        // Clicking its point opens the actor (what PrimeFaces does on a click on the canvas).
        Object clicked = ((JavascriptExecutor) browser.driver()).executeScript("""
                var w = PrimeFaces.widgets['widget_gridForm_grid'], sets = w.chart.data.datasets;
                for (var d = 0; d < sets.length; d++) {
                  for (var i = 0; i < sets[d].data.length; i++) {
                    if (sets[d].data[i].name === arguments[0]) {
                      w.cfg.behaviors.itemSelect.call(w, {params: [{name: 'itemIndex', value: i},
                          {name: 'dataSetIndex', value: d}]});
                      return true;
                    }
                  }
                }
                return false;""", NAME);
        assertThat(clicked).isEqualTo(true);
        browser.waitUntil(d -> d.getCurrentUrl().contains("/core/actors/view.xhtml?id="));
        assertThat(browser.waitFor(By.cssSelector("h1")).getText()).isEqualTo(NAME);

        // See it on the network map, and the map's ties as a list (its text alternative)
        browser.open(app.url("/core/actors/map.xhtml"));
        browser.waitUntil(d -> "true".equals(d.findElement(By.id("tl-network")).getAttribute("data-ready")));
        browser.driver().findElement(By.cssSelector("#mapAsList summary")).click();
        assertThat(browser.driver().findElements(By.cssSelector("#mapAsList tbody tr")))
                .hasSizeGreaterThan(5);
        assertThat(browser.driver().findElement(By.id("mapAsList")).getText())
                .contains("Atelier Z Membre de Bretagne Transition");
        Object found = ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "var name = arguments[0];"
                                + "return window.tlActorMap.nodes().filter(function (n) { return n.data('label') === name; }).length;",
                        NAME);
        assertThat(found).isEqualTo(1L);
        String mapUrl = browser.driver().getCurrentUrl();
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "var name = arguments[0];"
                                + "window.tlActorMap.nodes().filter(function (n) { return n.data('label') === name; })[0].emit('tap');",
                        NAME);
        browser.waitUntil(
                d -> !d.getCurrentUrl().equals(mapUrl) && d.getCurrentUrl().contains("/core/actors/view.xhtml"));

        // A tie drawn from its page to Atelier Z, seen in its list, then removed again
        String atelier = String.valueOf(ProjectJourneyIT.actorId(new Http(app, "manager", "demo"), "Atelier Z"));
        select("relForm:other", atelier);
        browser.type(By.id("relForm:note"), "Rencontre au forum");
        browser.click(By.id("relForm:addRel"));
        browser.waitUntil(
                d -> d.findElement(By.id("relForm:relationships")).getText().contains("Rencontre au forum"));
        assertThat(browser.driver().findElement(By.id("relForm:relationships")).getText())
                .contains("Atelier Z");
        browser.click(By.cssSelector("#relForm\\:relationships button[title]"));
        browser.waitFor(By.cssSelector(".ui-confirmdialog-yes")).click();
        browser.waitUntil(
                d -> !d.findElement(By.id("relForm:relationships")).getText().contains("Rencontre au forum"));

        // Delete it after seeing what goes with it
        browser.waitFor(By.id("actionsForm:delete"));
        browser.click(By.id("actionsForm:delete"));
        assertThat(browser.waitFor(By.id("impactList")).getText())
                .contains("1 évaluation datée")
                .contains("aucune relation");
        browser.click(By.id("deleteForm:confirmDelete"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("/core/actors/list.xhtml"));
        assertThat(browser.waitFor(By.cssSelector("#messages .ui-messages-info"))
                        .getText())
                .contains("est supprimé");

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
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "PrimeFaces.widgets['widget_" + menuId.replace(":", "_") + "'].selectValue(arguments[0]);",
                        value);
    }

    /** Replaces a spinner's value as a person does (select all, type): WebDriver's clear() leaves the old digit. */
    private void setSpinner(String id, String value) {
        browser.typeLikeAPerson(By.id(id + "_input"), value, org.openqa.selenium.Keys.TAB);
    }
}
