package fr.tierslieu.core.application.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes simple tables (a bold header row, then values) as an Excel workbook, one sheet per table.
 * Numbers stay numbers so that spreadsheets can sum them. Shared by every module's exports.
 */
public final class XlsxTable {

    private XlsxTable() {}

    /** One sheet: its name, header and rows. */
    public record Sheet(String name, List<String> header, List<List<Object>> rows) {}

    public static void write(OutputStream out, List<Sheet> sheets) {
        try {
            Workbook workbook = new Workbook(out, "Tiers-Lieu Studio", "1.0");
            for (Sheet sheet : sheets) {
                Worksheet ws = workbook.newWorksheet(safeName(sheet.name()));
                for (int c = 0; c < sheet.header().size(); c++) {
                    ws.value(0, c, sheet.header().get(c));
                    ws.style(0, c).bold().fillColor("DDE7F0").set();
                }
                int r = 1;
                for (List<Object> row : sheet.rows()) {
                    for (int c = 0; c < row.size(); c++) {
                        Object v = row.get(c);
                        if (v instanceof Number n) {
                            ws.value(r, c, n);
                        } else if (v instanceof Boolean b) {
                            ws.value(r, c, b);
                        } else if (v instanceof java.time.LocalDate d) {
                            ws.value(r, c, d);
                            ws.style(r, c).format("dd/mm/yyyy").set();
                        } else if (v != null) {
                            ws.value(r, c, v.toString());
                        }
                    }
                    r++;
                }
                ws.freezePane(0, 1);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Excel sheet names: at most 31 characters, none of []:*?/\ . */
    static String safeName(String name) {
        String cleaned = name.replaceAll("[\\[\\]:*?/\\\\]", " ").trim();
        return cleaned.isEmpty() ? "Feuille" : cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }
}
