package fr.tierslieu.core.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of a PDF as a reader would copy it (Apache PDFBox's text stripper, which separates table
 * cells by their positions), and the checks of the house rules for French (docs/glossary.md)
 * that a French document must pass.
 */
public final class PdfText {

    /**
     * A number of five digits or more written without a thousands separator (« 55176 »); not a form's
     * or a text's number (« Cerfa n° 12156*06 », « loi n° 47-1775 »).
     */
    private static final Pattern UNGROUPED =
            Pattern.compile("(?<![\\d/.:\\-–])(?<!n°[ \u00a0\u202f])\\d{5,}(?![\\d/*])");
    /** A decimal point between digits (« 57.5 », « 100.00 % »). */
    private static final Pattern DECIMAL_POINT = Pattern.compile("(?<![\\d.])\\d+\\.\\d+(?![\\d.])");
    /** An ordinary space before « : ; ! ? % » or inside « ». */
    private static final Pattern BREAKING_SPACE = Pattern.compile(" [:;!?%»]|« ");

    private PdfText() {}

    public static String of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a French reader would see as wrong in the text: each problem with its context. */
    public static List<String> frenchProblems(String text) {
        List<String> out = new ArrayList<>();
        find(UNGROUPED, text, "no thousands separator", out);
        find(DECIMAL_POINT, text, "decimal point", out);
        find(BREAKING_SPACE, text, "breaking space", out);
        return out;
    }

    private static void find(Pattern pattern, String text, String what, List<String> out) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(what + ": …"
                    + text.substring(Math.max(0, m.start() - 25), Math.min(text.length(), m.end() + 15))
                            .replace('\n', ' ')
                    + "…");
        }
    }
}
