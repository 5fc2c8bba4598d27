package fr.tierslieu.web.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Outside demo mode the application starts empty: every page leads to the creation of the first
 * administrator, no demo account exists, no banner is shown. Its own server (a second start).
 */
@ExtendWith(FailureArtifacts.class)
class FirstStartIT {

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

    @Test
    void theFirstVisitCreatesTheAdministrator() {
        assertThat(new Http(app, "admin", "demo").get("/api/core/actors").status()).isEqualTo(401);

        browser.open(app.url("/core/actors/list.xhtml"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("/setup.xhtml"));
        assertThat(browser.driver().findElements(By.cssSelector(".tl-demo-banner"))).isEmpty();

        browser.type(By.id("setupForm:username"), "presidente");
        browser.type(By.id("setupForm:displayName"), "Présidente d'Atelier Z");
        browser.type(By.id("setupForm:password"), "un-vrai-secret-2026");
        browser.type(By.id("setupForm:confirmation"), "un-autre-secret");
        browser.click(By.id("setupForm:create"));
        assertThat(browser.waitFor(By.cssSelector("#setupForm .ui-message-error")).getText()).contains("pas identiques");

        browser.type(By.id("setupForm:password"), "un-vrai-secret-2026");
        browser.type(By.id("setupForm:confirmation"), "un-vrai-secret-2026");
        browser.click(By.id("setupForm:create"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("/login.xhtml"));

        browser.signIn(app, "presidente", "un-vrai-secret-2026");
        browser.open(app.url("/core/actors/list.xhtml"));
        assertThat(browser.waitFor(By.id("actorsForm:actorsTable")).getText()).contains("Aucun acteur");

        // The setup page cannot be used again.
        browser.open(app.url("/setup.xhtml"));
        assertThat(browser.waitFor(By.cssSelector(".tl-note")).getText()).contains("déjà faite");
        assertThat(new Http(app, "presidente", "un-vrai-secret-2026").get("/api/core/actors").status()).isEqualTo(200);
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
