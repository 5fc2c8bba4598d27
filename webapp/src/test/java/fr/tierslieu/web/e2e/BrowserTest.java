package fr.tierslieu.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the browser tests on the shared demo application: one browser per test class, closed
 * afterwards; a failure leaves a screenshot, the page and the console in target/e2e-failures. After
 * the class, no page it opened may have left in the session something a cluster cannot replicate:
 * the application serializes every session attribute after each request
 * ({@code TIERSLIEU_CHECK_SESSIONS}, set by {@link LocalApp}) and logs the culprit's path.
 */
@ExtendWith(FailureArtifacts.class)
abstract class BrowserTest {

    static LocalApp app;
    static Browser browser;
    /** The application's log before this class (the lines after it are its pages'). */
    private static long logMark;

    @BeforeAll
    static void openBrowser() {
        app = LocalApp.get();
        logMark = app.logLines();
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        assertThat(app.logSince(logMark, fr.tierslieu.web.shell.SessionSerializationCheck.MARK))
                .as("session attributes that a cluster cannot replicate (" + app.log() + ")")
                .isEmpty();
    }
}
