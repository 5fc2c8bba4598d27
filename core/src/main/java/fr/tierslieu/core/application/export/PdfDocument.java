package fr.tierslieu.core.application.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * A small builder for the printable documents every module shares (a roadmap for a meeting, an
 * analysis summary, minutes…): title, subtitle, headings, paragraphs and tables, A4, built-in
 * fonts (Latin-1 covers French). Modules use it so that all documents look alike.
 */
public final class PdfDocument {

    private static final Color ACCENT = new Color(0x2f, 0x6f, 0x4e);
    private static final Color HEADER_BG = new Color(0xe8, 0xf1, 0xec);
    private static final Color HIGHLIGHT_BG = new Color(0xfd, 0xec, 0xea);

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document document;
    private final Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18, ACCENT);
    private final Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13, ACCENT);
    private final Font body = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private final Font small = FontFactory.getFont(FontFactory.HELVETICA, 8, Color.DARK_GRAY);
    private final Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);

    public PdfDocument(boolean landscape, String documentTitle) {
        document = new Document(landscape ? PageSize.A4.rotate() : PageSize.A4, 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.addTitle(documentTitle);
        document.addCreator("Tiers-Lieu Studio");
        document.open();
    }

    public PdfDocument title(String text) {
        return add(new Paragraph(text, title));
    }

    public PdfDocument subtitle(String text) {
        Paragraph p = new Paragraph(text, small);
        p.setSpacingAfter(10);
        return add(p);
    }

    public PdfDocument heading(String text) {
        Paragraph p = new Paragraph(text, heading);
        p.setSpacingBefore(12);
        p.setSpacingAfter(6);
        return add(p);
    }

    public PdfDocument paragraph(String text) {
        return add(new Paragraph(text == null ? "" : text, body));
    }

    public PdfDocument bullet(String text) {
        return add(new Paragraph("•  " + text, body));
    }

    /**
     * @param highlighted rows to shade (e.g. the critical path), may be null
     */
    public PdfDocument table(List<String> header, List<List<String>> rows, float[] widths, List<Boolean> highlighted) {
        PdfPTable table = new PdfPTable(header.size());
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        try {
            if (widths != null) {
                table.setWidths(widths);
            }
        } catch (DocumentException e) {
            throw new IllegalArgumentException(e);
        }
        for (String h : header) {
            PdfPCell cell = new PdfPCell(new Phrase(h, bold));
            cell.setBackgroundColor(HEADER_BG);
            table.addCell(cell);
        }
        for (int r = 0; r < rows.size(); r++) {
            boolean shade = highlighted != null && r < highlighted.size() && Boolean.TRUE.equals(highlighted.get(r));
            for (String value : rows.get(r)) {
                PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value, small));
                if (shade) {
                    cell.setBackgroundColor(HIGHLIGHT_BG);
                }
                cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
                table.addCell(cell);
            }
        }
        table.setSpacingAfter(8);
        return add(table);
    }

    public PdfDocument space() {
        return add(new Paragraph(Chunk.NEWLINE));
    }

    private PdfDocument add(Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    public byte[] toBytes() {
        document.close();
        return out.toByteArray();
    }
}
