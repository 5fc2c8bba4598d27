package fr.tierslieu.core.application.strategy;

import fr.tierslieu.core.application.export.XlsxTable;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MatrixFileTest {

    @Test
    void pastedFromASpreadsheetWithoutHeaders() throws Exception {
        assertThat(MatrixFile.fromText("0\t2\t1\n1\t0\t3\n\n0\t1\t0\n"))
                .isDeepEqualTo(new int[][]{{0, 2, 1}, {1, 0, 3}, {0, 1, 0}});
    }

    @Test
    void csvWithHeaderRowAndNamesColumnAndSigns() throws Exception {
        String csv = "\uFEFF;O1;O2\nA;+3;−2\nB;2;1\nC;-1;\n";
        assertThat(MatrixFile.fromFile("positions.csv", csv.getBytes(StandardCharsets.UTF_8)))
                .isDeepEqualTo(new int[][]{{3, -2}, {2, 1}, {-1}});
    }

    @Test
    void commaSeparatedWithNamesButNoHeader() throws Exception {
        assertThat(MatrixFile.fromText("A,0,4\nB,1,0")).isDeepEqualTo(new int[][]{{0, 4}, {1, 0}});
    }

    @Test
    void aCellThatIsNotAWholeNumberIsNamedWithItsLine() {
        assertThatThrownBy(() -> MatrixFile.fromText("0;1\n1;2,5"))
                .isInstanceOfSatisfying(MatrixFile.BadCell.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.text()).isEqualTo("2,5");
                });
        assertThatThrownBy(() -> MatrixFile.fromText("0;1\n1;beaucoup"))
                .isInstanceOfSatisfying(MatrixFile.BadCell.class, e -> assertThat(e.text()).isEqualTo("beaucoup"));
    }

    @Test
    void firstSheetOfAnExcelWorkbook() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxTable.write(out, List.of(new XlsxTable.Sheet("MID", List.of("", "A", "B"),
                List.of(List.of("A", 0, 3), List.of("B", 2, 0)))));
        assertThat(MatrixFile.fromFile("mid.xlsx", out.toByteArray())).isDeepEqualTo(new int[][]{{0, 3}, {2, 0}});
    }
}
