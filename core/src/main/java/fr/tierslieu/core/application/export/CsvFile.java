package fr.tierslieu.core.application.export;

import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * A CSV file a user uploads for an import, read the same way by every import: the text of its bytes
 * (UTF-8, or Windows-1252 as Excel on Windows saves it), then its rows once the checks every import
 * makes pass — not empty, at most {@link Uploads#MAX_FILE_BYTES}, quotes closed, a header and at
 * least one line, at most {@code maxLines} lines.
 */
public final class CsvFile {

    private CsvFile() {}

    /** The file's text: UTF-8 when it is valid UTF-8, Windows-1252 otherwise. */
    public static String text(byte[] content) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(content, Charset.forName("windows-1252"));
        }
    }

    /**
     * The rows, header first; or none, with the reason added to {@code errors}.
     *
     * @param noDataKey the message when the file has only a header (it names what a line is)
     */
    public static List<Csv.Row> rows(
            String text,
            int maxLines,
            String noDataKey,
            MessageBundles messages,
            Locale locale,
            List<ValidationFailure.Violation> errors) {
        if (text == null || text.isBlank()) {
            errors.add(new ValidationFailure.Violation(null, messages.get(locale, "core.import.error.empty")));
            return List.of();
        }
        if (text.length() > Uploads.MAX_FILE_BYTES) {
            errors.add(new ValidationFailure.Violation(
                    null, messages.format(locale, "core.upload.tooLarge", Uploads.MAX_FILE_BYTES / (1024 * 1024))));
            return List.of();
        }
        List<Csv.Row> rows;
        try {
            rows = Csv.parse(text, Csv.detectSeparator(text.startsWith(Csv.BOM) ? text.substring(1) : text));
        } catch (IllegalArgumentException e) {
            errors.add(new ValidationFailure.Violation(
                    null, messages.format(locale, "core.import.error.unclosedQuote", e.getMessage())));
            return List.of();
        }
        if (rows.size() <= 1) {
            errors.add(new ValidationFailure.Violation(null, messages.get(locale, noDataKey)));
            return List.of();
        }
        if (rows.size() - 1 > maxLines) {
            errors.add(new ValidationFailure.Violation(
                    null, messages.format(locale, "core.import.error.tooMany", maxLines)));
            return List.of();
        }
        return rows;
    }
}
