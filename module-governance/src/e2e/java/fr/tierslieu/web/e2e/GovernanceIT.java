package fr.tierslieu.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

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
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "PrimeFaces.widgets['widget_collegesForm_colleges_0_collegeWeight'].jq.trigger('change');"
                                + "$(document.getElementById('collegesForm:colleges:0:collegeWeight_input')).trigger('change');");
        browser.waitUntil(
                d -> d.findElement(By.id("collegeProblems"))
                        .getText()
                        .contains(
                                "Collège «\u202fFondateurs\u202f»\u202f: 55\u202f%\u202f; un collège pèse au plus 50\u202f% des voix"));
        browser.click(By.id("collegesForm:saveColleges"));
        browser.waitUntil(d ->
                d.findElement(By.id("collegesForm:collegeMessages")).getText().contains("Fondateurs"));

        // a SCIC records its last révision coopérative; the next one is due five years later
        browser.type(By.id("revisionForm:lastRevisionOn_input"), "15/03/2022");
        browser.click(By.id("revisionForm:saveRevision"));
        browser.waitUntil(d -> d.findElement(By.id("nextRevision")).getText().contains("2027"));
        assertThat(browser.driver().getPageSource()).contains("Date de la révision enregistrée.");

        browser.open(app.url("/governance/tally.xhtml"));
        browser.click(By.id("tallyForm:example"));
        browser.waitUntil(d ->
                d.findElements(By.cssSelector("#tallyForm\\:members tbody tr")).size() == 9);
        browser.click(By.id("tallyForm:compute"));
        WebElement verdict = browser.waitFor(By.id("verdict"));
        List<WebElement> steps = browser.driver().findElements(By.cssSelector("#steps li"));
        assertThat(steps.get(0).getText()).contains("voix présentes ou représentées sur 9");
        assertThat(steps).anyMatch(s -> s.getText().startsWith("Résultat pondéré"));
        assertThat(verdict.getText()).matches("Résolution (adoptée|rejetée)");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void holdABoardMeeting() throws Exception {
        browser.signIn(app, "board", "demo");
        // convene: five days' notice where the statutes ask eight → warning on the meeting page; the meeting is
        // today (a vote is recorded on the meeting's day, not before)
        java.time.LocalDate day = java.time.LocalDate.now();
        MeetingSteps.convene(browser, app, "Conseil", "CA de test", day, 18, day.minusDays(5));
        assertThat(browser.waitFor(By.id("sessionForm:noticeWarning")).getText())
                .contains("5 jours")
                .contains("8");

        // attendance: everyone present but the last one, whose proxy goes to the first
        int n = browser.driver()
                .findElements(By.cssSelector(".tl-session-present"))
                .size();
        assertThat(n).isGreaterThanOrEqualTo(3);
        MeetingSteps.markPresent(browser, n - 1);
        assertThat(browser.driver().findElement(By.id("quorumVerdict")).getText())
                .contains("atteint");
        // président(e) and secrétaire de séance, chosen among those present, with the keyboard
        String chair = MeetingSteps.chooseOfficers(browser);
        // the choice is kept when the sheet is drawn again
        assertThat(browser.driver()
                        .findElement(By.id("attendanceForm:chair_label"))
                        .getText())
                .isEqualTo(chair);

        // a resolution, voted: all for but one against → adopted, with its steps
        MeetingSteps.openVoteOn(browser, "Adopter le projet de charte");
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "var ids = Object.keys(PrimeFaces.widgets).filter(function (k) { return k.indexOf('resolutionForm') >= 0 && "
                                + "PrimeFaces.widgets[k].jq && PrimeFaces.widgets[k].jq.hasClass('tl-ballot'); });"
                                + "PrimeFaces.widgets[ids[ids.length - 1]].selectValue('AGAINST');");
        browser.click(By.cssSelector("[id$='recordVote']"));
        browser.waitUntil(
                d -> d.findElements(By.cssSelector(".tl-resolution-result")).size() == 1);
        assertThat(browser.driver()
                        .findElement(By.cssSelector(".tl-resolution-result"))
                        .getText())
                .contains("Résolution adoptée");
        assertThat(browser.driver().findElement(By.cssSelector(".tl-steps")).getText())
                .contains("contre 1");

        // the minutes as a PDF
        String url = browser.driver().getCurrentUrl();
        long id = Long.parseLong(url.replaceAll(".*id=(\\d+).*", "$1"));
        Http board = new Http(app, "board", "demo");
        Http.Response meeting = board.get("/api/governance/meetings/" + id);
        assertThat(meeting.json().getBoolean("noticeTooShort")).isTrue();
        assertThat(meeting.json().getJsonArray("resolutions").getJsonObject(0).getBoolean("adopted"))
                .isTrue();
        browser.click(By.id("actionsForm:pdf"));
        assertThat(board.get("/api/governance/decisions?q=charte").body()).contains("Adopter le projet de charte");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void twoBoardMembersEditingTheSameCharterArticle() {
        browser.signIn(app, "board", "demo");
        browser.open(app.url("/governance/charter.xhtml"));
        browser.waitFor(By.cssSelector(".tl-edit-article")).click();
        browser.waitFor(By.id("articleForm:articleBody"));
        try (Browser other = new Browser()) {
            other.signIn(app, "admin", "demo");
            other.open(app.url("/governance/charter.xhtml"));
            other.waitFor(By.cssSelector(".tl-edit-article")).click();
            other.type(By.id("articleForm:articleBody"), "Texte de l’administrateur.");
            other.click(By.id("articleForm:saveArticle"));
            other.waitUntil(d ->
                    d.findElement(By.cssSelector(".tl-article-body")).getText().equals("Texte de l’administrateur."));
        }
        browser.type(By.id("articleForm:articleBody"), "Texte du membre du CA.");
        browser.click(By.id("articleForm:saveArticle"));
        browser.waitFor(By.id("articleForm:theirs"));
        assertThat(browser.driver()
                        .findElement(By.id("articleForm:articleBody"))
                        .getAttribute("value"))
                .isEqualTo("Texte du membre du CA.");
        assertThat(browser.driver().findElement(By.id("theirBody")).getText()).isEqualTo("Texte de l’administrateur.");
        assertThat(browser.driver().findElement(By.id("messages")).getText()).contains("rien n’a été écrasé");
        // saving again, knowingly, now replaces the other text
        browser.click(By.id("articleForm:saveArticle"));
        browser.waitUntil(
                d -> d.findElement(By.cssSelector(".tl-article-body")).getText().equals("Texte du membre du CA."));
        // the draft compared with version 1, article by article: the changed article shows what was added
        // with the keyboard, as a screen-reader user would: the first version follows « Choisir »
        browser.waitFor(By.id("diffForm:diffFrom_label")).sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
        browser.waitUntil(
                d -> d.findElement(By.id("diffForm:diffFrom_label")).getText().equals("1"));
        browser.click(By.id("diffForm:showDiff"));
        browser.waitUntil(d -> d.findElements(By.cssSelector(".tl-diff-CHANGED ins")).stream()
                .anyMatch(e -> e.getText().contains("membre")));
        assertThat(browser.driver()
                        .findElement(By.cssSelector(".tl-diff-CHANGED h3"))
                        .getText())
                .contains("Modifié");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void legalFormQuestionnaireAndRolesMatrix() {
        browser.signIn(app, "board", "demo");
        browser.open(app.url("/governance/legal.xhtml"));
        assertThat(browser.waitFor(By.id("comparison")).getText()).contains("57,5\u202F%");
        for (String q : List.of("PUBLIC_BODIES_AS_MEMBERS", "MULTI_STAKEHOLDER_VOTE", "MOSTLY_COMMERCIAL")) {
            browser.driver()
                    .findElement(By.cssSelector(".tl-question-" + q + " .ui-chkbox-box"))
                    .click();
        }
        browser.click(By.id("adviceForm:advise"));
        browser.waitFor(By.cssSelector(".tl-fit"));
        assertThat(browser.driver()
                        .findElements(By.cssSelector(".tl-fit"))
                        .get(0)
                        .getAttribute("data-form"))
                .isEqualTo("SCIC_SAS");

        browser.open(app.url("/governance/roles.xhtml"));
        assertThat(browser.waitFor(By.id("raciMatrix")).getText())
                .contains("Atelier Z")
                .contains("Pilotage du projet");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void theBoardsMeetingsAreOnTheGovernedProjectsRoadmap() {
        Http manager = new Http(app, "manager", "demo");
        long project = PagesSmokeIT.projectId(manager, "Atelier Z – tiers-lieu");
        String schedule =
                manager.get("/api/core/projects/" + project + "/schedule").body();
        assertThat(schedule).contains("\"source\":\"governance\"").contains("Projet de charte et de collèges");
        Http viewer = new Http(app, "viewer", "demo");
        assertThat(viewer.get("/api/governance/bodies").body()).contains("Conseil d’administration");
        JsonObject charter = viewer.get("/api/governance/charter").json();
        assertThat(charter.getJsonArray("versions").getJsonObject(0).getJsonArray("signatures"))
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(charter.getJsonArray("signatures").getValuesAs(JsonObject.class))
                .anyMatch(b -> b.getString("status").equals("MISSING"));
        assertThat(schedule).containsPattern("Charte commune version 1 adoptée|Common charter version 1 adopted");
        // past meetings and adoptions are facts: no warning about them
        assertThat(schedule)
                .doesNotContain("Assemblée générale ordinaire 2026” cannot")
                .doesNotContain("ordinaire 2026\u202F» ne peut pas");
        // the statutory deadlines are on it too, and each body's register of minutes is a PDF
        assertThat(schedule)
                .containsPattern("Approbation des comptes|Approval by the general assembly of the accounts");
        jakarta.json.JsonArray bodies = jakarta.json.Json.createReader(new java.io.StringReader(
                        viewer.get("/api/governance/bodies").body()))
                .readArray();
        Http.Response register = viewer.download("/api/governance/bodies/"
                + bodies.getJsonObject(0).getJsonNumber("id").longValue() + "/minutes-register.pdf");
        assertThat(register.status()).isEqualTo(200);
        assertThat(register.body()).startsWith("%PDF");
    }

    @Test
    void theBoardRegistersAMemberAndPaysTheirDues() {
        long inrae = new Http(app, "board", "demo")
                .get("/api/core/actors?q=INRAE")
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        browser.signIn(app, "board", "demo");
        browser.open(app.url("/governance/members.xhtml"));
        // the demo's six members, and those another test may have registered before this one
        int before = Integer.parseInt(
                browser.waitFor(By.id("registerSummary")).getText().replaceAll("^(\\d+) membres.*", "$1"));
        assertThat(before).isGreaterThanOrEqualTo(6);
        ((JavascriptExecutor) browser.driver())
                .executeScript("PF('widget_membersForm_memberActor').selectValue('" + inrae + "');");
        browser.type(By.id("membersForm:memberRepresentative"), "Chargée de mission (démo)");
        browser.click(By.id("membersForm:addMember"));
        browser.waitUntil(d ->
                d.findElement(By.id("registerSummary")).getText().startsWith((before + 1) + " membres à cette date"));
        org.openqa.selenium.WebElement row =
                browser.driver().findElements(By.cssSelector("#membersForm\\:members tbody tr")).stream()
                        .filter(r -> r.getText().contains("INRAE"))
                        .findFirst()
                        .orElseThrow();
        assertThat(row.getText()).contains("Chargée de mission (démo)", "Membre actif", "Non réglée");
        row.findElement(By.xpath(".//button[contains(., 'Cotisation réglée')]")).click();
        browser.waitUntil(d -> d.findElements(By.cssSelector("#membersForm\\:members tbody tr")).stream()
                .anyMatch(r -> r.getText().contains("INRAE") && r.getText().contains("À jour")));
        // the general assembly that approved the entry: the oldest one of the demo, held before today
        org.openqa.selenium.WebElement entry =
                browser.driver().findElements(By.cssSelector("#membersForm\\:members tbody tr")).stream()
                        .filter(r -> r.getText().contains("INRAE"))
                        .findFirst()
                        .orElseThrow()
                        .findElement(By.cssSelector("select[id$='entryMeeting']"));
        org.openqa.selenium.support.ui.Select assemblies = new org.openqa.selenium.support.ui.Select(entry);
        assertThat(assemblies.getOptions()).hasSizeGreaterThan(1);
        assemblies.selectByIndex(assemblies.getOptions().size() - 1);
        browser.waitUntil(d -> d.getPageSource().contains("Agrément enregistré"));
        // the same actor cannot be registered twice while a member: the message is at the field
        ((JavascriptExecutor) browser.driver())
                .executeScript("PF('widget_membersForm_memberActor').selectValue('" + inrae + "');");
        browser.click(By.id("membersForm:addMember"));
        browser.waitUntil(d -> d.findElement(By.id("membersForm")).getText().contains("déjà membre"));
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
        // the same vote when the statutes count two thirds over all the members: 2 of 4 is not enough
        Http.Response overAll = viewer.post("/api/governance/tally", """
                {"quorum": 0.5, "maxProxies": 1, "majority": "TWO_THIRDS", "base": "ALL_MEMBERS", "colleges": [],
                 "members": [{"id": "a", "name": "Anne", "present": true, "vote": "FOR"},
                             {"id": "b", "name": "Bruno", "present": true, "vote": "FOR"},
                             {"id": "c", "name": "Chloé", "present": false, "proxyTo": "a", "vote": "AGAINST"},
                             {"id": "d", "name": "Dan", "present": false, "vote": "NONE"}]}""");
        assertThat(overAll.status()).as(overAll.body()).isEqualTo(200);
        assertThat(overAll.json().getBoolean("adopted")).isFalse(); // 2 for out of 4 members < ⅔
        assertThat(overAll.body()).contains("base.ALL_MEMBERS");

        Http.Response bad = viewer.post("/api/governance/tally", """
                {"quorum": 2, "maxProxies": 0, "majority": "SIMPLE", "members": []}""");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("quorum").contains("members");
        Http.Response colleges = viewer.get("/api/governance/colleges");
        assertThat(colleges.json().getString("legalForm")).isEqualTo("SCIC_SAS");
        assertThat(viewer.put(
                                "/api/governance/colleges",
                                "{\"version\": 0, \"legalForm\": \"ASSOCIATION\", \"colleges\": []}")
                        .status())
                .isEqualTo(403);

        Http board = new Http(app, "board", "demo");
        // the SCIC's révision coopérative over HTTP: recorded, the next one due five years later
        // (the date found is put back at the end: the browser test of this class records its own)
        jakarta.json.JsonObject found = viewer.get("/api/governance/colleges").json();
        String before = !found.containsKey("lastRevisionOn") || found.isNull("lastRevisionOn")
                ? null
                : found.getString("lastRevisionOn");
        Http.Response revised = board.put("/api/governance/revision", "{\"lastRevisionOn\": \"2023-05-10\"}");
        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        assertThat(revised.json().getString("lastRevisionOn")).isEqualTo("2023-05-10");
        assertThat(revised.json().getString("nextRevisionDue")).isEqualTo("2028-05-10");
        assertThat(viewer.get("/api/governance/colleges").json().getString("nextRevisionDue"))
                .isEqualTo("2028-05-10");
        Http.Response future = board.put(
                "/api/governance/revision",
                "{\"lastRevisionOn\": \"" + java.time.LocalDate.now().plusDays(3) + "\"}");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body()).contains("lastRevisionOn");
        assertThat(board.put("/api/governance/revision", "{\"lastRevisionOn\": \"10/05/2023\"}")
                        .status())
                .isEqualTo(400);
        assertThat(viewer.put("/api/governance/revision", "{\"lastRevisionOn\": \"2023-05-10\"}")
                        .status())
                .isEqualTo(403);
        Http.Response created = board.post("/api/governance/bodies", """
                {"name": "Commission programmation", "kind": "COMMISSION", "quorumFirst": 30, "majority": "CONSENT", "noticeDays": 7}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().getString("majority")).isEqualTo("CONSENT");
        Http.Response badBody = board.post("/api/governance/bodies", "{\"name\": \"\", \"kind\": \"CLUB\"}");
        assertThat(badBody.status()).isEqualTo(400);
        assertThat(badBody.body()).contains("kind");
        assertThat(viewer.post("/api/governance/bodies", "{\"name\": \"x\", \"kind\": \"OTHER\"}")
                        .status())
                .isEqualTo(403);

        long konk = ProjectJourneyIT.actorId(board, "KonK Ar Lab");
        String signature = "{\"actorId\": " + konk + ", \"signatory\": \"Représentant·e\", \"signedOn\": \""
                + java.time.LocalDate.now() + "\", \"commitments\": \"Ateliers de réparation\"}";
        Http.Response signed = board.post("/api/governance/charter/signatures", signature);
        assertThat(signed.status()).as(signed.body()).isEqualTo(201);
        assertThat(board.post("/api/governance/charter/signatures", signature).status())
                .isEqualTo(400);
    }
}
