package fr.tierslieu.core.application.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.tierslieu.core.application.export.Uploads;
import fr.tierslieu.core.application.export.XlsxTable;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatrixFileTest {

    @Test
    void pastedFromASpreadsheetWithoutHeaders() throws Exception {
        assertThat(MatrixFile.fromText("0\t2\t1\n1\t0\t3\n\n0\t1\t0\n"))
                .isDeepEqualTo(new int[][] {{0, 2, 1}, {1, 0, 3}, {0, 1, 0}});
    }

    @Test
    void csvWithHeaderRowAndNamesColumnAndSigns() throws Exception {
        String csv = "\uFEFF;O1;O2\nA;+3;−2\nB;2;1\nC;-1;\n";
        assertThat(MatrixFile.fromFile("positions.csv", csv.getBytes(StandardCharsets.UTF_8)))
                .isDeepEqualTo(new int[][] {{3, -2}, {2, 1}, {-1}});
    }

    @Test
    void commaSeparatedWithNamesButNoHeader() throws Exception {
        assertThat(MatrixFile.fromText("A,0,4\nB,1,0")).isDeepEqualTo(new int[][] {{0, 4}, {1, 0}});
    }

    @Test
    void aCellThatIsNotAWholeNumberIsNamedWithItsLine() {
        assertThatThrownBy(() -> MatrixFile.fromText("0;1\n1;2,5"))
                .isInstanceOfSatisfying(MatrixFile.BadCell.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.text()).isEqualTo("2,5");
                });
        assertThatThrownBy(() -> MatrixFile.fromText("0;1\n1;beaucoup"))
                .isInstanceOfSatisfying(
                        MatrixFile.BadCell.class, e -> assertThat(e.text()).isEqualTo("beaucoup"));
    }

    @Test
    void firstSheetOfAnExcelWorkbook() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxTable.write(
                out,
                List.of(new XlsxTable.Sheet(
                        "MID", List.of("", "A", "B"), List.of(List.of("A", 0, 3), List.of("B", 2, 0)))));
        assertThat(MatrixFile.fromFile("mid.xlsx", out.toByteArray())).isDeepEqualTo(new int[][] {{0, 3}, {2, 0}});
    }

    @Test
    void aWorkbookThatInflatesTooMuchIsRefusedBeforeItIsRead() throws Exception {
        // 5 MB of compressed zeros inflate to about 5 GB: the check stops at the first limit passed
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bomb)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 80; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(bomb.size()).isLessThan(Uploads.MAX_FILE_BYTES);
        long start = System.nanoTime();
        assertThatThrownBy(() -> MatrixFile.fromFile("bomb.xlsx", bomb.toByteArray()))
                .isInstanceOfSatisfying(
                        Uploads.Refused.class, e -> assertThat(e.key()).isEqualTo("core.upload.inflated"));
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms").isLessThan(5_000);
    }

    @Test
    void filesAndTextsLargerThanAMatrixAreRefused() {
        assertThatThrownBy(() -> MatrixFile.fromFile("big.xlsx", new byte[Uploads.MAX_FILE_BYTES + 1]))
                .isInstanceOfSatisfying(
                        Uploads.Refused.class, e -> assertThat(e.key()).isEqualTo("core.upload.tooLarge"));
        assertThatThrownBy(() -> MatrixFile.fromFile("big.csv", new byte[Uploads.MAX_FILE_BYTES + 1]))
                .isInstanceOf(Uploads.Refused.class);
        assertThatThrownBy(() -> MatrixFile.fromFile("junk.xlsx", "not a zip".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        Uploads.Refused.class, e -> assertThat(e.key()).isEqualTo("core.upload.unreadable"));
        String tall = "0\n".repeat(MatrixFile.MAX_LINES + 1);
        assertThatThrownBy(() -> MatrixFile.fromText(tall)).isInstanceOf(MatrixFile.TooLarge.class);
        String wide = "0;".repeat(MatrixFile.MAX_CELLS + 1);
        assertThatThrownBy(() -> MatrixFile.fromText(wide)).isInstanceOf(MatrixFile.TooLarge.class);
    }
}
