package fr.tierslieu.core.application.export;

import static org.assertj.core.api.Assertions.assertThat;

import fr.tierslieu.core.testsupport.PdfText;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What the page shows, the PDF prints: narrow no-break spaces, the minus sign, the euro. */
class PdfDocumentTest {

    @Test
    void frenchNumbersAndPunctuationSurviveThePdf() {
        String amount = NumberFormat.getCurrencyInstance(Locale.FRANCE).format(55176);
        String loss = "\u22125\u202F484\u00A0€";
        byte[] pdf = new PdfDocument(false, "Budget")
                .title("Budget prévisionnel")
                .paragraph("Total\u202F: " + amount)
                .table(
                        List.of("Poste", "Montant"),
                        List.of(List.of("Résultat", loss), List.of("Quorum", "66,67\u202F%")),
                        null,
                        null)
                .paragraph("«\u202FAtelier Z\u202F» – L’été")
                .toBytes();
        String text = PdfText.of(pdf);
        assertThat(amount).isEqualTo("55\u202F176,00\u00A0€"); // Java's French format: U+202F between thousands
        assertThat(text)
                .contains("Total\u202F: 55\u202F176,00\u00A0€")
                .contains(loss)
                .contains("66,67\u202F%")
                .contains("«\u202FAtelier Z\u202F» – L’été");
        assertThat(PdfText.frenchProblems(text)).isEmpty();
    }

    @Test
    void theFrenchCheckSeesWhatTheIssueSaw() {
        assertThat(PdfText.frenchProblems("Total 55176 € ; vote 100.00 %")).hasSize(4);
        assertThat(PdfText.frenchProblems("le 15/09/2026, loi n° 47-1775, 55\u202F176\u00A0€"))
                .isEmpty();
    }
}
