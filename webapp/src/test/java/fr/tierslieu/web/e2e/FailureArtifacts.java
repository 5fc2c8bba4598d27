package fr.tierslieu.web.e2e;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/**
 * When a browser test fails, keeps a screenshot, the page source and the browser console in
 * {@code target/e2e-failures/}, so that a red CI run can be understood without re-running it.
 */
public class FailureArtifacts implements TestExecutionExceptionHandler {

    static volatile Browser current;

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        Browser browser = current;
        if (browser != null) {
            try {
                Path dir = Path.of("target", "e2e-failures");
                Files.createDirectories(dir);
                String name = context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName();
                Files.write(
                        dir.resolve(name + ".png"),
                        ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
                Files.writeString(
                        dir.resolve(name + ".html"),
                        browser.driver().getCurrentUrl() + "\n"
                                + browser.driver().getPageSource(),
                        StandardCharsets.UTF_8);
                Files.writeString(
                        dir.resolve(name + ".console.txt"),
                        String.join("\n", browser.consoleErrors()),
                        StandardCharsets.UTF_8);
            } catch (RuntimeException | java.io.IOException e) {
                throwable.addSuppressed(e);
            }
        }
        throw throwable;
    }
}
