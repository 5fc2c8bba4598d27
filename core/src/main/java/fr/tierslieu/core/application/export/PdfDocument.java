package fr.tierslieu.core.application.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * A small builder for the printable documents every module shares (a roadmap for a meeting, an
 * analysis summary, minutes…): title, subtitle, headings, paragraphs and tables, A4. Modules use it
 * so that all documents look alike.
 * <p>
 * The text is set in Liberation Sans, embedded (subset) from openpdf-fonts-extra: the PDF base
 * fonts in WinAnsi drop the narrow no-break space that French puts in « 55 176 € » and before « : »,
 * and have no minus sign « − ». With a Unicode font, what the page shows is what the PDF prints.
 */
public final class PdfDocument {

    private static final Color ACCENT = new Color(0x2f, 0x6f, 0x4e);
    private static final Color HEADER_BG = new Color(0xe8, 0xf1, 0xec);
    private static final Color HIGHLIGHT_BG = new Color(0xfd, 0xec, 0xea);

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document document;
    private final PdfWriter writer;
    private static final BaseFont REGULAR = font("LiberationSans-Regular.ttf");
    private static final BaseFont BOLD = font("LiberationSans-Bold.ttf");

    private final Font title = new Font(BOLD, 18, Font.NORMAL, ACCENT);
    private final Font heading = new Font(BOLD, 13, Font.NORMAL, ACCENT);
    private final Font body = new Font(REGULAR, 10);
    private final Font small = new Font(REGULAR, 8, Font.NORMAL, Color.DARK_GRAY);
    private final Font bold = new Font(BOLD, 9);
    private final Font alert = new Font(BOLD, 10, Font.NORMAL, new Color(0xb3, 0x26, 0x1e));

    private static BaseFont font(String file) {
        try (InputStream in = PdfDocument.class.getResourceAsStream("/liberation/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + file + " missing from the class path (openpdf-fonts-extra)");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("cannot load font " + file, e);
        }
    }

    public PdfDocument(boolean landscape, String documentTitle) {
        this(landscape, documentTitle, false);
    }

    private PdfDocument(boolean landscape, String documentTitle, boolean archival) {
        document = new Document(landscape ? PageSize.A4.rotate() : PageSize.A4, 36, 36, 36, 36);
        writer = PdfWriter.getInstance(document, out);
        document.addTitle(documentTitle);
        document.addCreator("Tiers-Lieu Studio");
        if (archival) {
            // PDF/A-1b: fonts are already embedded; it adds the XMP metadata and the sRGB output intent
            writer.setPDFXConformance(PdfWriter.PDFA1B);
            writer.createXmpMetadata();
        }
        document.open();
        if (archival) {
            try {
                writer.setOutputIntents(
                        "sRGB IEC61966-2.1",
                        "",
                        "http://www.color.org",
                        "sRGB IEC61966-2.1",
                        java.awt.color.ICC_Profile.getInstance(java.awt.color.ColorSpace.CS_sRGB));
            } catch (IOException e) {
                throw new IllegalStateException("cannot write the sRGB output intent", e);
            }
        }
    }

    /**
     * A document to keep: PDF/A-1b (ISO 19005-1, level B), the form archives and registers accept —
     * every font embedded, XMP metadata, an sRGB output intent, no transparency.
     */
    public static PdfDocument archival(String documentTitle) {
        return new PdfDocument(false, documentTitle, true);
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

    /** A paragraph in bold red: what the reader must not miss (an unbalanced budget). */
    public PdfDocument warning(String text) {
        Paragraph p = new Paragraph(text, alert);
        p.setSpacingAfter(6);
        return add(p);
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

    /**
     * Numbers every page at its foot — {@code label}, the page number and a box for the initials of
     * whoever keeps the register (a register « coté et paraphé ») — from the current page on.
     */
    public PdfDocument numberPages(String label, String initials) {
        writer.setPageEvent(new com.lowagie.text.pdf.PdfPageEventHelper() {
            @Override
            public void onEndPage(PdfWriter w, Document d) {
                com.lowagie.text.pdf.PdfContentByte canvas = w.getDirectContent();
                float y = d.bottom() - 20;
                com.lowagie.text.pdf.ColumnText.showTextAligned(
                        canvas,
                        Element.ALIGN_LEFT,
                        new com.lowagie.text.Phrase(label + " \u2014 " + w.getPageNumber(), small),
                        d.left(),
                        y,
                        0);
                com.lowagie.text.pdf.ColumnText.showTextAligned(
                        canvas,
                        Element.ALIGN_RIGHT,
                        new com.lowagie.text.Phrase(initials + " ________", small),
                        d.right(),
                        y,
                        0);
            }
        });
        return this;
    }

    /** Starts a new page (nothing happens on a page still empty). */
    public PdfDocument newPage() {
        document.newPage();
        return this;
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
