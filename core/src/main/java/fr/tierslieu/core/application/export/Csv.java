package fr.tierslieu.core.application.export;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;

/**
 * CSV the way French spreadsheets write it, read and written by Apache Commons CSV (RFC 4180):
 * fields separated by ';' (or ',' or a tab), quoted with '"' when needed, quotes doubled inside.
 * What this class adds to the library: a UTF-8 byte-order mark skipped on reading and written on
 * export so that Excel shows accents right, the separator guessed from the header line, each row
 * with the line it starts on for error reports, blank rows skipped, and cells that a spreadsheet
 * would run as a formula disarmed on export.
 */
public final class Csv {

    public static final char DEFAULT_SEPARATOR = ';';
    public static final String BOM = "\uFEFF";

    private Csv() {}

    /** A parsed record with the (1-based) line it starts on, for error reports. */
    public record Row(int line, List<String> fields) {}

    /** The separator the header line uses: ';' unless the first line has more ',' than ';' (or a tab). */
    public static char detectSeparator(String text) {
        String first = text.lines().findFirst().orElse("");
        long semicolons = first.chars().filter(c -> c == ';').count();
        long commas = first.chars().filter(c -> c == ',').count();
        long tabs = first.chars().filter(c -> c == '\t').count();
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return commas > semicolons ? ',' : ';';
    }

    private static CSVFormat reading(char separator) {
        return CSVFormat.RFC4180
                .builder()
                .setDelimiter(separator)
                // blank lines come back as one empty field and are skipped below, so that the
                // line numbers the parser counts stay those of the file
                .setIgnoreEmptyLines(false)
                // "ab"c reads as abc, as spreadsheets do, instead of failing the whole file
                .setTrailingData(true)
                .get();
    }

    private static CSVFormat writing(char separator) {
        return CSVFormat.RFC4180
                .builder()
                .setDelimiter(separator)
                .setQuoteMode(QuoteMode.MINIMAL)
                .setRecordSeparator("")
                .get();
    }

    /**
     * Parses the whole text. Blank lines are skipped.
     *
     * @throws IllegalArgumentException naming the line of an unterminated quoted field
     */
    public static List<Row> parse(String text, char separator) {
        String s = text.startsWith(BOM) ? text.substring(1) : text;
        List<Row> rows = new ArrayList<>();
        long start = 1;
        try (CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(s))
                .setFormat(reading(separator))
                .get()) {
            // the iterator parses a record when asked whether there is one: the line count read
            // just before that is where the record starts
            Iterator<CSVRecord> records = parser.iterator();
            start = parser.getCurrentLineNumber() + 1;
            while (records.hasNext()) {
                List<String> fields = records.next().toList();
                if (!fields.stream().allMatch(String::isBlank)) {
                    rows.add(new Row((int) start, List.copyOf(fields)));
                }
                start = parser.getCurrentLineNumber() + 1;
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new IllegalArgumentException("line " + start + ": a quoted field is never closed", e);
        }
        return rows;
    }

    /** One CSV line (without line break) from {@code fields}; null is an empty field. */
    public static String line(List<?> fields, char separator) {
        Object[] values = new Object[fields.size()];
        for (int i = 0; i < values.length; i++) {
            Object value = fields.get(i);
            String text = value == null ? "" : value.toString();
            // A leading =, +, - or @ would be run as a formula by spreadsheets: neutralise it.
            if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+([.,]\\d+)?")) {
                text = "'" + text;
            }
            values[i] = text;
        }
        return writing(separator).format(values);
    }
}
