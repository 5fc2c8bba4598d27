package fr.tierslieu.core.application.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void parsesQuotedFieldsSeparatorsAndLineBreaks() {
        String text = "nom;notes\r\n\"Atelier; Z\";\"dit \"\"le lieu\"\"\nsur deux lignes\"\r\n\r\nKonK Ar Lab;\n";
        List<Csv.Row> rows = Csv.parse(text, ';');
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).fields()).containsExactly("Atelier; Z", "dit \"le lieu\"\nsur deux lignes");
        assertThat(rows.get(1).line()).isEqualTo(2);
        assertThat(rows.get(2).line()).isEqualTo(5);
        assertThat(rows.get(2).fields()).containsExactly("KonK Ar Lab", "");
    }

    @Test
    void skipsTheByteOrderMarkAndDetectsTheSeparator() {
        assertThat(Csv.parse(Csv.BOM + "a;b\n1;2", ';').get(0).fields()).containsExactly("a", "b");
        assertThat(Csv.detectSeparator("name,kind\nx,y")).isEqualTo(',');
        assertThat(Csv.detectSeparator("nom;catégorie,autre\n")).isEqualTo(';');
        assertThat(Csv.detectSeparator("a\tb\tc")).isEqualTo('\t');
    }

    @Test
    void readsWhatSpreadsheetsWriteLoosely() {
        List<Csv.Row> rows = Csv.parse("a;b\r\n\"ab\"c;5\" écran\r\n;\r\n\"x\ny\";z", ';');
        assertThat(rows).extracting(Csv.Row::line).containsExactly(1, 2, 4);
        assertThat(rows.get(1).fields()).containsExactly("abc", "5\" écran");
    }

    @Test
    void unclosedQuoteNamesItsLine() {
        assertThatThrownBy(() -> Csv.parse("a;b\n\"oops;x\n", ';')).hasMessageContaining("line 2");
    }

    @Test
    void writesQuotesOnlyWhenNeededAndDisarmsFormulas() {
        assertThat(Csv.line(
                        Arrays.asList("plain", "a;b", "say \"hi\"", null, 3, "=HYPERLINK(x)", "-12", "+33 2 98"), ';'))
                .isEqualTo("plain;\"a;b\";\"say \"\"hi\"\"\";;3;'=HYPERLINK(x);-12;'+33 2 98");
    }

    @Test
    void whatIsWrittenParsesBackUnchanged() {
        List<Object> fields = Arrays.asList("Névez", "ligne 1\nligne 2", "\"quoted\"", " spaced ", "x;y");
        List<Csv.Row> rows = Csv.parse(Csv.line(fields, ';'), ';');
        assertThat(rows.get(0).fields()).containsExactly("Névez", "ligne 1\nligne 2", "\"quoted\"", " spaced ", "x;y");
    }
}
