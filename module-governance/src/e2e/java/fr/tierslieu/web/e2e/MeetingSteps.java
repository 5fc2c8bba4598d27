package fr.tierslieu.web.e2e;

import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;

/** The steps of holding a meeting in the governance pages, shared by the browser tests that hold one. */
final class MeetingSteps {

    private MeetingSteps() {}

    /**
     * Convenes a meeting of the body whose name starts with {@code body}, on {@code day} at
     * {@code hour}, the convocation sent on {@code convenedOn}; ends on the meeting's page.
     */
    static void convene(
            Browser browser, LocalApp app, String body, String title, LocalDate day, int hour, LocalDate convenedOn) {
        browser.open(app.url("/governance/bodies.xhtml"));
        browser.waitFor(By.id("orgChart"));
        browser.driver().findElements(By.cssSelector("#orgChart a")).stream()
                .filter(a -> a.getText().startsWith(body))
                .findFirst()
                .orElseThrow()
                .click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/governance/body.xhtml?id="));
        browser.type(By.id("sessionForm:sessionTitle"), title);
        // dates set through the pickers' widgets (typing into one leaves its overlay over the next field)
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "PrimeFaces.widgets['widget_sessionForm_startsAt'].setDate(new Date(arguments[0], arguments[1] - 1, arguments[2], arguments[6], 0));"
                                + "PrimeFaces.widgets['widget_sessionForm_convenedOn'].setDate(new Date(arguments[3], arguments[4] - 1, arguments[5]));",
                        day.getYear(),
                        day.getMonthValue(),
                        day.getDayOfMonth(),
                        convenedOn.getYear(),
                        convenedOn.getMonthValue(),
                        convenedOn.getDayOfMonth(),
                        hour);
        browser.click(By.id("sessionForm:convene"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("/governance/session.xhtml?id="));
    }

    /** Marks the first {@code count} lines of the attendance sheet present, one after the other. */
    static void markPresent(Browser browser, int count) {
        for (int i = 0; i < count; i++) {
            browser.driver()
                    .findElements(By.cssSelector(".tl-session-present"))
                    .get(i)
                    .click();
            int done = i + 1;
            browser.waitUntil(d -> d.findElements(By.cssSelector(".tl-session-present .pi-check-square"))
                            .size()
                    == done);
        }
    }

    /**
     * Chooses, with the keyboard, the first present as chair and the second as secretary, and saves;
     * returns the chair's name as the menu showed it before saving.
     */
    static String chooseOfficers(Browser browser) {
        browser.waitFor(By.id("attendanceForm:chair_label")).sendKeys(Keys.ARROW_DOWN);
        browser.waitUntil(d ->
                !d.findElement(By.id("attendanceForm:chair_label")).getText().equals("–"));
        browser.driver()
                .findElement(By.id("attendanceForm:secretary_label"))
                .sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
        browser.waitUntil(d -> !d.findElement(By.id("attendanceForm:secretary_label"))
                .getText()
                .equals("–"));
        String chair = browser.driver()
                .findElement(By.id("attendanceForm:chair_label"))
                .getText();
        browser.click(By.id("attendanceForm:saveOfficers"));
        browser.waitUntil(d -> d.findElement(By.id("messages")).getText().contains("Bureau de séance enregistré"));
        return chair;
    }

    /** Adds a resolution and opens its vote (every member present votes for unless the test changes a ballot). */
    static void openVoteOn(Browser browser, String title) {
        browser.type(By.id("resolutionForm:resolutionTitle"), title);
        browser.click(By.id("resolutionForm:addResolution"));
        browser.waitFor(By.cssSelector(".tl-open-vote")).click();
        browser.waitFor(By.cssSelector("[id$='recordVote']"));
    }
}
