package fr.tierslieu.web.e2e;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The governance module as board members use it: SCIC college rules checked as they type (the
 * college at fault named), a vote counted step by step in the simulator, and the tally engine over
 * HTTP for other tools.
 */
class GovernanceIT extends BrowserTest {

    @Test
    void collegeRulesAndTheVoteSimulator() {
        browser.signIn(app, "board", "demo");
        browser.open(app.url("/governance/colleges.xhtml"));
        assertThat(browser.waitFor(By.id("collegesForm:rulesOk")).getText()).contains("respectées");
        browser.setNumber("collegesForm:colleges:0:collegeWeight", "55");
        ((JavascriptExecutor) browser.driver()).executeScript(
                "PrimeFaces.widgets['widget_collegesForm_colleges_0_collegeWeight'].jq.trigger('change');"
                        + "$(document.getElementById('collegesForm:colleges:0:collegeWeight_input')).trigger('change');");
        browser.waitUntil(d -> d.findElement(By.id("collegeProblems")).getText()
                .contains("Collège « Fondateurs » : 55 % ; en SCIC, un collège pèse au plus 50 %."));
        browser.click(By.id("collegesForm:saveColleges"));
        browser.waitUntil(d -> d.findElement(By.id("collegesForm:collegeMessages")).getText().contains("Fondateurs"));

        browser.open(app.url("/governance/tally.xhtml"));
        browser.click(By.id("tallyForm:example"));
        browser.waitUntil(d -> d.findElements(By.cssSelector("#tallyForm\\:members tbody tr")).size() == 9);
        browser.click(By.id("tallyForm:compute"));
        WebElement verdict = browser.waitFor(By.id("verdict"));
        List<WebElement> steps = browser.driver().findElements(By.cssSelector("#steps li"));
        assertThat(steps.get(0).getText()).contains("voix présentes ou représentées sur 9");
        assertThat(steps).anyMatch(s -> s.getText().startsWith("Résultat pondéré"));
        assertThat(verdict.getText()).matches("Résolution (adoptée|rejetée)");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void tallyOverHttp() {
        Http viewer = new Http(app, "viewer", "demo");
        Http.Response r = viewer.post("/api/governance/tally", """
                {"quorum": 0.5, "maxProxies": 1, "majority": "TWO_THIRDS", "colleges": [],
                 "members": [{"id": "a", "name": "Anne", "present": true, "vote": "FOR"},
                             {"id": "b", "name": "Bruno", "present": true, "vote": "FOR"},
                             {"id": "c", "name": "Chloé", "present": false, "proxyTo": "a", "vote": "AGAINST"},
                             {"id": "d", "name": "Dan", "present": false, "vote": "NONE"}]}""");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonObject body = r.json();
        assertThat(body.getBoolean("quorumMet")).isTrue();
        assertThat(body.getBoolean("adopted")).isTrue(); // 2 of 3 cast = two thirds
        assertThat(body.getJsonArray("steps").getJsonObject(0).getString("key")).isEqualTo("presence");

        Http.Response bad = viewer.post("/api/governance/tally", """
                {"quorum": 2, "maxProxies": 0, "majority": "SIMPLE", "members": []}""");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("quorum").contains("members");
        Http.Response colleges = viewer.get("/api/governance/colleges");
        assertThat(colleges.json().getString("legalForm")).isEqualTo("SCIC_SAS");
        assertThat(viewer.put("/api/governance/colleges", "{\"version\": 0, \"legalForm\": \"ASSOCIATION\", \"colleges\": []}")
                .status()).isEqualTo(403);
    }
}
