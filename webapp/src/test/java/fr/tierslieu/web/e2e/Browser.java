package fr.tierslieu.web.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, kept off the network: only localhost resolves, no
 * background services. Collects the browser console so tests can fail on script or CSP errors.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final WebDriverWait wait;

    public Browser() {
        this(false);
    }

    /** @param selfSignedTls accept the test's self-signed certificate (the HTTPS test through nginx) */
    /** The browser that was current when this one opened, current again once this one closes. */
    private Browser previous;

    public Browser(boolean selfSignedTls) {
        try {
            ChromeOptions options = new ChromeOptions();
            if (selfSignedTls) {
                options.addArguments("--ignore-certificate-errors");
            }
            String binary = System.getProperty("chrome.binary", "/usr/bin/chromium");
            options.setBinary(binary);
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    "--disable-extensions",
                    "--disable-quic",
                    "--window-size=1400,1000",
                    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1",
                    "--lang=fr-FR",
                    "--user-data-dir=" + Files.createTempDirectory("tierslieu-chrome-"));
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(System.getProperty("chromedriver", "/usr/bin/chromedriver")))
                    .usingAnyFreePort()
                    .build();
            driver = new ChromeDriver(service, options);
            wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            previous = FailureArtifacts.current;
            FailureArtifacts.current = this;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    public WebElement waitFor(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * Waits for the condition; an element replaced by an ajax update while it is read (stale, or a
     * list of rows momentarily empty) just means "not yet".
     */
    public void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        wait.until(d -> {
            try {
                return condition.apply(d);
            } catch (org.openqa.selenium.StaleElementReferenceException | IndexOutOfBoundsException e) {
                return false;
            }
        });
    }

    /** Sets a PrimeFaces InputNumber through its widget (typing would append to the formatted value). */
    public void setNumber(String id, Object value) {
        waitFor(By.id(id + "_input"));
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript(
                        "PrimeFaces.widgets['widget_" + id.replace(":", "_") + "'].setValue(arguments[0]);",
                        String.valueOf(value));
    }

    /** Sets a PrimeFaces InputNumber and fires its change event, as a user leaving the field would. */
    public void changeNumber(String id, Object value) {
        setNumber(id, value);
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("jQuery(PrimeFaces.escapeClientId(arguments[0])).trigger('change');", id + "_input");
    }

    public void type(By by, String text) {
        WebElement input = waitFor(by);
        input.clear();
        String left = input.getAttribute("value");
        if (left != null && !left.isEmpty()) {
            // a date picker puts its value back on clear(): select it and delete it as a person would
            input.sendKeys(
                    org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
                    org.openqa.selenium.Keys.DELETE);
        }
        input.sendKeys(text);
    }

    /**
     * Types as a person does: focuses the field by a click, selects what is there, then one key
     * at a time with a pause between keys (so that widgets that react to the first keys, such as a
     * date pop-up, have the time to do so), and optionally a last key (Tab, Enter).
     */
    public void typeLikeAPerson(By by, String text, CharSequence lastKey) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(by));
        input.click();
        input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"));
        input.sendKeys(org.openqa.selenium.Keys.BACK_SPACE);
        for (char c : text.toCharArray()) {
            driver.switchTo().activeElement().sendKeys(String.valueOf(c));
            try {
                Thread.sleep(90);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        if (lastKey != null) {
            driver.switchTo().activeElement().sendKeys(lastKey);
        }
    }

    /**
     * Clicks and waits until the element found by {@code replaced} has been rendered again (an
     * ajax update): what follows then reads and types in the new page, not in the old one.
     */
    public void clickAndWaitForUpdate(By button, By replaced) {
        WebElement old = waitFor(replaced);
        click(button);
        wait.until(d -> {
            try {
                old.getTagName();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                return true;
            }
        });
    }

    public void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    /** Signs in through the login form and waits for the dashboard. */
    public void signIn(LocalApp app, String username, String password) {
        open(app.url("/login.xhtml"));
        type(By.id("loginForm:username"), username);
        type(By.id("loginForm:password"), password);
        click(By.id("loginForm:submit"));
        wait.until(ExpectedConditions.urlContains("/index.xhtml"));
    }

    /** Console messages at SEVERE level (script errors, CSP violations), other than missing favicons. */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> !m.contains("favicon.ico"))
                .toList();
    }

    @Override
    public void close() {
        driver.quit();
        if (FailureArtifacts.current == this) {
            // a second browser opened inside a test hands the failure artifacts back to the first
            FailureArtifacts.current = previous;
        }
    }
}
