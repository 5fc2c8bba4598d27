package fr.tierslieu.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The Gantt and the MACTOR pages read at a laptop's 1366 × 800 and a phone's 390 × 844: the
 * Gantt's label column leaves the bars the width and a bar can be dragged; the demo's two
 * analyses compare with both sides filled, an empty side says why, names are never cut and the
 * names on the influence–dependence plane never overlap.
 */
class ReadableChartsIT extends BrowserTest {

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser.driver();
    }

    @AfterEach
    void backToDefaultSize() {
        browser.driver().manage().window().setSize(new Dimension(1400, 1000));
    }

    private double ganttLabelShare() {
        return ((Number) js().executeScript("var t = document.querySelector('#roadmapForm\\\\:gantt .vis-timeline');"
                        + "var l = t.querySelector('.vis-panel.vis-left');"
                        + "return l.getBoundingClientRect().width / t.getBoundingClientRect().width;"))
                .doubleValue();
    }

    @NeedsModules("studytrip")
    @Test
    void theGanttLeavesTheBarsTheWidthAndABarCanBeDragged() {
        browser.driver().manage().window().setSize(new Dimension(1366, 800));
        browser.signIn(app, "manager", "demo");
        long project = PagesSmokeIT.projectId(new Http(app, "manager", "demo"), "Atelier Z – tiers-lieu");
        // a trip whose title is HTML: an editor's Gantt must show it as text, before and after a drag
        Http organizer = new Http(app, "organizer", "demo");
        assertThat(organizer
                        .post(
                                "/api/studytrip/trips",
                                "{\"title\":\"<img src=x id=xss2 onerror=window.xss=1><b id=xssBold2>gras</b>\","
                                        + "\"date\":\""
                                        + java.time.LocalDate.now().plusMonths(3)
                                        + "\",\"destination\":\"Lannion\",\"lat\":48.73,"
                                        + "\"lon\":-3.46,\"capacity\":10,\"projectId\":" + project + "}")
                        .status())
                .isEqualTo(201);
        browser.open(app.url("/core/projects/roadmap.xhtml?id=" + project));
        browser.waitFor(By.cssSelector("#roadmapForm\\:gantt .vis-item.vis-range"));
        assertThat(ganttLabelShare())
                .as("label column share of the Gantt at 1366 px")
                .isLessThan(0.3);
        // it opens on the whole plan: the first and the last task are both in view
        assertThat(((Number)
                                js().executeScript(
                                                "var c = document.querySelector('#roadmapForm\\\\:gantt .vis-panel.vis-center')"
                                                        + ".getBoundingClientRect();"
                                                        + "return Array.from(document.querySelectorAll('#roadmapForm\\\\:gantt .vis-item')).filter(function (i) {"
                                                        + "var r = i.getBoundingClientRect(); return r.left < c.left - 1 || r.left > c.right + 1; }).length;"))
                        .intValue())
                .as("items starting outside the whole-plan view")
                .isZero();
        // each bar's tooltip gives its earliest and latest dates and its slack
        assertThat((String) js().executeScript("return PF('roadmapGantt').instance.itemsData.get()"
                        + ".map(function (i) { return i.title; }).join(' | ');"))
                .contains("au plus tôt du")
                .contains("au plus tard du")
                .contains("marge");
        // the zoom buttons: this month shows a month
        browser.click(By.cssSelector("[data-zoom='MONTH']"));
        browser.waitUntil(d -> ((Number)
                                js().executeScript(
                                                "return PF('roadmapGantt').instance.getWindow().end - PF('roadmapGantt').instance.getWindow().start;"))
                        .longValue()
                <= 31L * 24 * 3600 * 1000);
        assertThat(((Number)
                                js().executeScript(
                                                "return PF('roadmapGantt').instance.getWindow().end - PF('roadmapGantt').instance.getWindow().start;"))
                        .longValue())
                .isGreaterThanOrEqualTo(28L * 24 * 3600 * 1000);
        // « Six mois autour d'aujourd'hui »: the widest task in view is a bar one can grab, not a sliver
        browser.click(By.id("roadmapForm:ganttToday"));
        browser.waitUntil(d -> {
            long shown = ((Number)
                            js().executeScript(
                                            "return PF('roadmapGantt').instance.getWindow().end - PF('roadmapGantt').instance.getWindow().start;"))
                    .longValue();
            return shown > 150L * 24 * 3600 * 1000 && shown < 200L * 24 * 3600 * 1000;
        });
        WebElement bar = (WebElement)
                js().executeScript(
                                "var c = document.querySelector('#roadmapForm\\\\:gantt .vis-panel.vis-center')"
                                        + ".getBoundingClientRect();"
                                        + "return Array.from(document.querySelectorAll('#roadmapForm\\\\:gantt .vis-item.vis-range.tl-gantt-task'))"
                                        + ".filter(function (i) { var r = i.getBoundingClientRect();"
                                        + "  return !i.classList.contains('tl-gantt-contributed') && r.left >= c.left && r.right <= c.right; })"
                                        + ".sort(function (a, b) { return b.getBoundingClientRect().width - a.getBoundingClientRect().width; })[0];");
        assertThat(bar).as("a task bar wholly in view").isNotNull();
        assertThat(bar.getSize().getWidth())
                .as("widest task bar in view, in px")
                .isGreaterThanOrEqualTo(40);

        // dragging it later moves the task ("not before"): the page says so
        js().executeScript("arguments[0].scrollIntoView({block: 'center'})", bar);
        new Actions(browser.driver())
                .moveToElement(bar)
                .clickAndHold()
                .pause(java.time.Duration.ofMillis(200))
                .moveByOffset(30, 0)
                .pause(java.time.Duration.ofMillis(200))
                .moveByOffset(30, 0)
                .pause(java.time.Duration.ofMillis(200))
                .release()
                .perform();
        browser.waitUntil(d -> d.findElement(By.id("messages")).getText().contains("planning recalculé"));
        // the timeline was rendered again by the update: titles still text, nothing blocked by the CSP
        browser.waitFor(By.cssSelector("#roadmapForm\\:gantt .vis-item"));
        assertThat(browser.driver().findElements(By.id("xss2"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("xssBold2"))).isEmpty();
        assertThat(browser.driver().findElement(By.id("roadmapForm:gantt")).getText())
                .contains("<b id=xssBold2>gras</b>");
        assertThat(browser.consoleErrors()).isEmpty();

        // on a phone the bars still show beside shorter labels
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.open(app.url("/core/projects/roadmap.xhtml?id=" + project));
        browser.waitFor(By.cssSelector("#roadmapForm\\:gantt .vis-item"));
        assertThat(ganttLabelShare())
                .as("label column share of the Gantt at 390 px")
                .isLessThan(0.45);
        assertThat(((Number)
                                js().executeScript(
                                                "var c = document.querySelector('#roadmapForm\\\\:gantt .vis-panel.vis-center')"
                                                        + ".getBoundingClientRect();"
                                                        + "return Array.from(document.querySelectorAll('#roadmapForm\\\\:gantt .vis-item')).filter(function (i) {"
                                                        + "var r = i.getBoundingClientRect(); return r.width > 0 && r.right > c.left && r.left < c.right; }).length;"))
                        .intValue())
                .as("items visible in the phone's Gantt")
                .isPositive();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void theDemoAnalysesCompareAndTheirNamesStayReadable() {
        browser.driver().manage().window().setSize(new Dimension(1366, 800));
        browser.signIn(app, "viewer", "demo");
        long project = PagesSmokeIT.projectId(new Http(app, "viewer", "demo"), "Atelier Z – tiers-lieu");
        browser.open(app.url("/core/projects/view.xhtml?id=" + project));
        String temps1 = null;
        String temps3 = null;
        for (WebElement a : browser.driver().findElements(By.cssSelector("#analysisForm\\:analysisTable a"))) {
            String id = a.getAttribute("href").replaceAll(".*id=", "");
            if (a.getText().contains("Temps 1")) {
                temps1 = id;
            } else if (a.getText().contains("Temps 3")) {
                temps3 = id;
            }
        }
        assertThat(temps1).isNotNull();
        assertThat(temps3).isNotNull();

        // « Qui a bougé ? » between Temps 1 and Temps 3: every actor has a figure on both sides
        browser.open(app.url("/core/strategy/compare.xhtml?before=" + temps1 + "&after=" + temps3));
        List<WebElement> rows = browser.waitFor(By.id("compareForm:moves")).findElements(By.cssSelector("tbody tr"));
        assertThat(rows).hasSize(6);
        for (WebElement row : rows) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            assertThat(cells.get(1).getText())
                    .as("r* before for " + cells.get(0).getText())
                    .matches("\\d+,\\d\\d");
            assertThat(cells.get(2).getText())
                    .as("r* after for " + cells.get(0).getText())
                    .matches("\\d+,\\d\\d");
        }
        assertThat(browser.driver().findElements(By.cssSelector("#emptySides li")))
                .isEmpty();
        assertNoCellCut("#compareForm\\\\:moves td");

        // the analysis: full names in the ranking, names on the plane that do not overlap
        browser.open(app.url("/core/strategy/analysis.xhtml?id=" + temps3));
        browser.waitFor(By.id("ranking"));
        assertNoCellCut("#ranking td");
        browser.waitUntil(d -> js().executeScript(planeLabels()) != null);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> labels = (List<Map<String, Object>>) js().executeScript(planeLabels());
        assertThat(labels).hasSize(6);
        List<String> overlapping = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                if (overlap(labels.get(i), labels.get(j))) {
                    overlapping.add(
                            labels.get(i).get("name") + " / " + labels.get(j).get("name"));
                }
            }
        }
        assertThat(overlapping).as("names drawn over each other on the plane").isEmpty();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void anEmptySideOfAComparisonSaysWhy() {
        browser.signIn(app, "board", "demo");
        long project = PagesSmokeIT.projectId(new Http(app, "board", "demo"), "Économie circulaire");
        browser.open(app.url("/core/projects/view.xhtml?id=" + project));
        browser.type(By.id("analysisForm:title"), "Analyse encore vide");
        browser.click(By.id("analysisForm:createAnalysis"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("/core/strategy/analysis.xhtml?id="));
        String id = browser.driver().getCurrentUrl().replaceAll(".*id=", "");
        browser.open(app.url("/core/strategy/compare.xhtml?before=" + id + "&after=" + id));
        assertThat(browser.waitFor(By.id("emptySides")).getText())
                .contains(
                        "«\u202FAnalyse encore vide\u202F» n’a pas encore de résultat\u202F: aucun acteur n’y est saisi");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private static String planeLabels() {
        return "var cv = document.querySelector('[id$=\"plane\"] canvas');"
                + "var ch = cv && ((window.Chart && Chart.getChart(cv)) || Object.values(PrimeFaces.widgets)"
                + ".map(function (w) { return w && w.chart; }).find(function (c) { return c && c.canvas === cv; }));"
                + "return ch && ch.$tlLabels ? ch.$tlLabels : null;";
    }

    private static boolean overlap(Map<String, Object> a, Map<String, Object> b) {
        double ax = num(a, "x"), ay = num(a, "y"), aw = num(a, "w"), ah = num(a, "h");
        double bx = num(b, "x"), by = num(b, "y"), bw = num(b, "w"), bh = num(b, "h");
        return ax < bx + bw && bx < ax + aw && ay < by + bh && by < ay + ah;
    }

    private static double num(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).doubleValue();
    }

    /** No cell hides part of its text (cut by the column's width). */
    private void assertNoCellCut(String selector) {
        @SuppressWarnings("unchecked")
        List<String> cut =
                (List<String>) js().executeScript("return Array.from(document.querySelectorAll('" + selector + "'))"
                        + ".filter(function (td) { return td.scrollWidth > td.clientWidth + 1; })"
                        + ".map(function (td) { return td.textContent.trim(); });");
        assertThat(cut).as("cells whose text is cut").isEmpty();
    }
}
