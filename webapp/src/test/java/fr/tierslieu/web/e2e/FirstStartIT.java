package fr.tierslieu.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * A newcomer's first hour, outside demo mode, on an empty installation (its own server, a second
 * start): the first administrator is created and signed in on the « Pour commencer » guide, then
 * follows it from the dashboard only — the project and its journey, three actors, an invited
 * manager who signs in through the invitation link, an economic model from a template — without
 * typing a URL; an empty dashboard shows no « 0 … » widget.
 */
@ExtendWith(FailureArtifacts.class)
class FirstStartIT {

    private static final Pattern ZERO_COUNT = Pattern.compile("(^|\\s)[+−-]?0\\s|\\(s\\)");
    private static LocalApp app;
    private static Browser browser;

    @BeforeAll
    static void start() {
        app = LocalApp.startEmpty();
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (app != null) {
            app.stop();
        }
    }

    @NeedsModules({"economy", "governance"})
    @Test
    void theFirstHourFromTheFirstAdministratorToAModelFromATemplate() {
        assertThat(new Http(app, "admin", "demo").get("/api/core/actors").status())
                .isEqualTo(401);

        browser.open(app.url("/core/actors/list.xhtml"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("/setup.xhtml"));
        assertThat(browser.driver().findElements(By.cssSelector(".tl-demo-banner")))
                .isEmpty();

        browser.type(By.id("setupForm:username"), "presidente");
        browser.type(By.id("setupForm:displayName"), "Présidente d'Atelier Z");
        browser.type(By.id("setupForm:password"), "un-vrai-secret-2026");
        browser.type(By.id("setupForm:confirmation"), "un-autre-secret");
        browser.click(By.id("setupForm:create"));
        assertThat(browser.waitFor(By.cssSelector("#setupForm .ui-message-error"))
                        .getText())
                .contains("pas identiques");

        // 1. Created, then signed in at once on the guide (no second typing of the password)
        browser.type(By.id("setupForm:password"), "un-vrai-secret-2026");
        browser.type(By.id("setupForm:confirmation"), "un-vrai-secret-2026");
        browser.click(By.id("setupForm:create"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("/index.xhtml"));
        WebElement guide = browser.waitFor(By.id("gettingStarted"));
        assertThat(guide.getText()).contains("Pour commencer").contains("Aucune étape faite sur 6");
        assertThat(stepIds()).containsExactly("project", "actors", "team", "legal-form", "model", "trip");

        // 3. An empty installation's dashboard: helpful lines, no « 0 … » nor « (s) »
        for (WebElement widget : browser.driver().findElements(By.cssSelector(".tl-widget"))) {
            assertThat(widget.getText()).as(widget.getText()).doesNotContainPattern(ZERO_COUNT);
        }
        assertThat(browser.driver().findElement(By.id("coreEngagementEmpty")).getText())
                .contains("Aucun acteur sur la carte");

        // 2. The project, from the guide, then its journey, from the guide again
        step("project");
        browser.waitUntil(d -> d.getCurrentUrl().contains("/core/projects/edit.xhtml"));
        browser.type(By.id("projectForm:name"), "Atelier Z");
        browser.type(
                By.id("projectForm:purpose"), "Un tiers-lieu dans une ancienne ferme : fablab, coworking, événements.");
        browser.click(By.id("projectForm:save"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("/core/projects/view.xhtml?id="));
        home();
        assertThat(stepDone("project")).isFalse();
        step("project");
        browser.waitUntil(d -> d.getCurrentUrl().contains("/core/projects/journey.xhtml?id="));
        browser.click(By.id("journeyForm:start"));
        browser.waitFor(By.id("journeyForm:overall"));
        home();
        assertThat(stepDone("project")).isTrue();

        // three actors: the first from the guide, the others from the empty list's own action
        step("actors");
        addActor("Mairie de Névez", "LOCAL_AUTHORITY");
        browser.click(By.cssSelector("a.tl-menu-home"));
        browser.waitFor(By.id("gettingStarted"));
        assertThat(stepDone("actors")).isTrue();
        for (String name : List.of("Fablab des Abers", "Ressourcerie du Pays")) {
            step("actors");
            addActor(name, "ASSOCIATION");
            home();
        }
        assertThat(browser.driver().findElement(By.id("actorTotal")).getText()).isEqualTo("3");

        // the team: an invited manager, with the link to pass on (no SMTP here)
        step("team");
        browser.waitUntil(d -> d.getCurrentUrl().contains("/core/admin/users.xhtml"));
        browser.click(By.id("actionsForm:inviteUser"));
        browser.type(By.id("userForm:username"), "gestion");
        browser.type(By.id("userForm:displayName"), "Camille, gestion du lieu");
        assertThat(browser.driver().findElements(By.id("userForm:password"))).isEmpty();
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.querySelector(\"#userForm input[value='MANAGER']\").click();");
        browser.click(By.id("userForm:saveUser"));
        String link = browser.waitFor(By.id("usersForm:invitationLink")).getAttribute("value");
        assertThat(link).contains("/public/core/invitation.xhtml?t=");
        assertThat(browser.driver().findElement(By.id("usersForm:users")).getText())
                .contains("gestion")
                .contains("Invitation en attente");
        home();
        assertThat(stepDone("team")).isTrue();

        // an economic model from a template, from the guide
        step("model");
        browser.waitUntil(d -> d.getCurrentUrl().contains("/economy/models.xhtml"));
        assertThat(browser.driver().findElement(By.id("modelsEmpty")).getText())
                .contains("Aucun modèle pour l’instant");
        browser.type(By.id("newModelForm:modelName"), "Atelier Z – première version");
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "PrimeFaces.widgets['widget_newModelForm_template'].selectValue(arguments[0]);",
                        "RURAL_EVENTS");
        browser.click(By.id("newModelForm:create"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("/economy/model.xhtml?id="));
        assertThat(browser.waitFor(By.cssSelector(".tl-source")).getText()).startsWith("Ordre de grandeur à adapter");
        assertThat(browser.driver()
                        .findElement(By.cssSelector("input[id$='activities:0:name']"))
                        .getAttribute("value"))
                .isEqualTo("Séminaires d’entreprise");
        home();
        assertThat(stepDone("model")).isTrue();
        assertThat(browser.driver().findElement(By.id("gettingStarted")).getText())
                .contains("4 étapes faites sur 6");
        // the charter starts from a skeleton of articles to adapt
        browser.open(app.url("/governance/charter.xhtml"));
        assertThat(browser.waitFor(By.id("charterEmpty")).getText()).contains("Aucun article pour l’instant");
        browser.click(By.id("articlesForm:skeleton"));
        browser.waitUntil(
                d -> d.findElements(By.cssSelector("#articlesForm .tl-article")).size() == 9);
        assertThat(browser.driver()
                        .findElement(By.cssSelector("#articlesForm .tl-article-heading"))
                        .getText())
                .isEqualTo("Préambule");
        assertThat(browser.consoleErrors()).isEmpty();

        // The invited manager opens the link, chooses a password and lands signed in
        browser.click(By.id("topbarForm:logout"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("/login.xhtml"));
        browser.open(link);
        assertThat(browser.waitFor(By.id("welcome")).getText()).contains("Camille, gestion du lieu");
        browser.type(By.id("invitationForm:password"), "court");
        browser.type(By.id("invitationForm:confirmation"), "court");
        browser.click(By.id("invitationForm:accept"));
        assertThat(browser.waitFor(By.cssSelector("#invitationForm .ui-message-error"))
                        .getText())
                .contains("au moins 12 caractères");
        browser.type(By.id("invitationForm:password"), "la-ferme-des-possibles");
        browser.type(By.id("invitationForm:confirmation"), "la-ferme-des-possibles");
        browser.click(By.id("invitationForm:accept"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("/index.xhtml"));
        assertThat(browser.waitFor(By.id("topbarForm:profile")).getText()).contains("gestion");
        // the manager's own steps are done: no guide for them
        assertThat(browser.driver().findElements(By.id("gettingStarted"))).isEmpty();
        assertThat(new Http(app, "gestion", "la-ferme-des-possibles")
                        .get("/api/core/actors")
                        .status())
                .isEqualTo(200);

        // The link worked once
        browser.click(By.id("topbarForm:logout"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("/login.xhtml"));
        browser.open(link);
        assertThat(browser.waitFor(By.id("invalidInvitation")).getText()).contains("n’est pas valable");

        // The setup page cannot be used again; the administrator can hide the guide for good
        browser.open(app.url("/setup.xhtml"));
        assertThat(browser.waitFor(By.cssSelector(".tl-note")).getText()).contains("déjà faite");
        browser.signIn(app, "presidente", "un-vrai-secret-2026");
        browser.open(app.url("/index.xhtml"));
        browser.waitFor(By.id("gettingStarted"));
        browser.click(By.id("gettingStartedForm:hide"));
        browser.waitUntil(d -> d.findElements(By.id("gettingStarted")).isEmpty());
        browser.open(app.url("/index.xhtml"));
        browser.waitFor(By.cssSelector(".tl-widget"));
        assertThat(browser.driver().findElements(By.id("gettingStarted"))).isEmpty();
        assertThat(new Http(app, "presidente", "un-vrai-secret-2026")
                        .get("/api/core/actors")
                        .status())
                .isEqualTo(200);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private static List<String> stepIds() {
        return browser.driver().findElements(By.cssSelector("#gettingStarted .tl-step")).stream()
                .map(e -> e.getAttribute("data-step"))
                .toList();
    }

    private static boolean stepDone(String id) {
        return browser.waitFor(By.cssSelector("#gettingStarted .tl-step[data-step='" + id + "']"))
                .getAttribute("class")
                .contains("tl-step-done");
    }

    /** Follows a step's link on the dashboard's guide. */
    private static void step(String id) {
        browser.click(By.cssSelector("#gettingStarted .tl-step[data-step='" + id + "'] a.tl-step-link"));
    }

    /** Back to the dashboard through the menu, as a person does. */
    private static void home() {
        browser.click(By.cssSelector("a.tl-menu-home"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("/index.xhtml"));
        browser.waitFor(By.id("gettingStarted"));
    }

    private static void addActor(String name, String kind) {
        browser.waitUntil(d -> d.getCurrentUrl().contains("/core/actors/edit.xhtml"));
        browser.type(By.id("actorForm:name"), name);
        browser.waitFor(By.id("actorForm:kind"));
        ((JavascriptExecutor) browser.driver())
                .executeScript("PrimeFaces.widgets['widget_actorForm_kind'].selectValue(arguments[0]);", kind);
        browser.click(By.id("actorForm:save"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("/core/actors/view.xhtml?id="));
    }
}
