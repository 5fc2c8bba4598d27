package fr.tierslieu.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * A MACTOR analysis as the team enters it: a 4 × 4 analysis (four actors, four objectives) typed
 * in the page — MID cell by cell, 2MAO pasted from a spreadsheet — then the r* ranking is read,
 * and an out-of-range cell is refused with a message naming the cell.
 */
class MactorIT extends BrowserTest {

    @Test
    void fillAFourByFourAnalysisAndReadTheRanking() throws Exception {
        browser.signIn(app, "board", "demo");
        Http http = new Http(app, "board", "demo");
        long project = PagesSmokeIT.projectId(http, "Économie circulaire");
        browser.open(app.url("/core/projects/view.xhtml?id=" + project));
        browser.type(By.id("analysisForm:title"), "Jeux d'acteurs de test");
        browser.click(By.id("analysisForm:createAnalysis"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("/core/strategy/analysis.xhtml?id="));
        assertThat(browser.waitFor(By.id("noResult")).getText()).contains("Choisissez");

        List<String> actors = List.of("Atelier Z", "Bretagne Transition", "KonK Ar Lab", "Commune de Névez");
        for (String name : actors) {
            ((JavascriptExecutor) browser.driver())
                    .executeScript(
                            "PrimeFaces.widgets['widget_editForm_actors'].selectValue(arguments[0]);",
                            String.valueOf(ProjectJourneyIT.actorId(http, name)));
        }
        browser.type(
                By.id("editForm:objectivesText"),
                "* Ouvrir une recyclerie\n* Former des bénévoles\nTrouver un local\nLabel régional");
        browser.click(By.id("editForm:apply"));
        browser.waitUntil(
                d -> d.findElements(By.cssSelector("#midMatrix tbody tr")).size() == 4);

        // MID typed cell by cell (Atelier Z influences everyone strongly; Névez influences Atelier Z)
        int[][] mid = {{0, 3, 3, 2}, {1, 0, 2, 1}, {0, 1, 0, 0}, {3, 1, 1, 0}};
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#midMatrix tbody tr"));
        for (int i = 0; i < 4; i++) {
            List<WebElement> cells = rows.get(i).findElements(By.cssSelector("input.tl-cell"));
            for (int j = 0; j < 4; j++) {
                if (i != j) {
                    cells.get(j).clear();
                    cells.get(j).sendKeys(String.valueOf(mid[i][j]));
                }
            }
        }
        // 2MAO pasted from a spreadsheet (tab-separated)
        // (set as a paste would: typing a tab would move the focus)
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "document.getElementById('editForm:midPaste').value = arguments[0];",
                        "4\t3\t2\t1\n3\t4\t1\t2\n2\t2\t0\t1\n-2\t0\t-3\t1");
        browser.click(By.id("editForm:pasteMao"));
        browser.waitUntil(d -> "-3"
                .equals(d.findElements(By.cssSelector("#maoMatrix tbody tr"))
                        .get(3)
                        .findElements(By.cssSelector("input.tl-cell"))
                        .get(2)
                        .getAttribute("value")));
        browser.click(By.id("editForm:save"));
        browser.waitFor(By.id("ranking"));

        List<WebElement> ranking = browser.driver().findElements(By.cssSelector("#ranking tbody tr"));
        assertThat(ranking).hasSize(4);
        assertThat(ranking.get(0).findElement(By.cssSelector(".tl-rank-name")).getText())
                .isEqualTo("Atelier Z");
        assertThat(ranking.get(3).findElement(By.cssSelector(".tl-rank-name")).getText())
                .isEqualTo("KonK Ar Lab");
        double sum = 0;
        for (WebElement row : ranking) {
            sum += Double.parseDouble(
                    row.findElement(By.cssSelector(".tl-rstar")).getText().replace(',', '.'));
        }
        assertThat(sum).isBetween(3.97, 4.03); // mean of r* is 1
        assertThat(browser.driver().findElement(By.id("blockers")).getText()).doesNotContain("Atelier Z");
        browser.waitUntil(d -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript("return !!document.querySelector('#tl-convergence canvas');")));

        // An influence of 7 is refused at the cell, nothing saved
        WebElement cell = browser.driver()
                .findElements(By.cssSelector("#midMatrix tbody tr"))
                .get(0)
                .findElements(By.cssSelector("input.tl-cell"))
                .get(1);
        cell.clear();
        cell.sendKeys("7");
        browser.click(By.id("editForm:save"));
        browser.waitUntil(d -> d.findElement(By.id("editForm:matrixMessages"))
                .getText()
                .contains("«\u202FAtelier Z\u202F» → «\u202FBretagne Transition\u202F»"));
        assertThat(browser.driver().findElements(By.cssSelector("input.tl-invalid")))
                .hasSize(1);

        // MID imported from a CSV file with headers (as a spreadsheet exports it)
        java.nio.file.Path csv = java.nio.file.Files.createTempFile("mid", ".csv");
        java.nio.file.Files.writeString(csv, ";Z;BT;KAL;Névez\nZ;0;4;3;2\nBT;1;0;2;1\nKAL;0;1;0;0\nNévez;3;1;1;0\n");
        browser.driver()
                .findElement(By.cssSelector("#importForm input[type=file]"))
                .sendKeys(csv.toString());
        browser.click(By.id("importForm:importMatrix"));
        browser.waitUntil(d -> "4"
                .equals(d.findElements(By.cssSelector("#midMatrix tbody tr"))
                        .get(0)
                        .findElements(By.cssSelector("input.tl-cell"))
                        .get(1)
                        .getAttribute("value")));
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
