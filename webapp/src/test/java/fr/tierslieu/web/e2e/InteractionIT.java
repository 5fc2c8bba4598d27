package fr.tierslieu.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;

/**
 * What a person does with the keyboard, at the speed a person types: dates typed in full (the
 * pop-up never takes the focus), Enter in the actor search applies it, an out-of-range rating is
 * named at its field, and a page opened with a bad address answers 404.
 */
class InteractionIT extends BrowserTest {

    private String value(String id) {
        return browser.driver().findElement(By.id(id)).getAttribute("value");
    }

    @Test
    void datesAreTypedNotLost() {
        browser.signIn(app, "manager", "demo");
        browser.open(app.url("/core/projects/edit.xhtml"));
        browser.typeLikeAPerson(By.id("projectForm:name"), "Dates tapées au clavier", null);
        assertThat(browser.driver()
                        .findElement(By.id("projectForm:startDate_input"))
                        .getAttribute("placeholder"))
                .isEqualTo("jj/mm/aaaa");
        browser.typeLikeAPerson(By.id("projectForm:startDate_input"), "15/09/2026", Keys.TAB);
        browser.typeLikeAPerson(By.id("projectForm:endDate_input"), "30/06/2027", Keys.TAB);
        assertThat(value("projectForm:startDate_input")).isEqualTo("15/09/2026");
        assertThat(value("projectForm:endDate_input")).isEqualTo("30/06/2027");
        browser.click(By.id("projectForm:save"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("/core/projects/view.xhtml?id="));
        String page = browser.waitFor(By.cssSelector("main")).getText();
        assertThat(page).contains("15/09/2026").contains("30/06/2027");
        String projectId = browser.driver().getCurrentUrl().replaceAll(".*id=", "");

        // a date and time: a meeting
        browser.open(app.url("/core/projects/meetings.xhtml?id=" + projectId));
        browser.typeLikeAPerson(By.id("meetingForm:meetingTitle"), "Réunion tapée", null);
        ((JavascriptExecutor) browser.driver())
                .executeScript("PrimeFaces.widgets['widget_meetingForm_kind'].selectValue(arguments[0]);", "COPIL");
        browser.typeLikeAPerson(By.id("meetingForm:startsAt_input"), "12/01/2027 18:30", Keys.TAB);
        assertThat(value("meetingForm:startsAt_input")).isEqualTo("12/01/2027 18:30");
        browser.click(By.id("meetingForm:saveMeeting"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("/core/projects/meeting.xhtml"));
        assertThat(browser.waitFor(By.id("meetingForm:startsAt_input")).getAttribute("value"))
                .isEqualTo("12/01/2027 18:30");

        // a roadmap task's date
        browser.open(app.url("/core/projects/roadmap.xhtml?id=" + projectId));
        browser.typeLikeAPerson(By.id("taskForm:taskName"), "Tâche datée", null);
        browser.setNumber("taskForm:duration", "3");
        browser.typeLikeAPerson(By.id("taskForm:fixedDate_input"), "05/03/2027", Keys.TAB);
        assertThat(value("taskForm:fixedDate_input")).isEqualTo("05/03/2027");
        browser.click(By.id("taskForm:saveTask"));
        browser.waitUntil(
                d -> d.findElement(By.id("roadmapForm:scheduleTable")).getText().contains("Tâche datée"));
        assertThat(browser.driver()
                        .findElement(By.id("roadmapForm:scheduleTable"))
                        .getText())
                .contains("05/03/2027");

        // deleting asks first, naming what goes; "Non" keeps it, "Oui" deletes it
        By trash = By.cssSelector("#roadmapForm\\:scheduleTable .pi-trash");
        browser.driver().findElements(trash).get(0).findElement(By.xpath("..")).click();
        browser.waitUntil(
                d -> d.findElement(By.cssSelector(".ui-confirm-dialog")).isDisplayed());
        assertThat(browser.driver()
                        .findElement(By.cssSelector(".ui-confirm-dialog"))
                        .getText())
                .contains("Tâche datée");
        browser.click(By.id("confirmForm:confirmNo"));
        browser.waitUntil(
                d -> !d.findElement(By.cssSelector(".ui-confirm-dialog")).isDisplayed());
        assertThat(browser.driver()
                        .findElement(By.id("roadmapForm:scheduleTable"))
                        .getText())
                .contains("Tâche datée");
        browser.driver().findElements(trash).get(0).findElement(By.xpath("..")).click();
        browser.waitUntil(
                d -> d.findElement(By.cssSelector(".ui-confirm-dialog")).isDisplayed());
        browser.click(By.id("confirmForm:confirmYes"));
        browser.waitUntil(d ->
                !d.findElement(By.id("roadmapForm:scheduleTable")).getText().contains("Tâche datée"));
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void enterInTheActorSearchAppliesItAndAnEmptyResultSaysSo() {
        browser.signIn(app, "manager", "demo");
        browser.open(app.url("/core/actors/list.xhtml"));
        browser.typeLikeAPerson(By.id("actorsForm:text"), "zzzz introuvable", Keys.ENTER);
        browser.waitUntil(
                d -> d.findElement(By.id("actorsForm:actorsTable")).getText().contains("Aucun acteur"));
        assertThat(value("actorsForm:text")).isEqualTo("zzzz introuvable"); // Enter did not clear the filters
        assertThat(browser.driver().findElement(By.id("actorsForm:actorsTable")).getText())
                .doesNotContain("sur 26");

        browser.typeLikeAPerson(By.id("actorsForm:text"), "Névez", Keys.ENTER);
        browser.waitUntil(
                d -> !d.findElement(By.id("actorsForm:actorsTable")).getText().contains("Aucun acteur"));
        int rows = browser.driver()
                .findElements(By.cssSelector("#actorsForm\\:actorsTable tbody tr"))
                .size();
        assertThat(rows).isBetween(1, 24);
        assertThat(browser.driver().findElement(By.id("actorsForm:actorsTable")).getText())
                .contains("sur " + rows);
        assertThat(value("actorsForm:text")).isEqualTo("Névez");
    }

    @Test
    void aBlankFieldOfADraftSaysSoInWordsNotATemplate() {
        // the meeting form's title carries @NotBlank(message = "{core.error.required}"): the page's own
        // field check (Faces' BeanValidator) must say the bundle's words, as the service does
        browser.signIn(app, "manager", "demo");
        long project = PagesSmokeIT.projectId(new Http(app, "manager", "demo"), "Atelier Z – tiers-lieu");
        browser.open(app.url("/core/projects/meetings.xhtml?id=" + project));
        browser.click(By.id("meetingForm:saveMeeting"));
        By atTheTitle = By.xpath("//*[@id='meetingForm:meetingTitle']/ancestor::div[contains(@class,'tl-field')][1]"
                + "//*[contains(@class,'ui-message-error-detail')]");
        browser.waitUntil(d -> !d.findElements(atTheTitle).isEmpty());
        assertThat(browser.driver().findElement(atTheTitle).getText()).isEqualTo("Champ obligatoire.");
        assertThat(browser.driver().findElement(By.id("meetingForm")).getText()).doesNotContain("{");
    }

    @Test
    void anOutOfRangeRatingIsNamedAtItsField() {
        browser.signIn(app, "manager", "demo");
        browser.open(app.url("/core/actors/edit.xhtml"));
        browser.typeLikeAPerson(By.id("actorForm:name"), "Note hors échelle", null);
        browser.typeLikeAPerson(By.id("actorForm:influence_input"), "9", Keys.TAB);
        browser.click(By.id("actorForm:save"));
        // the message sits in the influence field's own block, under the field
        By atTheField = By.xpath("//*[@id='actorForm:influence']/ancestor::div[contains(@class,'tl-field')][1]"
                + "//*[contains(@class,'ui-message-error-detail')]");
        browser.waitUntil(d -> !d.findElements(atTheField).isEmpty());
        String message = browser.driver().findElement(atTheField).getText();
        assertThat(message).contains("1 à 5");
        assertThat(value("actorForm:influence_input")).isEqualTo("9"); // what was typed stays, with its message
        assertThat(browser.driver().getCurrentUrl()).contains("/core/actors/edit.xhtml");
    }

    @Test
    void theFirstTabReachesASkipLinkToTheContent() {
        browser.signIn(app, "viewer", "demo");
        browser.open(app.url("/core/actors/list.xhtml"));
        browser.waitFor(By.id("main"));
        new org.openqa.selenium.interactions.Actions(browser.driver())
                .sendKeys(Keys.TAB)
                .perform();
        org.openqa.selenium.WebElement first = browser.driver().switchTo().activeElement();
        assertThat(first.getText()).isEqualTo("Aller au contenu");
        assertThat(first.isDisplayed()).isTrue();
        first.sendKeys(Keys.ENTER);
        browser.waitUntil(d -> "main".equals(d.switchTo().activeElement().getAttribute("id")));
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void aBadAddressIsNotFoundAndTheFaviconExists() throws Exception {
        browser.signIn(app, "manager", "demo");
        String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        HttpClient client = HttpClient.newHttpClient();
        for (String path : new String[] {
            "/core/actors/view.xhtml?id=abc",
            "/core/projects/view.xhtml?id=",
            "/studytrip/trip.xhtml",
            "/studytrip/trip.xhtml?id=999999",
            "/governance/session.xhtml?id=x1"
        }) {
            HttpResponse<String> r = client.send(
                    HttpRequest.newBuilder(URI.create(app.url(path)))
                            .header("Cookie", "JSESSIONID=" + session)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.body()).as(path).contains("n’existe pas");
        }
        HttpResponse<byte[]> icon = client.send(
                HttpRequest.newBuilder(URI.create(app.url("/favicon.ico"))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.body().length).isPositive();

        browser.open(app.url("/core/actors/view.xhtml?id=abc"));
        assertThat(browser.waitFor(By.id("errorText")).getText()).contains("n’existe pas");
        // the page's own 404 is expected; no script refused by the Content-Security-Policy
        assertThat(browser.consoleErrors()).allMatch(m -> m.contains("status of 404"));
    }

    @NeedsModules({"governance", "studytrip"})
    @Test
    void everyoneChoosesTheirEmailsThroughTheirLink() {
        browser.signIn(app, "board", "demo");
        browser.open(app.url("/core/profile.xhtml"));
        String link = browser.waitFor(By.cssSelector("#mailChoices a")).getAttribute("href");
        assertThat(link).contains("/public/core/mail.xhtml?t=");
        browser.click(By.id("topbarForm:logout"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("/login.xhtml"));

        // the link works without an account: decline the study trip's messages, take the weekly digest
        browser.open(link);
        assertThat(browser.waitFor(By.id("address")).getText()).contains("board@demo.tiers-lieu.example");
        java.util.function.Function<String, org.openqa.selenium.WebElement> box =
                label -> browser.driver().findElements(By.cssSelector("#mailForm .ui-chkbox")).stream()
                        .filter(b -> b.getText().startsWith(label))
                        .findFirst()
                        .orElseThrow();
        assertThat(browser.driver().findElements(By.cssSelector("#mailForm .ui-chkbox")))
                .hasSize(3); // governance, trip, digest
        assertThat(box.apply("Voyage d’étude").findElement(By.tagName("input")).isSelected())
                .isTrue();
        assertThat(box.apply("Le résumé").findElement(By.tagName("input")).isSelected())
                .isFalse();
        box.apply("Voyage d’étude")
                .findElement(By.cssSelector(".ui-chkbox-box"))
                .click();
        box.apply("Le résumé").findElement(By.cssSelector(".ui-chkbox-box")).click();
        browser.click(By.id("mailForm:save"));
        browser.waitUntil(d -> d.findElement(By.id("mailForm")).getText().contains("Vos choix sont enregistrés"));

        browser.open(link);
        browser.waitFor(By.id("address"));
        assertThat(box.apply("Voyage d’étude").findElement(By.tagName("input")).isSelected())
                .isFalse();
        assertThat(box.apply("Le résumé").findElement(By.tagName("input")).isSelected())
                .isTrue();
        assertThat(box.apply("Gouvernance").findElement(By.tagName("input")).isSelected())
                .isTrue();

        browser.open(link.replaceAll("t=.{4}", "t=abcd"));
        assertThat(browser.waitFor(By.id("unknownLink")).getText()).contains("n’est pas valable");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
