package fr.tierslieu.web.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the browser tests on the shared demo application: one browser per test class, closed
 * afterwards; a failure leaves a screenshot, the page and the console in target/e2e-failures.
 */
@ExtendWith(FailureArtifacts.class)
abstract class BrowserTest {

    static LocalApp app;
    static Browser browser;

    @BeforeAll
    static void openBrowser() {
        app = LocalApp.get();
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
