package fr.tierslieu.economy.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.tierslieu.core.testsupport.JpaTestSupport;
import fr.tierslieu.core.testsupport.TestModules;
import fr.tierslieu.economy.EconomyModule;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The files the manager shares: workbook sheets, the funder's PDF, the cash plan CSV. */
class EconomyExportsTest {

    private JpaTestSupport db;
    private long id;

    @BeforeEach
    void setUp() {
        db = JpaTestSupport.open(
                "economy", "core", "classpath:db/migration/core", "economy", "classpath:db/migration/economy");
        db.run(em -> new EconomyDemoData(em).load());
        id = db.tx(em -> service(em).economy.models().get(0).getId());
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    EconomyExports service(jakarta.persistence.EntityManager em) {
        var bundles = TestModules.bundles(new EconomyModule());
        return new EconomyExports(new EconomyService(em, bundles), bundles);
    }

    @Test
    void theWorkbookHasAssumptionsProfitAndLossCashAndScenarios() throws Exception {
        byte[] xlsx = db.tx(em -> service(em).workbook(id, Locale.FRENCH));
        List<String> entries = new ArrayList<>();
        StringBuilder workbook = new StringBuilder();
        java.nio.file.Path file = java.nio.file.Files.createTempFile("economy", ".xlsx");
        java.nio.file.Files.write(file, xlsx);
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                entries.add(e.getName());
                if (e.getName().equals("xl/workbook.xml")) {
                    workbook.append(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
        assertThat(entries).filteredOn(n -> n.startsWith("xl/worksheets/sheet")).hasSize(8);
        assertThat(workbook.toString())
                .contains(
                        "Hypoth&#xe8;ses",
                        "Compte de r&#xe9;sultat",
                        "Tr&#xe9;sorerie",
                        "Sc&#xe9;narios",
                        "Financeurs",
                        "Locaux &#x2013; espaces",
                        "Locaux &#x2013; besoins");
    }

    @Test
    void thePdfAndTheCsvAreWhatTheySayTheyAre() {
        byte[] pdf = db.tx(em -> service(em).budgetPdf(id, Locale.FRENCH));
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        // a funder reads French amounts: « 55 176 », « −5 484 », « 38 % », never « 55176 » or « 57.5 »
        String text = fr.tierslieu.core.testsupport.PdfText.of(pdf);
        assertThat(text)
                .containsPattern("\\d{1,3}\u202F\\d{3}")
                .contains("part des ressources propres")
                .contains("756 – Cotisations")
                .contains("777 – Quote-part des subventions d’investissement virée au résultat 2\u202F250 3\u202F000")
                .contains("Capacité d’autofinancement (CAF)")
                .doesNotContainIgnoringCase("taux d’autofinancement")
                .contains("864/875 – Bénévolat (800 h", "861/871 – Salles mises à disposition par la commune de Névez");
        assertThat(text).doesNotContainPattern("(?<![\\d\\w])-\\d"); // the minus sign is « − »
        assertThat(fr.tierslieu.core.testsupport.PdfText.frenchProblems(text)).isEmpty();
        String english =
                fr.tierslieu.core.testsupport.PdfText.of(db.tx(em -> service(em).budgetPdf(id, Locale.ENGLISH)));
        assertThat(english).containsPattern("\\d{1,3},\\d{3}").doesNotContain("\u202F");
        String csv = new String(db.tx(em -> service(em).cashCsv(id, Locale.FRENCH)), StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(61);
        assertThat(lines[0]).startsWith("\uFEFFMois;");
        assertThat(lines[1]).matches("01/\\d{4};-?\\d+,\\d{2}");
    }

    @Test
    void theWeeklyDigestNamesTheSubsidiesDueWithinThirtyDays() {
        fr.tierslieu.economy.domain.ModelSpec.SubsidySpec due =
                db.tx(em -> service(em).economy.model(id).spec()).subsidies.stream()
                        .filter(s -> s.deadline != null
                                && (s.status == fr.tierslieu.economy.domain.ModelSpec.SubsidyStatus.TO_REQUEST
                                        || s.status == fr.tierslieu.economy.domain.ModelSpec.SubsidyStatus.REQUESTED))
                        .findFirst()
                        .orElseThrow();
        List<String> soon = db.tx(em -> new EconomyContributions(
                        em, fr.tierslieu.core.testsupport.TestModules.bundles(new fr.tierslieu.economy.EconomyModule()))
                .digest(Locale.FRENCH, due.deadline.minusDays(10)));
        assertThat(soon).anySatisfy(l -> assertThat(l).contains(due.name).contains("échéance le"));
        List<String> tooEarly = db.tx(em -> new EconomyContributions(
                        em, fr.tierslieu.core.testsupport.TestModules.bundles(new fr.tierslieu.economy.EconomyModule()))
                .digest(Locale.FRENCH, due.deadline.minusDays(31)));
        assertThat(tooEarly).noneSatisfy(l -> assertThat(l).contains(due.name));
    }

    @Test
    void theCerfaBudgetIsBalancedOrSaysWhyAndGroupsSubsidiesByFunderLevel() {
        String text =
                fr.tierslieu.core.testsupport.PdfText.of(db.tx(em -> service(em).cerfaPdf(id, 1, Locale.FRENCH)));
        assertThat(text)
                .contains(
                        "Budget prévisionnel de l’association – 2026",
                        "74 – Subventions d’exploitation",
                        "74 – État (Fabrique de territoire (ANCT)) 50\u202F000",
                        "756 – Cotisations",
                        "864 – Personnel bénévole",
                        "875 – Bénévolat",
                        "Total des charges",
                        "Total des produits");
        // the demo's first year is balanced (its unspent grant carried in fonds dédiés); the second has a surplus,
        // and the form wants a balanced budget, so it says so
        assertThat(text).doesNotContain("Budget non équilibré").contains("689 – Reports en fonds dédiés");
        String second =
                fr.tierslieu.core.testsupport.PdfText.of(db.tx(em -> service(em).cerfaPdf(id, 2, Locale.FRENCH)));
        assertThat(second)
                .contains(
                        "Budget non équilibré\u202F: les produits dépassent les charges de",
                        "789 – Utilisations des fonds dédiés");
        assertThat(fr.tierslieu.core.testsupport.PdfText.frenchProblems(text)).isEmpty();
        byte[] xlsx = db.tx(em -> service(em).cerfaXlsx(id, 1, Locale.ENGLISH));
        assertThat(new String(xlsx, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> db.tx(em -> service(em).cerfaPdf(id, 9, Locale.FRENCH)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
