package fr.tierslieu.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The main paths with the keyboard only — Tab to move, Enter, Space and the arrows to act, no
 * click and no typing into an element the keyboard did not reach: signing in, creating an actor
 * from the menu, answering the date poll from its link.
 */
class KeyboardIT extends BrowserTest {

    private static final int MAX_TABS = 80;

    @AfterEach
    void signOut() {
        browser.driver().manage().deleteAllCookies();
    }

    private static WebElement active() {
        return browser.driver().switchTo().activeElement();
    }

    private static void press(CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    /** Presses Tab until the focused element matches, as a keyboard user moves through the page. */
    private static WebElement tabTo(String what, Predicate<WebElement> target) {
        for (int i = 0; i < MAX_TABS; i++) {
            WebElement e = active();
            if (target.test(e)) {
                return e;
            }
            press(Keys.TAB);
        }
        return fail("not reachable with Tab in " + MAX_TABS + " presses: " + what);
    }

    private static Predicate<WebElement> id(String id) {
        return e -> id.equals(e.getAttribute("id"));
    }

    private static Predicate<WebElement> href(String end) {
        return e -> "a".equals(e.getTagName())
                && e.getAttribute("href") != null
                && e.getAttribute("href").contains(end);
    }

    @Test
    void signInAndCreateAnActorFromTheMenu() {
        browser.open(app.url("/login.xhtml"));
        browser.waitFor(By.id("loginForm:username"));
        tabTo("the username", id("loginForm:username"));
        press("manager", Keys.TAB);
        assertThat(active().getAttribute("id")).isEqualTo("loginForm:password");
        press("demo", Keys.ENTER);
        browser.waitUntil(d -> d.getCurrentUrl().contains("/index.xhtml"));

        // the skip link comes first, then the menu: the actor list, then its « new » button
        tabTo("the menu's actor list", href("/core/actors/list.xhtml"));
        press(Keys.ENTER);
        browser.waitUntil(d -> d.getCurrentUrl().contains("/core/actors/list.xhtml"));
        tabTo("the new actor button", href("/core/actors/edit.xhtml"));
        press(Keys.ENTER);
        browser.waitUntil(d -> d.getCurrentUrl().contains("/core/actors/edit.xhtml"));

        tabTo("the name", id("actorForm:name"));
        press("Atelier vélo du bourg");
        // PrimeFaces' select menu takes the focus on its label (a combobox)
        tabTo(
                "the category",
                e -> e.getAttribute("id") != null && e.getAttribute("id").startsWith("actorForm:kind"));
        press(Keys.ARROW_DOWN);
        press(Keys.ARROW_DOWN);
        browser.waitUntil(
                d -> !d.findElement(By.id("actorForm:kind_label")).getText().isBlank()
                        && !d.findElement(By.id("actorForm:kind_input"))
                                .getAttribute("value")
                                .isBlank());
        tabTo("the save button", id("actorForm:save"));
        press(Keys.ENTER);
        browser.waitUntil(d -> d.getCurrentUrl().contains("/core/actors/view.xhtml?id="));
        assertThat(browser.waitFor(By.cssSelector("h1")).getText()).isEqualTo("Atelier vélo du bourg");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @NeedsModules("studytrip")
    @Test
    void answerTheDatePollFromItsLink() {
        long trip = DemoRecords.trip(app);
        browser.signIn(app, "organizer", "demo");
        browser.open(app.url("/studytrip/poll.xhtml?id=" + trip));
        browser.type(By.id("inviteForm:inviteeName"), "Partenaire au clavier");
        browser.click(By.id("inviteForm:invite"));
        browser.waitUntil(
                d -> d.findElement(By.id("inviteesForm:invitees")).getText().contains("Partenaire au clavier"));
        String link = browser.driver().findElements(By.cssSelector("#inviteesForm\\:invitees tr")).stream()
                .filter(r -> r.getText().contains("Partenaire au clavier"))
                .findFirst()
                .orElseThrow()
                .findElement(By.cssSelector("input.tl-link-copy"))
                .getAttribute("value");
        browser.driver().manage().deleteAllCookies();

        browser.open(link);
        browser.waitFor(By.id("answerForm:send"));
        List<WebElement> groups =
                browser.driver().findElements(By.cssSelector("#answerForm input[type=radio][value='YES']"));
        assertThat(groups).isNotEmpty();
        for (WebElement yes : groups) {
            // Tab enters each group of radio buttons; Space chooses « oui »
            tabTo(
                    "the answer " + yes.getAttribute("id"),
                    e -> e.equals(yes)
                            || ("radio".equals(e.getAttribute("type"))
                                    && e.getAttribute("name").equals(yes.getAttribute("name"))));
            if (!active().equals(yes)) {
                while (!active().equals(yes)) {
                    press(Keys.ARROW_UP);
                }
            }
            press(Keys.SPACE);
            assertThat(yes.isSelected()).isTrue();
        }
        tabTo("the send button", id("answerForm:send"));
        press(Keys.ENTER);
        browser.waitFor(By.id("answerForm:thanks"));
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @NeedsModules("governance")
    @Test
    void countAVoteInTheSimulator() {
        browser.signIn(app, "board", "demo");
        browser.open(app.url("/governance/tally.xhtml"));
        browser.waitFor(By.id("tallyForm:example"));
        tabTo("the example button", id("tallyForm:example"));
        press(Keys.ENTER);
        browser.waitUntil(d ->
                d.findElements(By.cssSelector("#tallyForm\\:members tbody tr")).size() == 9);
        // the first member's vote: a select menu reached with Tab, changed with the arrows
        WebElement vote = browser.driver().findElement(By.cssSelector("#tallyForm\\:members tbody tr .tl-member-vote"));
        String before = vote.findElement(By.cssSelector("select")).getAttribute("value");
        tabTo("the first vote", e -> vote.equals(e) || isInside(e, vote));
        press(Keys.ARROW_DOWN);
        browser.waitUntil(
                d -> !before.equals(vote.findElement(By.cssSelector("select")).getAttribute("value")));
        tabTo("the count button", id("tallyForm:compute"));
        press(Keys.ENTER);
        assertThat(browser.waitFor(By.id("verdict")).getText()).isNotBlank();
        assertThat(browser.driver().findElements(By.cssSelector("#steps li"))).isNotEmpty();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private static boolean isInside(WebElement e, WebElement container) {
        return (Boolean) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("return arguments[1].contains(arguments[0]);", e, container);
    }
}
