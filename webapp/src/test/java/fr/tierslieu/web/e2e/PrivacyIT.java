package fr.tierslieu.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * What is recorded about persons (issue 18, part 6) on the running application: a VIEWER partner
 * cannot read a person's stance or notes when the level says so — REST and page —, a board
 * member's save keeps the notes they cannot read, the administrator changes a level on
 * « Confidentialité », and a manager exports then erases the person's data.
 */
class PrivacyIT extends BrowserTest {

    private static long person(String name) {
        Http manager = new Http(app, "manager", "demo");
        Http.Response r = manager.post("/api/core/actors", """
                {"type": "PERSON", "name": "%s", "kind": "RESIDENT", "email": "voisine@example.org",
                 "notes": "Inquiète du bruit des soirées", "stance": "OPPONENT", "influence": 4, "interest": 5}""".formatted(name));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().getJsonNumber("id").longValue();
    }

    /** JSON-B leaves null fields out of the answer. */
    private static boolean noValue(JsonObject o, String key) {
        return !o.containsKey(key) || o.isNull(key);
    }

    private static void setNotesLevel(Keys direction) {
        browser.open(app.url("/core/admin/privacy.xhtml"));
        By notes = By.id("privacyForm:fields:1:level_label");
        browser.waitFor(notes).sendKeys(direction, direction);
        browser.click(By.id("privacyForm:save"));
        browser.waitUntil(d -> d.getPageSource().contains("Réglages de confidentialité enregistrés"));
    }

    @Test
    void aViewerCannotReadAPersonsStanceOrNotesAndTheAdministratorDecides() {
        String name = "Voisine " + UUID.randomUUID().toString().substring(0, 6);
        long id = person(name);
        Http viewer = new Http(app, "viewer", "demo");
        Http board = new Http(app, "board", "demo");
        Http manager = new Http(app, "manager", "demo");

        // Defaults: position for the team and the board, notes and history for the team only.
        JsonObject seen = viewer.get("/api/core/actors/" + id).json();
        assertThat(noValue(seen, "stance")).isTrue();
        assertThat(noValue(seen, "influence")).isTrue();
        assertThat(noValue(seen, "notes")).isTrue();
        assertThat(seen.getJsonArray("hidden").toString()).contains("POSITION", "NOTES", "ASSESSMENTS");
        assertThat(viewer.get("/api/core/actors?type=PERSON&stance=OPPONENT&q=" + name.replace(" ", "%20"))
                        .json()
                        .getJsonNumber("total")
                        .longValue())
                .isZero();
        JsonObject forBoard = board.get("/api/core/actors/" + id).json();
        assertThat(forBoard.getString("stance")).isEqualTo("OPPONENT");
        assertThat(noValue(forBoard, "notes")).isTrue();
        assertThat(manager.get("/api/core/actors/" + id).json().getString("notes"))
                .isEqualTo("Inquiète du bruit des soirées");

        // The board member saves the person without their notes: the notes stay.
        Http.Response put = board.put("/api/core/actors/" + id, """
                {"version": %d, "type": "PERSON", "name": "%s", "kind": "RESIDENT", "phone": "02 98 06 00 00",
                 "stance": "OPPONENT", "influence": 4, "interest": 5}""".formatted(
                        forBoard.getJsonNumber("version").longValue(), name));
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        JsonObject after = manager.get("/api/core/actors/" + id).json();
        assertThat(after.getString("notes")).isEqualTo("Inquiète du bruit des soirées");
        assertThat(after.getString("phone")).isEqualTo("02 98 06 00 00");

        // The page, as the viewer: the stance and the notes say they are hidden; nothing leaks in the HTML.
        browser.signIn(app, "viewer", "demo");
        browser.open(app.url("/core/actors/view.xhtml?id=" + id));
        assertThat(browser.waitFor(By.id("stance")).getText()).contains("Non visible");
        assertThat(browser.driver().findElement(By.id("notes")).getText()).contains("Non visible");
        assertThat(browser.driver().findElement(By.id("historyHidden")).isDisplayed())
                .isTrue();
        assertThat(browser.driver().getPageSource())
                .doesNotContain("Inquiète du bruit")
                .doesNotContain("tl-stance-OPPONENT\">Opposant");
        browser.click(By.id("topbarForm:logout"));

        // The administrator opens the notes to every partner, then closes them again.
        browser.signIn(app, "admin", "demo");
        setNotesLevel(Keys.ARROW_DOWN);
        assertThat(viewer.get("/api/core/actors/" + id).json().getString("notes"))
                .isEqualTo("Inquiète du bruit des soirées");
        setNotesLevel(Keys.ARROW_UP);
        assertThat(noValue(viewer.get("/api/core/actors/" + id).json(), "notes"))
                .isTrue();
        browser.click(By.id("topbarForm:logout"));
    }

    @Test
    void aManagerExportsThenErasesAPersonsData() {
        String name = "Riveraine " + UUID.randomUUID().toString().substring(0, 6);
        long id = person(name);
        Http viewer = new Http(app, "viewer", "demo");
        Http manager = new Http(app, "manager", "demo");
        assertThat(viewer.download("/api/core/actors/" + id + "/personal-data").status())
                .isEqualTo(403);
        Http.Response export = manager.download("/api/core/actors/" + id + "/personal-data");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.body()).contains(name, "voisine@example.org", "Inquiète du bruit des soirées");

        browser.signIn(app, "manager", "demo");
        browser.open(app.url("/core/actors/view.xhtml?id=" + id));
        browser.click(By.id("actionsForm:erase"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waitUntil(d -> d.getPageSource().contains("Personne effacée n°"));
        assertThat(browser.waitFor(By.id("erasedOn")).getText()).isNotBlank();
        JsonObject erased = manager.get("/api/core/actors/" + id).json();
        assertThat(erased.getString("name")).startsWith("Personne effacée n°");
        assertThat(noValue(erased, "email")).isTrue();
        assertThat(noValue(erased, "notes")).isTrue();
        browser.click(By.id("topbarForm:logout"));
    }
}
