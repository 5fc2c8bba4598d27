package fr.tierslieu.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/** Access is checked on the server for pages and API alike, with the security headers and cookies expected. */
class SecurityIT extends BrowserTest {

    @Test
    void apiNeedsCredentialsAndAnswersInJson() {
        Http.Response anonymous = new Http(app, null, null).get("/api/core/actors");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(anonymous.json().getInt("status")).isEqualTo(401);
        assertThat(new Http(app, "manager", "wrong").get("/api/core/actors").status())
                .isEqualTo(401);
    }

    @Test
    void pagesAnswerWithSecurityHeaders() {
        Http.Response login = new Http(app, null, null).get("/login.xhtml");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(login.raw().headers().allValues("Content-Security-Policy"))
                .anySatisfy(csp -> assertThat(csp).contains("frame-ancestors 'none'"))
                .anySatisfy(csp -> assertThat(csp).contains("script-src 'self' 'nonce-"));
        assertThat(login.header("Set-Cookie")).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
        Http.Response page = new Http(app, null, null).get("/core/actors/list.xhtml");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location")).contains("/login.xhtml?from=");
    }

    @Test
    void repeatedFailuresAreSlowedDownForThatUserOnly() {
        String victim = "nobody-" + UUID.randomUUID().toString().substring(0, 6);
        Http wrong = new Http(app, victim, "guess");
        for (int i = 0; i < 3; i++) {
            assertThat(wrong.get("/api/core/actors").status()).isEqualTo(401);
        }
        Http.Response throttled = wrong.get("/api/core/actors");
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.header("Retry-After")).isNotBlank();
        // Somebody else, from the same address, is not locked out.
        assertThat(new Http(app, "board", "demo").get("/api/core/actors").status())
                .isEqualTo(200);
    }

    @Test
    void signingInRenewsTheSessionIdAndRolesLimitPages() {
        browser.open(app.url("/login.xhtml"));
        Cookie before = browser.driver().manage().getCookieNamed("JSESSIONID");
        assertThat(before).isNotNull();
        browser.signIn(app, "viewer", "demo");
        Cookie after = browser.driver().manage().getCookieNamed("JSESSIONID");
        assertThat(after.getValue()).isNotEqualTo(before.getValue());
        assertThat(after.isHttpOnly()).isTrue();

        // A partner reads the actors but sees no way to change them, and admin pages are refused.
        browser.open(app.url("/core/actors/list.xhtml"));
        browser.waitFor(By.id("actorsForm:actorsTable"));
        assertThat(browser.driver().findElements(By.id("actionsForm:newActor"))).isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector(".tl-menu a[href*='admin']")))
                .isEmpty();
        browser.open(app.url("/core/admin/users.xhtml"));
        assertThat(browser.waitFor(By.id("errorText")).getText()).contains("Accès refusé");
        browser.open(app.url("/core/actors/edit.xhtml"));
        assertThat(browser.waitFor(By.id("errorText")).getText()).contains("Accès refusé");
        browser.click(By.linkText("Retour au tableau de bord"));
        browser.click(By.id("topbarForm:logout"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("/login.xhtml"));
    }

    @Test
    void wrongPasswordShowsAClearMessageOnTheForm() {
        browser.open(app.url("/login.xhtml"));
        browser.type(By.id("loginForm:username"), "admin");
        browser.type(By.id("loginForm:password"), "not-the-password");
        browser.click(By.id("loginForm:submit"));
        assertThat(browser.waitFor(By.cssSelector("#messages .ui-messages-error"))
                        .getText())
                .contains("Identifiant ou mot de passe incorrect");
    }

    @Test
    void aPersonalAccessTokenCarriesItsUsersRolesUntilRevoked() {
        Http manager = new Http(app, "manager", "demo");
        Http.Response created = manager.post("/api/core/tokens", "{\"name\":\"script de test\",\"days\":30}");
        assertThat(created.status()).isEqualTo(201);
        String secret = created.json().getString("secret");
        long id = created.json().getJsonNumber("id").longValue();
        assertThat(secret).startsWith("tl_").hasSize(46);
        assertThat(Http.bearer(app, secret).get("/api/core/actors?size=1").status())
                .isEqualTo(200);
        // its user's roles: a manager may create an actor
        assertThat(Http.bearer(app, secret)
                        .post(
                                "/api/core/actors",
                                "{\"name\":\"Par jeton " + UUID.randomUUID() + "\",\"kind\":\"ASSOCIATION\"}")
                        .status())
                .isEqualTo(201);
        // listed without its secret
        assertThat(manager.get("/api/core/tokens").body())
                .contains("script de test")
                .doesNotContain(secret);
        assertThat(manager.delete("/api/core/tokens/" + id).status()).isEqualTo(204);
        assertThat(Http.bearer(app, secret).get("/api/core/actors?size=1").status())
                .isEqualTo(401);
        assertThat(Http.bearer(app, "tl_" + "x".repeat(43))
                        .get("/api/core/actors?size=1")
                        .status())
                .isEqualTo(401);
        // another user cannot revoke it
        Http.Response other = manager.post("/api/core/tokens", "{\"name\":\"autre\"}");
        assertThat(new Http(app, "viewer", "demo")
                        .delete("/api/core/tokens/"
                                + other.json().getJsonNumber("id").longValue())
                        .status())
                .isEqualTo(404);
    }
}
