package fr.tierslieu.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The records a prefecture, a bank or a notary asks for, as a board keeps them: two members
 * registered, the general assembly convened from the register, held, its minutes signed by its two
 * officers with their own accounts (PDF/A, two electronic signatures), and the draft statutes.
 */
class GovernanceRecordsIT extends BrowserTest {

    @Test
    void fromTheRegisterToSignedMinutesAndDraftStatutes() throws Exception {
        Http board = new Http(app, "board", "demo");
        List<String> newcomers = List.of("ADEME Bretagne", "Lycée professionnel maritime de Concarneau");
        browser.signIn(app, "board", "demo");

        // two members registered
        browser.open(app.url("/governance/members.xhtml"));
        for (String name : newcomers) {
            String before = browser.waitFor(By.id("registerSummary")).getText();
            ((JavascriptExecutor) browser.driver())
                    .executeScript(
                            "PF('widget_membersForm_memberActor').selectValue(arguments[0]);",
                            String.valueOf(ProjectJourneyIT.actorId(board, name)));
            browser.click(By.id("membersForm:addMember"));
            browser.waitUntil(
                    d -> !d.findElement(By.id("registerSummary")).getText().equals(before));
        }

        // a register file with a line the registry does not know: refused by line, nothing added
        java.nio.file.Path csv = java.nio.file.Files.createTempFile("registre", ".csv");
        try {
            java.nio.file.Files.writeString(
                    csv,
                    "Membre;Catégorie;Représentation;Adhésion\nRégion Bretagne;Personne morale;;2026-01-01\n"
                            + "Inconnu du registre;Membre actif;;2026-01-01\n");
            String before = browser.waitFor(By.id("registerSummary")).getText();
            browser.driver()
                    .findElement(By.cssSelector("input[type='file'][id^='membersForm:registerFile']"))
                    .sendKeys(csv.toString());
            browser.click(By.id("membersForm:importRegister"));
            browser.waitUntil(d -> d.findElement(By.id("membersForm")).getText().contains("Ligne 3"));
            assertThat(browser.driver().findElement(By.id("membersForm")).getText())
                    .contains("Inconnu du registre");
            assertThat(browser.driver().findElement(By.id("registerSummary")).getText())
                    .isEqualTo(before);
        } finally {
            java.nio.file.Files.delete(csv);
        }

        // the general assembly convened today: its attendance sheet is the register on its day
        MeetingSteps.convene(
                browser,
                app,
                "Assemblée",
                "Assemblée générale extraordinaire",
                java.time.LocalDate.now(),
                9,
                java.time.LocalDate.now());
        String sessionUrl = browser.driver().getCurrentUrl();
        long meeting = Long.parseLong(sessionUrl.replaceAll(".*id=(\\d+).*", "$1"));
        String sheet = browser.waitFor(By.id("attendanceForm")).getText();
        assertThat(sheet).contains(newcomers.get(0), newcomers.get(1));

        // held: everyone present, its officers chosen, one resolution voted
        MeetingSteps.markPresent(
                browser,
                browser.driver()
                        .findElements(By.cssSelector(".tl-session-present"))
                        .size());
        MeetingSteps.chooseOfficers(browser);
        MeetingSteps.openVoteOn(browser, "Admission de deux nouveaux membres");
        browser.click(By.cssSelector("[id$='recordVote']"));
        browser.waitUntil(
                d -> d.findElements(By.cssSelector(".tl-resolution-result")).size() == 1);

        // the chair signs with the board's account; the same account cannot sign for the secretary too
        browser.click(By.id("signForm:signChair"));
        browser.waitFor(By.id("signForm:signedNote"));
        assertThat(browser.driver().findElement(By.id("chairState")).getText()).contains("«\u202Fboard\u202F»");
        assertThat(browser.driver().findElements(By.id("resolutionForm:addResolution")))
                .isEmpty();
        browser.click(By.id("signForm:signSecretary"));
        browser.waitUntil(d -> d.findElement(By.id("signForm")).getText().contains("deux comptes différents"));

        // the secretary signs with another account
        browser.driver().manage().deleteAllCookies();
        browser.signIn(app, "admin", "demo");
        browser.open(sessionUrl);
        browser.click(By.id("signForm:signSecretary"));
        browser.waitUntil(d -> d.findElement(By.id("secretaryState")).getText().contains("«\u202Fadmin\u202F»"));

        // the minutes: PDF/A with the two officers' signatures
        byte[] minutes = board.bytes("/api/governance/meetings/" + meeting + "/minutes.pdf");
        assertThat(new String(minutes, StandardCharsets.ISO_8859_1)).contains("pdfaid:part");
        try (PDDocument pdf = Loader.loadPDF(minutes)) {
            assertThat(pdf.getSignatureDictionaries())
                    .extracting(PDSignature::getReason)
                    .containsExactly(
                            "The chair of the meeting — signed by the account “board”",
                            "The secretary of the meeting — signed by the account “admin”");
        }

        // the draft statutes: the demo's answers, one changed, refused then saved, downloaded as Word
        browser.open(app.url("/governance/statutes.xhtml"));
        assertThat(browser.waitFor(By.cssSelector("[data-document='statuts'] h2"))
                        .getText())
                .isEqualTo("Projet de statuts de l’association Atelier Z");
        browser.setNumber("statutesForm:boardMin", 9);
        browser.setNumber("statutesForm:boardMax", 3);
        browser.click(By.id("statutesForm:saveStatutes"));
        browser.waitUntil(
                d -> d.findElement(By.id("statutesForm")).getText().contains("au moins égal au nombre minimal"));
        browser.setNumber("statutesForm:boardMin", 6);
        browser.setNumber("statutesForm:boardMax", 12);
        browser.type(By.id("statutesForm:seat"), "Kerambris, 29920 Névez");
        browser.click(By.id("statutesForm:saveStatutes"));
        browser.waitUntil(d -> d.findElement(By.id("messages")).getText().contains("Réponses enregistrées"));
        assertThat(browser.driver()
                        .findElement(By.cssSelector("[data-document='statuts']"))
                        .getText())
                .contains("Le siège social est fixé à Kerambris, 29920 Névez.");
        byte[] docx = board.bytes("/api/governance/statutes/statuts.docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> paragraphs =
                    doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs).contains("Article 3 – Siège social");
            assertThat(String.join("\n", paragraphs)).contains("Kerambris, 29920 Névez");
        }
        assertThat(board.bytes("/api/governance/statutes/reglement.pdf"))
                .startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));

        // the common charter quotes an article of the statutes in the same words
        browser.open(app.url("/governance/charter.xhtml"));
        ((JavascriptExecutor) browser.driver())
                .executeScript("PF('widget_newArticleForm_quoteArticle').selectValue('3');");
        browser.click(By.id("newArticleForm:quote"));
        browser.waitUntil(d -> d.findElement(By.id("newArticleForm:articleBody"))
                .getDomProperty("value")
                .equals("Statuts, article 3 (Siège social)\u202F: «\u202FLe siège social est fixé à Kerambris, 29920"
                        + " Névez. Il peut être transféré par décision du conseil d’administration, ratifiée par la"
                        + " prochaine assemblée générale.\u202F»"));
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
