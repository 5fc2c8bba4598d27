package fr.tierslieu.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * An administrator creates an account (a too-short password is refused at the field), the new user
 * signs in, imports a CSV (a file with a bad line imports nothing and lists the line), and the
 * administrator finds these changes in the audit log.
 */
class AdminAndImportIT extends BrowserTest {

    @Test
    void accountsImportsAndTheAuditLog() throws Exception {
        String username = "ca-" + UUID.randomUUID().toString().substring(0, 6);
        browser.signIn(app, "admin", "demo");
        browser.open(app.url("/core/admin/users.xhtml"));
        browser.click(By.id("actionsForm:newUser"));
        browser.type(By.id("userForm:username"), username);
        browser.type(By.id("userForm:displayName"), "Trésorière du CA");
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.querySelector(\"input[value='BOARD']\").click();");
        browser.type(By.id("userForm:password"), "court");
        browser.type(By.id("userForm:confirmation"), "court");
        browser.click(By.id("userForm:saveUser"));
        WebElement passwordError = browser.waitFor(
                By.cssSelector("[id='userForm:password'] ~ .ui-message-error, " + "#userForm .ui-message-error"));
        assertThat(passwordError.getText()).contains("au moins 12 caractères");

        browser.type(By.id("userForm:password"), "un mot de passe long");
        browser.type(By.id("userForm:confirmation"), "un mot de passe long");
        browser.click(By.id("userForm:saveUser"));
        browser.waitUntil(d -> d.findElement(By.id("usersForm:users")).getText().contains(username));
        browser.click(By.id("topbarForm:logout"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("/login.xhtml"));

        // The new board member signs in and imports actors.
        browser.signIn(app, username, "un mot de passe long");
        Path bad = Files.createTempFile("acteurs-", ".csv");
        Files.writeString(
                bad,
                "Nom;Catégorie;Influence\nLa Fabrique du Lin;Entreprise;3\nFerme du Moulin;Ferme;9\n",
                StandardCharsets.UTF_8);
        browser.open(app.url("/core/actors/import.xhtml"));
        browser.driver().findElement(By.cssSelector("input[type='file']")).sendKeys(bad.toString());
        browser.click(By.id("importForm:upload"));
        String errors = browser.waitFor(By.id("importErrors")).getText();
        assertThat(errors)
                .contains("Ligne 3")
                .contains("«\u202FFerme\u202F»")
                .contains("«\u202F9\u202F» n’est pas une note");
        assertThat(errors).doesNotContain("Ligne 2");

        String marker = "Fabrique " + UUID.randomUUID().toString().substring(0, 6);
        Path good = Files.createTempFile("acteurs-", ".csv");
        Files.writeString(good, "Nom;Catégorie;Influence\n" + marker + ";Entreprise;3\n", StandardCharsets.UTF_8);
        browser.open(app.url("/core/actors/import.xhtml"));
        browser.driver().findElement(By.cssSelector("input[type='file']")).sendKeys(good.toString());
        browser.click(By.id("importForm:upload"));
        assertThat(browser.waitFor(By.cssSelector("#messages .ui-messages-info"))
                        .getText())
                .contains("1 acteur importé");
        browser.click(By.id("topbarForm:logout"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("/login.xhtml"));

        // The administrator sees who did what.
        browser.signIn(app, "admin", "demo");
        browser.open(app.url("/core/admin/audit.xhtml"));
        browser.type(By.id("auditForm:username"), username);
        browser.waitUntil(
                d -> d.findElement(By.id("auditForm:auditTable")).getText().contains(marker));
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
