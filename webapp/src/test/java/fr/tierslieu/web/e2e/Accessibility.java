package fr.tierslieu.web.e2e;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (Deque's maintained rules engine, through its Selenium integration) on the page
 * the browser shows, against WCAG 2.1 A and AA — the technical base of the RGAA. « serious » and
 * « critical » findings fail the browser tests; every finding is appended to
 * {@code target/accessibility-report.md}, the file docs/accessibility.md quotes.
 */
final class Accessibility {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    static final Set<String> BLOCKING = Set.of("serious", "critical");
    static final Path REPORT = Path.of("target", "accessibility-report.md");

    /** One rule broken on one page. */
    record Finding(String where, String rule, String impact, String help, int nodes, String example) {
        boolean blocking() {
            return BLOCKING.contains(impact);
        }

        @Override
        public String toString() {
            return where + " — " + impact + " " + rule + " (" + nodes + "×): " + help + " — e.g. " + example;
        }
    }

    private Accessibility() {}

    /** The violations of the page shown, {@code where} naming it (page, language, width). */
    static List<Finding> scan(WebDriver driver, String where) {
        Results results = new AxeBuilder().withTags(TAGS).analyze(driver);
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core could not run on " + where + ": " + results.getErrorMessage());
        }
        List<Finding> out = new ArrayList<>();
        for (Rule r : results.getViolations()) {
            List<CheckedNode> nodes = r.getNodes();
            String example = nodes.isEmpty()
                    ? ""
                    : String.valueOf(nodes.get(0).getTarget()) + " "
                            + abbreviate(nodes.get(0).getHtml()) + " "
                            + abbreviate(nodes.get(0).getFailureSummary());
            out.add(new Finding(
                    where,
                    r.getId(),
                    r.getImpact() == null ? "minor" : r.getImpact(),
                    r.getHelp(),
                    nodes.size(),
                    example));
        }
        report(out);
        return out;
    }

    private static String abbreviate(String html) {
        String h = html == null ? "" : html.replaceAll("\\s+", " ");
        return h.length() > 160 ? h.substring(0, 160) + "…" : h;
    }

    private static synchronized void report(List<Finding> findings) {
        try {
            Files.createDirectories(REPORT.getParent());
            if (!Files.exists(REPORT)) {
                Files.writeString(
                        REPORT,
                        "# axe-core findings (WCAG 2.1 A/AA)\n\n| where | impact | rule | nodes | help | example |\n|---|---|---|---|---|---|\n",
                        StandardCharsets.UTF_8);
            }
            StringBuilder sb = new StringBuilder();
            for (Finding f : findings) {
                sb.append("| ")
                        .append(f.where())
                        .append(" | ")
                        .append(f.impact())
                        .append(" | ")
                        .append(f.rule())
                        .append(" | ")
                        .append(f.nodes())
                        .append(" | ")
                        .append(f.help().replace("|", "/"))
                        .append(" | `")
                        .append(f.example().replace("|", "/").replace("`", "'"))
                        .append("` |\n");
            }
            Files.writeString(REPORT, sb.toString(), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
