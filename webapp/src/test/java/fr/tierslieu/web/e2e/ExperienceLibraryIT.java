package fr.tierslieu.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Issue 18, part 1, in the browser: the experience library searched and filtered by distance, its
 * map, a comparison with our place, a lesson added to a sheet; a destination of the study trip
 * created from a sheet; the CSV import over HTTP, refused line by line, then accepted.
 */
class ExperienceLibraryIT extends BrowserTest {

    @Test
    void searchCompareAndAddALesson() {
        browser.signIn(app, "manager", "demo");
        browser.open(app.url("/core/experiences/list.xhtml"));
        assertThat(browser.waitFor(By.id("count")).getText()).startsWith("12 lieux trouvés");
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#results\\:experiences tbody tr"));
        assertThat(rows.get(0).getText()).contains("L’Atelier des peintres").contains("5,2");
        // the distance map: one link per place, our place as a star
        assertThat(browser.driver().findElements(By.cssSelector("#distanceMap svg a")))
                .hasSize(12);
        assertThat(browser.driver().findElements(By.cssSelector("#distanceMap .tl-map-ours")))
                .hasSize(1);

        browser.changeNumber("filterForm:maxKm", "30");
        browser.waitUntil(d -> d.findElement(By.id("count")).getText().startsWith("3 lieux trouvés"));
        assertThat(browser.driver().findElements(By.cssSelector("#distanceMap svg a")))
                .hasSize(3);

        // tick two places and compare them with ours
        browser.click(By.cssSelector("#results\\:experiences tbody tr:nth-child(1) .ui-chkbox-box"));
        browser.waitUntil(d -> d.findElement(By.id("results:compare")).getText().contains("1 lieu"));
        browser.click(By.cssSelector("#results\\:experiences tbody tr:nth-child(2) .ui-chkbox-box"));
        browser.waitUntil(d -> d.findElement(By.id("results:compare")).getText().contains("2 lieux"));
        browser.click(By.id("results:compare"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("/core/experiences/compare.xhtml?ids="));
        String table = browser.waitFor(By.id("comparison")).getText();
        assertThat(table)
                .contains("Atelier Z", "L’Atelier des peintres", "La Criée partagée", "Part de ressources propres");
        assertThat(browser.driver()
                        .findElement(By.cssSelector("#comparison thead"))
                        .getText())
                .startsWith("Atelier Z");

        // a sheet: a lesson without text is refused at its field, then one is added
        browser.driver().findElement(By.linkText("La Criée partagée")).click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/core/experiences/view.xhtml?id="));
        assertThat(browser.waitFor(By.id("illustrative")).getText()).contains("inventés");
        browser.click(By.id("lessonForm:addLesson"));
        browser.waitUntil(d -> d.findElement(By.id("lessonForm")).getText().contains("Champ obligatoire."));
        browser.type(By.id("lessonForm:lessonText"), "Des horaires d’ouverture affichés et tenus");
        browser.click(By.id("lessonForm:addLesson"));
        browser.waitUntil(d -> d.findElement(By.id("lessonForm:lessons"))
                .getText()
                .contains("Des horaires d’ouverture affichés et tenus"));
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @NeedsModules("studytrip")
    @Test
    void aStudyTripDestinationComesFromTheLibrary() {
        browser.signIn(app, "organizer", "demo");
        browser.open(app.url("/studytrip/trips.xhtml"));
        browser.waitFor(By.cssSelector("#trips a")).click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/studytrip/trip.xhtml?id="));
        String id = browser.driver().getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1");
        browser.open(app.url("/studytrip/destinations.xhtml?id=" + id));
        browser.waitFor(By.id("libraryForm:addFromLibrary"));
        // nothing chosen: said at the top, nothing added
        browser.click(By.id("libraryForm:addFromLibrary"));
        browser.waitUntil(d -> d.getPageSource().contains("Choisissez un lieu de la bibliothèque."));
        Http manager = new Http(app, "manager", "demo");
        long sheet = manager.get("/api/core/experiences?q=Conserverie")
                .json()
                .getJsonArray("rows")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "PrimeFaces.widgets['widget_libraryForm_experienceId'].selectValue(arguments[0]);",
                        String.valueOf(sheet));
        browser.click(By.id("libraryForm:addFromLibrary"));
        browser.waitUntil(d ->
                d.findElement(By.id("destinationsForm:destinations")).getText().contains("La Conserverie"));
        assertThat(browser.driver()
                        .findElement(By.id("destinationsForm:destinations"))
                        .getText())
                .contains("Douarnenez")
                .contains("Événements");
    }

    @Test
    void theCsvImportIsAllOrNothingAndNamesItsLines() {
        Http manager = new Http(app, "manager", "demo");
        Http.Response bad = manager.postText(
                "/api/core/experiences/import/csv",
                "NOM_TL;NOMCOM;LAT;LONG;OFFRES\nLieu IT 1;Brest;48,39;-4,48;FABLAB\nLieu IT 2;Brest;cent;-4,48;Piscine\n");
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(bad.body()).contains("Line 3").contains("LAT").contains("Piscine");
        assertThat(manager.get("/api/core/experiences?q=Lieu%20IT").json().getInt("total"))
                .isZero();
        Http.Response good = manager.postText(
                "/api/core/experiences/import/csv",
                "NOM_TL;NOMCOM;LAT;LONG;OFFRES\nLieu IT 1;Brest;48,39;-4,48;FABLAB\nLieu IT 2;Brest;48,40;-4,47;Coworking\n");
        assertThat(good.status()).as(good.body()).isEqualTo(200);
        assertThat(good.json().getInt("created")).isEqualTo(2);
        assertThat(new Http(app, "viewer", "demo")
                        .postText("/api/core/experiences/import/csv", "NOM_TL\nLieu IT 3\n")
                        .status())
                .isEqualTo(403);
        Http.Response csv = manager.download("/api/core/experiences/export.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).contains("NOM_TL").contains("Lieu IT 2");
    }
}
