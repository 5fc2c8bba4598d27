package fr.tierslieu.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * A network's installation on two instances (issue 20, item 4), as deploy/ and run.sh put them
 * online: two Payara Micro instances of the WAR on one PostgreSQL database, clustered by Payara's
 * Data Grid on loopback, behind deploy/nginx.conf. A person signs in through nginx and saves an
 * actor; the instance that served them is killed ({@code kill -9}) while a page is open; that
 * page's next action and the next pages come from the other instance, still signed in (the
 * session and the page's state were replicated), with the actor they saved; the actor's form, open
 * in another tab on the dead instance, saves there what was typed in it. The PostgreSQL lane of test.sh only (two instances share a database).
 */
class ClusterFailoverIT {

    @Test
    void whenTheInstanceOfASignedInPersonDiesTheOtherCarriesOn() throws Exception {
        Assumptions.assumeTrue(LocalApp.onPostgres(), "PostgreSQL lane only");
        List<LocalApp> instances = List.of();
        try (Nginx nginx = new Nginx();
                Browser browser = new Browser(true)) {
            instances = LocalApp.startCluster(2);
            Map<Integer, LocalApp> byPort = Map.of(
                    instances.get(0).port(), instances.get(0),
                    instances.get(1).port(), instances.get(1));
            nginx.start(List.copyOf(byPort.keySet()));
            String base = nginx.base();

            browser.open(base + "/login.xhtml");
            browser.type(By.id("loginForm:username"), "manager");
            browser.type(By.id("loginForm:password"), "demo");
            browser.click(By.id("loginForm:submit"));
            browser.waitUntil(d -> d.getCurrentUrl().startsWith(base + "/index.xhtml"));
            String session =
                    browser.driver().manage().getCookieNamed("JSESSIONID").getValue();

            // something saved and acknowledged, through the page, on the instance of the session
            String name = "Avant la panne " + UUID.randomUUID().toString().substring(0, 8);
            browser.open(base + "/core/actors/edit.xhtml");
            browser.type(By.id("actorForm:name"), name);
            browser.waitFor(By.id("actorForm:kind"));
            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("PrimeFaces.widgets['widget_actorForm_kind'].selectValue('ASSOCIATION');");
            browser.click(By.id("actorForm:save"));
            browser.waitUntil(d -> d.getCurrentUrl().contains("/core/actors/view.xhtml?id="));
            int served = nginx.lastAnsweredBy("/core/actors/view.xhtml");
            LocalApp survivor = byPort.entrySet().stream()
                    .filter(e -> e.getKey() != served)
                    .findFirst()
                    .orElseThrow()
                    .getValue();

            // two pages open when their instance dies: the actor's form (first tab) and the list
            String id = browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
            browser.open(base + "/core/actors/edit.xhtml?id=" + id);
            browser.waitFor(By.id("actorForm:phone"));
            String formTab = browser.driver().getWindowHandle();
            browser.driver().switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
            // the list's next action (the search, an AJAX POST that never reached the dead
            // instance) is answered by the other one, the page's state with it
            browser.open(base + "/core/actors/list.xhtml");
            browser.waitFor(By.id("actorsForm:text"));
            byPort.get(served).kill();
            Instant killed = Instant.now();
            browser.typeLikeAPerson(By.id("actorsForm:text"), name, Keys.ENTER);
            browser.waitUntil(ClusterFailoverIT::onlyOneActorListed);
            assertThat(browser.driver()
                            .findElement(By.id("actorsForm:actorsTable"))
                            .getText())
                    .contains(name);
            assertThat(nginx.lastAnsweredBy("/core/actors/list.xhtml")).isEqualTo(survivor.port());

            // the form opened on the dead instance saves on the other one what was typed in it
            // (its view-scoped bean rebuilt from the page's own state, payara#2739)
            String listTab = browser.driver().getWindowHandle();
            browser.driver().switchTo().window(formTab);
            browser.type(By.id("actorForm:phone"), "02 98 06 12 34");
            browser.click(By.id("actorForm:save"));
            browser.waitUntil(d -> d.getCurrentUrl().contains("/core/actors/view.xhtml?id=" + id));
            assertThat(browser.driver().findElement(By.tagName("main")).getText())
                    .contains(name)
                    .contains("02 98 06 12 34");
            // the save's message crossed the redirect on the survivor (kept in the replicated
            // session, not in Faces' flash, which stays in the memory of the instance that wrote it)
            assertThat(browser.driver().getPageSource()).contains(name + "\u202f» est enregistré.");
            assertThat(nginx.lastAnsweredBy("/core/actors/edit.xhtml")).isEqualTo(survivor.port());
            browser.driver().close();
            browser.driver().switchTo().window(listTab);

            // and the next pages
            browser.open(base + "/core/actors/list.xhtml");
            browser.waitFor(By.id("actorsForm:text"));
            assertThat(browser.driver().getCurrentUrl()).as("still signed in").doesNotContain("/login.xhtml");
            assertThat(browser.driver().manage().getCookieNamed("JSESSIONID").getValue())
                    .as("the same session")
                    .isEqualTo(session);
            assertThat(nginx.lastAnsweredBy("/core/actors/list.xhtml")).isEqualTo(survivor.port());
            browser.typeLikeAPerson(By.id("actorsForm:text"), name, Keys.ENTER);
            browser.waitUntil(ClusterFailoverIT::onlyOneActorListed);
            assertThat(browser.driver()
                            .findElement(By.id("actorsForm:actorsTable"))
                            .getText())
                    .contains(name);
            assertThat(Duration.between(killed, Instant.now())).isLessThan(Duration.ofSeconds(30));
            assertThat(nginx.accessLog())
                    .as("no error page was served (no 4xx or 5xx but the browser's favicon)")
                    .noneMatch(line -> line.matches("\\S+ (?!/favicon)\\S+ [45]\\d\\d .*"));
        } finally {
            instances.forEach(LocalApp::stop);
        }
    }

    /** The search has answered: the list holds one actor (the demo has two dozen). */
    private static boolean onlyOneActorListed(org.openqa.selenium.WebDriver d) {
        return d.findElements(By.cssSelector("#actorsForm\\:actorsTable tbody tr"))
                                .size()
                        == 1
                && d.findElement(By.id("actorsForm:actorsTable")).getText().contains("sur 1");
    }
}
