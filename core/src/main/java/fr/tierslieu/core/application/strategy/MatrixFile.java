package fr.tierslieu.core.application.strategy;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads a matrix of whole numbers typed in a spreadsheet: text pasted from Excel or LibreOffice
 * (tab-separated), a CSV file ({@code ;}, {@code ,} or tab), or the first sheet of an {@code .xlsx}
 * workbook. A first row and a first column of names (anything that is not a number) are skipped,
 * so the matrix may come with or without its headers. Empty lines are ignored.
 */
public final class MatrixFile {

    private MatrixFile() {
    }

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

    public static int[][] fromText(String text) throws BadCell {
        List<List<String>> rows = new ArrayList<>();
        for (String line : (text == null ? "" : text).split("\\R")) {
            String separator = line.contains("\t") ? "\t" : line.contains(";") ? ";" : line.contains(",") ? "," : "\\s+";
            List<String> cells = new ArrayList<>();
            for (String c : line.strip().split(separator, -1)) {
                cells.add(c.strip());
            }
            rows.add(cells);
        }
        return toMatrix(rows);
    }

    /** A CSV ({@code name} ends with .csv or .txt) or an .xlsx file. */
    public static int[][] fromFile(String name, byte[] content) throws BadCell, IOException {
        if (name != null && name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            List<List<String>> rows = new ArrayList<>();
            try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(content))) {
                Sheet sheet = wb.getFirstSheet();
                try (Stream<Row> stream = sheet.openStream()) {
                    stream.forEach(r -> {
                        List<String> cells = new ArrayList<>();
                        for (Cell c : r) {
                            cells.add(c == null ? "" : c.getText() == null ? "" : c.getText().strip());
                        }
                        rows.add(cells);
                    });
                }
            }
            return toMatrix(rows);
        }
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
