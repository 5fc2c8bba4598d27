package fr.tierslieu.core.application.export;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV, the way French spreadsheets write it: fields separated by ';' (or ','), quoted with
 * '"' when needed, quotes doubled inside; a UTF-8 byte-order mark is skipped on reading and written
 * on export so that Excel shows accents right. Pure and small on purpose.
 */
public final class Csv {

    public static final char DEFAULT_SEPARATOR = ';';
    public static final String BOM = "\uFEFF";

    private Csv() {
    }

    /** A parsed record with the (1-based) line it starts on, for error reports. */
    public record Row(int line, List<String> fields) {
    }

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

    /**
     * Parses the whole text. Blank lines are skipped.
     *
     * @throws IllegalArgumentException naming the line of an unterminated quoted field
     */
    public static List<Row> parse(String text, char separator) {
        String s = text.startsWith(BOM) ? text.substring(1) : text;
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int line = 1;
        int rowStart = 1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
            } else if (c == '\r') {
                // ignored: \r\n and \n end a row alike
            } else if (c == '\n') {
                fields.add(field.toString());
                addRow(rows, rowStart, fields);
                fields = new ArrayList<>();
                field.setLength(0);
                fieldStarted = false;
                line++;
                rowStart = line;
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("line " + rowStart + ": a quoted field is never closed");
        }
        if (fieldStarted || field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            addRow(rows, rowStart, fields);
        }
        return rows;
    }

    private static void addRow(List<Row> rows, int line, List<String> fields) {
        boolean blank = fields.stream().allMatch(f -> f.isBlank());
        if (!blank) {
            rows.add(new Row(line, List.copyOf(fields)));
        }
    }

    /** One CSV line (without line break) from {@code fields}; null is an empty field. */
    public static String line(List<?> fields, char separator) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(separator);
            }
            Object value = fields.get(i);
            String text = value == null ? "" : value.toString();
            boolean needsQuotes = text.indexOf(separator) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                    || text.indexOf('\r') >= 0 || (!text.isEmpty() && (text.charAt(0) == ' ' || text.charAt(text.length() - 1) == ' '));
            // A leading =, +, - or @ would be run as a formula by spreadsheets: neutralise it.
            if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+([.,]\\d+)?")) {
                text = "'" + text;
            }
            if (needsQuotes) {
                sb.append('"').append(text.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(text);
            }
        }
        return sb.toString();
    }
}
