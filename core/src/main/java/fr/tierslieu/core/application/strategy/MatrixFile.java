package fr.tierslieu.core.application.strategy;

import fr.tierslieu.core.application.export.Uploads;
import fr.tierslieu.core.domain.strategy.MactorAnalysis;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads a matrix of whole numbers typed in a spreadsheet: text pasted from Excel or LibreOffice
 * (tab-separated), a CSV file ({@code ;}, {@code ,} or tab), or the first sheet of an {@code .xlsx}
 * workbook. A first row and a first column of names (anything that is not a number) are skipped,
 * so the matrix may come with or without its headers. Empty lines are ignored.
 */
public final class MatrixFile {

    private MatrixFile() {}

    /** A cell that is not a whole number: its line (from 1, as the user sees it) and its text. */
    public static final class BadCell extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final String text;

        BadCell(int line, String text) {
            super("line " + line + ": " + text);
            this.line = line;
            this.text = text;
        }

        public int line() {
            return line;
        }

        public String text() {
            return text;
        }
    }

    /** Lines and cells per line a matrix file may have (the largest analysis plus a row and a column of names). */
    public static final int MAX_LINES = MactorAnalysis.MAX_ACTORS + 1;

    public static final int MAX_CELLS = Math.max(MactorAnalysis.MAX_ACTORS, MactorAnalysis.MAX_OBJECTIVES) + 1;

    /** A file or text larger than a matrix can be: too many lines or cells. */
    public static final class TooLarge extends Exception {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("at most " + MAX_LINES + " lines of " + MAX_CELLS + " cells");
        }
    }

    public static int[][] fromText(String text) throws BadCell, TooLarge {
        List<List<String>> rows = new ArrayList<>();
        for (String line : (text == null ? "" : text).split("\\R")) {
            if (rows.size() >= MAX_LINES && !line.isBlank()) {
                throw new TooLarge();
            }
            String separator =
                    line.contains("\t") ? "\t" : line.contains(";") ? ";" : line.contains(",") ? "," : "\\s+";
            List<String> cells = new ArrayList<>();
            for (String c : line.strip().split(separator, MAX_CELLS + 1)) {
                cells.add(c.strip());
            }
            if (cells.size() > MAX_CELLS) {
                throw new TooLarge();
            }
            rows.add(cells);
        }
        return toMatrix(rows);
    }

    /**
     * A CSV ({@code name} ends with .csv or .txt) or an .xlsx file, checked against the
     * {@link Uploads} limits before it is read, and read no further than {@link #MAX_LINES} lines.
     */
    public static int[][] fromFile(String name, byte[] content) throws BadCell, TooLarge, Uploads.Refused, IOException {
        if (name != null && name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            Uploads.checkSpreadsheet(content);
            List<List<String>> rows = new ArrayList<>();
            try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(content))) {
                Sheet sheet = wb.getFirstSheet();
                try (Stream<Row> stream = sheet.openStream()) {
                    for (java.util.Iterator<Row> it = stream.iterator(); it.hasNext(); ) {
                        Row r = it.next();
                        if (rows.size() >= MAX_LINES || r.getCellCount() > MAX_CELLS) {
                            throw new TooLarge();
                        }
                        List<String> cells = new ArrayList<>();
                        for (Cell c : r) {
                            cells.add(
                                    c == null
                                            ? ""
                                            : c.getText() == null
                                                    ? ""
                                                    : c.getText().strip());
                        }
                        rows.add(cells);
                    }
                }
            }
            return toMatrix(rows);
        }
        Uploads.checkSize(content.length);
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return fromText(text);
    }

    static int[][] toMatrix(List<List<String>> rows) throws BadCell {
        List<List<String>> lines = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> r = new ArrayList<>(rows.get(i));
            while (!r.isEmpty() && r.get(r.size() - 1).isEmpty()) {
                r.remove(r.size() - 1);
            }
            if (!r.isEmpty()) {
                lines.add(r);
                numbers.add(i + 1);
            }
        }
        if (lines.isEmpty()) {
            return new int[0][0];
        }
        List<String> top = lines.get(0);
        boolean header = top.stream().skip(top.size() > 1 ? 1 : 0).anyMatch(c -> !isNumber(c));
        int firstRow = header ? 1 : 0;
        boolean names = lines.stream().skip(firstRow).anyMatch(r -> !isNumber(r.get(0)));
        int firstColumn = names ? 1 : 0;
        int[][] matrix = new int[lines.size() - firstRow][];
        for (int i = firstRow; i < lines.size(); i++) {
            List<String> r = lines.get(i);
            int[] values = new int[Math.max(0, r.size() - firstColumn)];
            for (int j = firstColumn; j < r.size(); j++) {
                String c = r.get(j).replace('−', '-').replace("+", "");
                if (c.isEmpty()) {
                    values[j - firstColumn] = 0;
                    continue;
                }
                try {
                    double d = Double.parseDouble(c.replace(',', '.'));
                    if (d != Math.rint(d)) {
                        throw new BadCell(numbers.get(i), r.get(j));
                    }
                    values[j - firstColumn] = (int) d;
                } catch (NumberFormatException e) {
                    throw new BadCell(numbers.get(i), r.get(j));
                }
            }
            matrix[i - firstRow] = values;
        }
        return matrix;
    }

    private static boolean isNumber(String c) {
        if (c == null || c.isEmpty()) {
            return true;
        }
        try {
            Double.parseDouble(c.replace('−', '-').replace("+", "").replace(',', '.'));
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
