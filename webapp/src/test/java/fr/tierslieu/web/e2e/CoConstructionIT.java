package fr.tierslieu.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Issue 18, part 5, in the browser: a partner's position assessed for one project only; a workshop
 * opened from the project page, a guest invited by a personal link who proposes an actor without an
 * account, and the manager who merges it into the registry with its origin.
 */
class CoConstructionIT extends BrowserTest {

    void select(String widget, String value) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("PrimeFaces.widgets[arguments[0]].selectValue(arguments[1]);", widget, value);
    }

    @Test
    void positionOnAProjectAndAWorkshopWithAGuest() {
        browser.signIn(app, "manager", "demo");
        browser.open(app.url("/core/projects/list.xhtml"));
        browser.waitFor(By.cssSelector("a.tl-project-link")).click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/core/projects/view.xhtml?id="));
        String projectUrl = browser.driver().getCurrentUrl();

        // a position on this project only
        browser.waitFor(By.id("positionsForm:positionsTable"));
        assertThat(browser.driver()
                        .findElement(By.id("positionsForm:positionsTable"))
                        .getText())
                .contains("position générale");
        browser.click(By.cssSelector("#positionsForm\\:positionsTable tbody tr:first-child [id$='editPosition']"));
        browser.waitUntil(d -> !d.findElement(By.id("positionsForm:positionActor_input"))
                .getAttribute("value")
                .isEmpty());
        select("widget_positionsForm_stance", "OPPONENT");
        browser.click(By.id("positionsForm:savePosition"));
        browser.waitUntil(d -> d.getPageSource().contains("Position sur le projet enregistrée."));
        assertThat(browser.driver()
                        .findElement(By.id("positionsForm:positionsTable"))
                        .getText())
                .contains("propre au projet");
        String assessed = browser.driver()
                .findElement(By.cssSelector("#positionsForm\\:positionsTable tbody tr:first-child td:first-child"))
                .getText()
                .trim();
        String projectId = projectUrl.replaceAll(".*id=(\\d+).*", "$1");
        // the influence–interest grid of this project places the partner at its position on the project
        browser.click(By.id("projectGrid"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("/core/actors/grid.xhtml?project=" + projectId));
        browser.waitUntil(d -> {
            Object names = ((JavascriptExecutor) d)
                    .executeScript("var c = PrimeFaces.widgets['widget_gridForm_grid'];"
                            + " return c ? JSON.stringify(c.cfg.config.data.datasets[2].data.map(p => p.name)) : '';");
            return String.valueOf(names).contains(assessed);
        });
        browser.open(projectUrl);
        browser.waitFor(By.id("workshopsForm:workshopTitle"));

        // a workshop from the project page; without a title, said at the field
        browser.type(By.id("workshopsForm:closesOn_input"), "31/12/2099");
        browser.click(By.id("workshopsForm:createWorkshop"));
        browser.waitUntil(d -> d.findElement(By.id("workshopsForm")).getText().contains("Champ obligatoire."));
        browser.type(By.id("workshopsForm:workshopTitle"), "Cartographie partagée");
        browser.click(By.id("workshopsForm:createWorkshop"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("/core/workshops/view.xhtml?id="));
        String workshopUrl = browser.driver().getCurrentUrl();
        browser.type(By.id("guestForm:guestName"), "Camille du port");
        browser.click(By.id("guestForm:invite"));
        String link = browser.waitFor(By.id("guestForm:guestLink")).getAttribute("value");
        assertThat(link).contains("/public/core/workshop.xhtml?t=");

        // the guest, without an account
        browser.click(By.id("topbarForm:logout"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("login"));
        browser.open(link.replaceFirst("^https?://[^/]+", app.url("")));
        assertThat(browser.waitFor(By.id("welcome")).getText())
                .contains("Camille du port")
                .contains("co-construction");
        browser.click(By.id("proposalForm:propose"));
        browser.waitUntil(d -> d.findElement(By.id("proposalForm")).getText().contains("Champ obligatoire."));
        browser.type(By.id("proposalForm:actorName"), "Chantier naval de Kerdruc");
        select("widget_proposalForm_actorKind", "COMPANY");
        browser.type(By.id("proposalForm:text"), "Ils réparent les bateaux du port");
        browser.click(By.id("proposalForm:propose"));
        browser.waitUntil(d -> d.getPageSource().contains("Votre proposition attend la relecture"));
        assertThat(browser.driver().findElement(By.id("mine")).getText())
                .contains("Chantier naval de Kerdruc")
                .contains("En attente de relecture");

        // the manager merges it
        browser.signIn(app, "manager", "demo");
        browser.open(workshopUrl);
        assertThat(browser.waitFor(By.id("proposalsForm:proposalsTable")).getText())
                .contains("Chantier naval de Kerdruc")
                .contains("Camille du port");
        browser.click(By.cssSelector("[id$='accept']"));
        browser.waitUntil(d -> d.getPageSource().contains("Proposition intégrée, avec son origine."));
        assertThat(browser.driver()
                        .findElement(By.id("proposalsForm:proposalsTable"))
                        .getText())
                .contains("Intégrée");
        Http manager = new Http(app, "manager", "demo");
        var found = manager.get("/api/core/actors?q=Kerdruc").json();
        assertThat(found.getInt("total")).isEqualTo(1);
        long actor =
                found.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(manager.get("/api/core/actors/" + actor).body())
                .contains("Camille du port")
                .contains("Cartographie partagée");
        assertThat(projectUrl).contains("id=");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
