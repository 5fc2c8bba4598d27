package fr.tierslieu.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The pages people open on a phone (390 × 844) never scroll sideways as a whole: wide tables
 * and charts scroll inside their own box (the accessibility issue's measure:
 * {@code document.documentElement.scrollWidth <= window.innerWidth}).
 */
class PhoneWidthIT extends BrowserTest {

    @AfterEach
    void backToDefaultSize() {
        browser.driver().manage().window().setSize(new Dimension(1400, 1000));
    }

    @NeedsModules({"economy", "studytrip"})
    @Test
    void theMainPagesFitAPhonesWidth() {
        Http manager = new Http(app, "manager", "demo");
        long project = PagesSmokeIT.projectId(manager, "Atelier Z – tiers-lieu");
        String model = manager.get("/api/economy/models").body().replaceAll("(?s).*?\"id\":(\\d+).*", "$1");
        long trip = DemoRecords.trip(app);
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("dashboard", "/index.xhtml");
        pages.put("actor list", "/core/actors/list.xhtml");
        pages.put("economic model", "/economy/model.xhtml?id=" + model);
        pages.put("roadmap", "/core/projects/roadmap.xhtml?id=" + project);
        pages.put("day programme", "/studytrip/day.xhtml?id=" + trip);
        // the date poll as an invitee opens it from the link of their e-mail (no account)
        browser.signIn(app, "organizer", "demo");
        browser.open(app.url("/studytrip/poll.xhtml?id=" + trip));
        String poll = browser.waitFor(By.cssSelector("input.tl-link-copy")).getAttribute("value");
        pages.put("public date poll", poll.substring(poll.indexOf("/public/")));
        browser.click(By.id("topbarForm:logout"));
        browser.waitFor(By.id("loginForm:username"));
        browser.signIn(app, "manager", "demo");
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        List<String> wide = new ArrayList<>();
        List<Accessibility.Finding> accessibility = new ArrayList<>();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            browser.open(app.url(page.getValue()));
            browser.waitFor(By.cssSelector("main"));
            accessibility.addAll(Accessibility.scan(browser.driver(), "fr " + page.getValue() + " (390 px, manager)"));
            long scroll = ((Number) ((JavascriptExecutor) browser.driver())
                            .executeScript("return document.documentElement.scrollWidth;"))
                    .longValue();
            long inner = ((Number) ((JavascriptExecutor) browser.driver()).executeScript("return window.innerWidth;"))
                    .longValue();
            if (scroll > inner) {
                // name the widest boxes, to find what to fix
                Object culprits = ((JavascriptExecutor) browser.driver())
                        .executeScript(
                                "var w = window.innerWidth; return Array.from(document.querySelectorAll('body *')).filter(function (e) {"
                                        + "var r = e.getBoundingClientRect(); return r.right > w + 1 && r.width > 0"
                                        + " && !Array.from(e.children).some(function (c) { return c.getBoundingClientRect().right > w + 1; }); })"
                                        + ".slice(0, 4).map(function (e) { return e.tagName + '#' + e.id + '.' + e.className + ' ' +"
                                        + " Math.round(e.getBoundingClientRect().right); }).join(' | ')");
                wide.add(page.getKey() + " " + scroll + " px > " + inner + " px: " + culprits);
            }
        }
        assertThat(wide).as("pages wider than the phone").isEmpty();
        assertThat(accessibility.stream()
                        .filter(Accessibility.Finding::blocking)
                        .map(Accessibility.Finding::toString))
                .as("see target/accessibility-report.md")
                .isEmpty();
    }

    @Test
    void onAPhoneTheContentComesFirstAndTheMenuOpensFromItsButton() {
        browser.signIn(app, "viewer", "demo");
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.open(app.url("/index.xhtml"));
        org.openqa.selenium.WebElement button = browser.waitFor(By.id("menuButton"));
        org.openqa.selenium.WebElement menu = browser.driver().findElement(By.id("mainMenu"));
        assertThat(button.isDisplayed()).isTrue();
        assertThat(button.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(menu.isDisplayed()).isFalse();
        // the page's title is on the first screen, under the top bar
        long h1Top = ((Number) ((JavascriptExecutor) browser.driver())
                        .executeScript("return document.querySelector('h1').getBoundingClientRect().top;"))
                .longValue();
        assertThat(h1Top).isLessThan(200);

        // with the keyboard: Enter opens it and moves into it, Escape closes it and comes back
        button.sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.waitUntil(d -> menu.isDisplayed());
        assertThat(button.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(browser.driver().switchTo().activeElement().getAttribute("class"))
                .contains("tl-menu-home");
        browser.driver().switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ESCAPE);
        browser.waitUntil(d -> !menu.isDisplayed());
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id"))
                .isEqualTo("menuButton");

        // a tap opens it, and its links lead to the pages
        button.click();
        browser.waitUntil(d -> menu.isDisplayed());
        menu.findElement(By.cssSelector("a[href*='/core/actors/list.xhtml']")).click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/core/actors/list.xhtml"));
        assertThat(browser.driver().findElement(By.id("mainMenu")).isDisplayed())
                .isFalse();

        // on a desktop screen the menu is always there and the button is not
        browser.driver().manage().window().setSize(new Dimension(1366, 800));
        browser.open(app.url("/index.xhtml"));
        assertThat(browser.waitFor(By.id("mainMenu")).isDisplayed()).isTrue();
        assertThat(browser.driver().findElement(By.id("menuButton")).isDisplayed())
                .isFalse();
        browser.click(By.id("topbarForm:logout"));
        browser.waitFor(By.id("loginForm:username"));
    }
}
