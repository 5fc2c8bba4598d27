package fr.tierslieu.economy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading a FEC: the accounts of the chart, debit and credit, months, encodings and every kind of bad line. */
class FecTest {

    private static String fec(String... lines) {
        return Fec.header() + "\r\n" + String.join("\r\n", lines) + "\r\n";
    }

    private static String entry(int n, String date, String account, String debit, String credit) {
        return Fec.entry(
                "VT", n, LocalDate.parse(date), account, "Libellé " + n, new BigDecimal(debit), new BigDecimal(credit));
    }

    @Test
    void resultAccountsAddUpToTheirLinesMonthByMonth() {
        Fec.Result r = Fec.read(
                fec(
                        entry(1, "2026-03-02", "706000", "0", "1200.50"), // sales: credit
                        entry(1, "2026-03-02", "411000", "1200.50", "0"), // customer: balance sheet, ignored
                        entry(2, "2026-03-20", "706100", "100", "0"), // a credit note: sales go down
                        entry(3, "2026-04-05", "756000", "0", "40"), // dues
                        entry(4, "2026-04-10", "613200", "800", "0"), // rent
                        entry(5, "2026-04-10", "606100", "150.25", "0"), // energy
                        entry(6, "2026-04-28", "641100", "2000", "0"), // salaries
                        entry(7, "2026-04-28", "645100", "900", "0"), // social charges
                        entry(8, "2026-04-30", "635120", "300", "0"), // taxe foncière
                        entry(9, "2026-05-31", "681120", "500", "0"), // depreciation
                        entry(10, "2026-05-31", "740000", "0", "25000"), // operating subsidy
                        entry(11, "2026-06-30", "671000", "120", "0"), // exceptional: left out
                        entry(12, "2026-06-30", "871000", "0", "999"), // in kind: left out (not in the books' result)
                        entry(13, "2026-06-30", "777000", "0", "3000")), // quote-part: left out by default
                Fec.mapping(Map.of()));
        assertThat(r.problems()).isEmpty();
        assertThat(r.entries()).isEqualTo(14);
        assertThat(r.sums().get(Actual.Line.SALES))
                .containsExactly(Map.entry(YearMonth.of(2026, 3), new BigDecimal("1100.50")));
        assertThat(r.sums().get(Actual.Line.DUES)).containsEntry(YearMonth.of(2026, 4), new BigDecimal("40"));
        assertThat(r.sums().get(Actual.Line.PURCHASES_EXTERNAL))
                .containsEntry(YearMonth.of(2026, 4), new BigDecimal("950.25"));
        assertThat(r.sums().get(Actual.Line.STAFF)).containsEntry(YearMonth.of(2026, 4), new BigDecimal("2900"));
        assertThat(r.sums().get(Actual.Line.TAXES)).containsEntry(YearMonth.of(2026, 4), new BigDecimal("300"));
        assertThat(r.sums().get(Actual.Line.DEPRECIATION)).containsEntry(YearMonth.of(2026, 5), new BigDecimal("500"));
        assertThat(r.sums().get(Actual.Line.OPERATING_SUBSIDIES))
                .containsEntry(YearMonth.of(2026, 5), new BigDecimal("25000"));
        assertThat(r.unmapped()).containsOnlyKeys("671000", "777000"); // 87x is not a result account of the books
        assertThat(r.unmapped().get("671000")).isEqualByComparingTo("120");
    }

    @Test
    void theModelsChoicesComeFirstLongestPrefixWinning() {
        String file = fec(
                entry(1, "2026-01-15", "622600", "500", "0"),
                entry(2, "2026-01-15", "622800", "70", "0"),
                entry(3, "2026-01-31", "777000", "0", "3000"));
        Map<String, Actual.Line> choices = new java.util.HashMap<>();
        choices.put("62", null); // leave 62 out…
        choices.put("6226", Actual.Line.STAFF); // …but fees go with staff
        choices.put("777", Actual.Line.OPERATING_SUBSIDIES);
        Fec.Result r = Fec.read(file, Fec.mapping(choices));
        assertThat(r.sums().get(Actual.Line.STAFF)).containsEntry(YearMonth.of(2026, 1), new BigDecimal("500"));
        assertThat(r.sums().get(Actual.Line.OPERATING_SUBSIDIES))
                .containsEntry(YearMonth.of(2026, 1), new BigDecimal("3000"));
        assertThat(r.sums()).doesNotContainKey(Actual.Line.PURCHASES_EXTERNAL);
        assertThat(r.unmapped()).containsOnlyKeys("622800");
    }

    @Test
    void pipesAndIso885915AreReadLikeTabsAndUtf8() {
        String piped = fec(entry(1, "2026-02-01", "706000", "0", "10.5")).replace('\t', '|');
        byte[] latin = piped.replace("Libellé", "Libellé €").getBytes(Charset.forName("ISO-8859-15"));
        String text = Fec.decode(latin);
        assertThat(text).contains("Libellé €");
        Fec.Result r = Fec.read(text, Fec.mapping(Map.of()));
        assertThat(r.problems()).isEmpty();
        assertThat(r.sums().get(Actual.Line.SALES)).containsEntry(YearMonth.of(2026, 2), new BigDecimal("10.5"));
        assertThat(Fec.decode(("\uFEFF" + piped).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .startsWith("JournalCode|");
    }

    @Test
    void badLinesAreNamedByTheirNumberAndNothingIsKept() {
        String file = fec(
                entry(1, "2026-02-01", "706000", "0", "10"),
                entry(2, "2026-02-01", "706000", "0", "10").replace("20260201", "2026-02-01"),
                entry(3, "2026-02-01", "606000", "0", "10").replace("\t10\t", "\tdix\t"),
                "VT\tVT\t4",
                entry(5, "2026-02-01", "", "1", "0"));
        Fec.Result r = Fec.read(file, Fec.mapping(Map.of()));
        assertThat(r.ok()).isFalse();
        assertThat(r.problems()).extracting(Fec.Problem::line).containsExactly(3, 4, 5, 6);
        assertThat(r.problems())
                .extracting(Fec.Problem::key)
                .containsExactly(
                        "economy.fec.date", "economy.fec.amount", "economy.fec.columns", "economy.fec.account");
        assertThat(Fec.read("a;b;c\n1;2;3", Fec.mapping(Map.of())).problems())
                .extracting(Fec.Problem::key)
                .containsExactly("economy.fec.separator");
        assertThat(Fec.read("JournalCode\tCompteNum\n", Fec.mapping(Map.of())).problems())
                .extracting(Fec.Problem::key)
                .containsExactly("economy.fec.header");
        assertThat(Fec.read(Fec.header() + "\n", Fec.mapping(Map.of())).problems())
                .extracting(Fec.Problem::key)
                .containsExactly("economy.fec.empty");
        StringBuilder many = new StringBuilder(Fec.header()).append('\n');
        for (int i = 0; i < 50; i++) {
            many.append("x\n");
        }
        assertThat(Fec.read(many.toString(), Fec.mapping(Map.of())).problems()).hasSize(Fec.MAX_PROBLEMS);
    }
}
