package fr.tierslieu.economy.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fr.tierslieu.core.domain.shared.ConcurrentEditException;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.core.module.ActorDeleted;
import fr.tierslieu.core.testsupport.JpaTestSupport;
import fr.tierslieu.core.testsupport.TestModules;
import fr.tierslieu.economy.EconomyModule;
import fr.tierslieu.economy.domain.Actual;
import fr.tierslieu.economy.domain.EconomicModel;
import fr.tierslieu.economy.domain.ModelSpec;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Models, scenarios and actual figures on the real schema (core and economy migrations). */
class EconomyServiceTest {

    static final Locale FR = Locale.FRENCH;
    private JpaTestSupport db;

    @BeforeEach
    void setUp() {
        db = JpaTestSupport.open(
                "economy", "core", "classpath:db/migration/core", "economy", "classpath:db/migration/economy");
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    EconomyService economy(EntityManager em) {
        return new EconomyService(em, TestModules.bundles(new EconomyModule()));
    }

    long demoModel() {
        return db.tx(em -> economy(em)
                .create("Atelier Z", null, true, EconomyDemoData.atelierZ(2026, n -> null), FR)
                .getId());
    }

    @Test
    void aModelIsSavedWholeOrNotAtAllAndAStaleCopyIsRefused() {
        long id = demoModel();
        EconomicModel read = db.tx(em -> economy(em).model(id));
        ModelSpec spec = read.spec();
        spec.activities.get(0).unitPrice = 90;
        spec.activities.get(1).unitPrice = -3;
        assertThatThrownBy(() -> db.run(em -> economy(em).save(id, read.getVersion(), "Atelier Z", null, spec, FR)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        e -> assertThat(e.getViolations())
                                .extracting(ValidationFailure.Violation::field, ValidationFailure.Violation::message)
                                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                        "activities[1].unitPrice", "Le montant ne peut pas être négatif.")));
        assertThat(db.<Double>tx(em -> economy(em).model(id).spec().activities.get(0).unitPrice))
                .isEqualTo(80);

        spec.activities.get(1).unitPrice = 16;
        db.run(em -> economy(em).save(id, read.getVersion(), "Atelier Z", null, spec, FR));
        assertThat(db.<Double>tx(em -> economy(em).model(id).spec().activities.get(0).unitPrice))
                .isEqualTo(90);
        assertThatThrownBy(() -> db.run(em -> economy(em).save(id, read.getVersion(), "Atelier Z", null, spec, FR)))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void namesAreUniqueAndRequired() {
        demoModel();
        assertThatThrownBy(() -> db.run(em -> economy(em).create("atelier z", null, false, new ModelSpec(), FR)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        e -> assertThat(e.getViolations().get(0).field()).isEqualTo("modelName"));
        assertThatThrownBy(() -> db.run(em -> economy(em).create(" ", null, false, new ModelSpec(), FR)))
                .isInstanceOf(ValidationFailure.class);
    }

    @Test
    void scenariosFollowTheModelAndAreComparedSideBySide() {
        long id = demoModel();
        Map<String, Double> noGrant = new LinkedHashMap<>();
        noGrant.put("/subsidies/0/perYear/2", 0.0);
        db.run(em -> economy(em).saveScenario(id, null, null, "Sans Fabrique en 3e année", noGrant, FR));
        List<EconomyService.Comparison> c = db.tx(em -> economy(em).compare(id, FR));
        assertThat(c)
                .extracting(EconomyService.Comparison::name)
                .containsExactly("Scénario de base", "Sans Fabrique en 3e année");
        double base3 = c.get(0).forecast().years().get(2).result();
        assertThat(c.get(1).forecast().years().get(2).result()).isCloseTo(base3 - 50_000, within(1e-6));
        assertThat(c.get(1).forecast().lowestCash())
                .isLessThan(c.get(0).forecast().lowestCash());

        assertThatThrownBy(() ->
                        db.run(em -> economy(em).saveScenario(id, null, null, "Faux", Map.of("/nothing/0", 1.0), FR)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        e -> assertThat(e.getViolations().get(0).message()).contains("/nothing/0"));
        assertThatThrownBy(() -> db.run(em -> economy(em)
                        .saveScenario(id, null, null, "Négatif", Map.of("/activities/0/unitPrice", -1.0), FR)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        e -> assertThat(e.getViolations().get(0).field()).isEqualTo("activities[0].unitPrice"));
        assertThat(db.<List<fr.tierslieu.economy.domain.Scenario>>tx(
                        em -> economy(em).scenarios(id)))
                .hasSize(1);
    }

    @Test
    void actualsAreImportedAllOrNothingWithTheLineOfEachProblem() {
        long id = demoModel();
        String bad =
                "ligne;mois;montant\nSALES;2026-01;4 250,50\nVentes;2026-02;10\nSTAFF;2026-13;3000\nSTAFF;2026-02;abc\n";
        assertThatThrownBy(() -> db.run(em -> economy(em).importActuals(id, bad, FR)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        e -> assertThat(e.getViolations())
                                .extracting(ValidationFailure.Violation::message)
                                .anyMatch(m -> m.startsWith("Ligne 3\u202F:") && m.contains("Ventes"))
                                .anyMatch(m -> m.startsWith("Ligne 4\u202F:") && m.contains("2026-13"))
                                .anyMatch(m -> m.startsWith("Ligne 5\u202F:") && m.contains("abc")));
        assertThat(db.<List<Actual>>tx(em -> economy(em).actuals(id))).isEmpty();

        String good =
                "ligne;mois;montant\nSALES;2026-01;4 250,50\nVentes et prestations;2026-02;5000\nCharges de personnel;2026-01;3000\n";
        assertThat(db.<Integer>tx(em -> economy(em).importActuals(id, good, FR)))
                .isEqualTo(3);
        db.run(em -> economy(em).setActual(id, Actual.Line.SALES, YearMonth.of(2026, 1), new BigDecimal("4300")));
        assertThat(db.<List<Actual>>tx(em -> economy(em).actuals(id))).hasSize(3);

        List<EconomyService.Variance> v = db.tx(em -> economy(em).variance(id, 2026, FR));
        EconomyService.Variance sales = v.stream()
                .filter(x -> x.line() == Actual.Line.SALES)
                .findFirst()
                .orElseThrow();
        assertThat(sales.months()).isEqualTo(2);
        assertThat(sales.actual()).isCloseTo(9_300, within(1e-6));
        assertThat(sales.forecastToDate()).isCloseTo(sales.forecast() * 2 / 12, within(1e-6));
        assertThat(sales.variance()).isCloseTo(9_300 - sales.forecast() / 6, within(1e-6));
    }

    /** A FEC of {@code n} entries over a year, with what each line and month must add up to. */
    static String generatedFec(int n, Map<String, BigDecimal> expected) {
        java.util.Random random = new java.util.Random(7);
        String[][] accounts = {
            {"706000", "SALES"},
            {"756000", "DUES"},
            {"740000", "OPERATING_SUBSIDIES"},
            {"606100", "PURCHASES_EXTERNAL"},
            {"613200", "PURCHASES_EXTERNAL"},
            {"622600", "PURCHASES_EXTERNAL"},
            {"641100", "STAFF"},
            {"645100", "STAFF"},
            {"635120", "TAXES"},
            {"658000", "OTHER_CHARGES"},
            {"661100", "FINANCIAL"},
            {"681120", "DEPRECIATION"},
            {"512000", null},
            {"411000", null}
        };
        StringBuilder out = new StringBuilder(fr.tierslieu.economy.domain.Fec.header()).append("\r\n");
        for (int i = 1; i <= n; i++) {
            String[] a = accounts[random.nextInt(accounts.length)];
            LocalDate date = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365));
            BigDecimal amount = BigDecimal.valueOf(random.nextInt(500_000), 2);
            boolean product = a[0].startsWith("7");
            boolean reverse = random.nextInt(10) == 0; // a few credit notes and cancellations
            BigDecimal debit = product == reverse ? amount : BigDecimal.ZERO;
            BigDecimal credit = product == reverse ? BigDecimal.ZERO : amount;
            if (a[1] != null) {
                expected.merge(a[1] + " " + YearMonth.from(date), reverse ? amount.negate() : amount, BigDecimal::add);
            }
            out.append(fr.tierslieu.economy.domain.Fec.entry("OD", i, date, a[0], "Écriture " + i, debit, credit))
                    .append("\r\n");
        }
        return out.toString();
    }

    @Test
    void aFecOfSeveralThousandLinesGivesTheActualFiguresLineByLineAndMonthByMonth() {
        long id = demoModel();
        Map<String, BigDecimal> expected = new java.util.HashMap<>();
        byte[] file = generatedFec(5_000, expected).getBytes(java.nio.charset.Charset.forName("ISO-8859-15"));
        EconomyService.FecSummary s = db.tx(em -> economy(em).importFec(id, file, FR));
        assertThat(s.entries()).isEqualTo(5_000);
        assertThat(s.figures()).isEqualTo(expected.size());
        assertThat(s.unmapped()).isEmpty();
        Map<String, BigDecimal> saved = new java.util.HashMap<>();
        for (Actual a : db.<List<Actual>>tx(em -> economy(em).actuals(id))) {
            saved.put(a.getLine() + " " + a.getPeriod(), a.getAmount());
        }
        assertThat(saved).hasSameSizeAs(expected);
        expected.forEach((k, v) -> assertThat(saved.get(k)).as(k).isEqualByComparingTo(v));
        // imported again: the same figures, not twice them
        db.run(em -> economy(em).importFec(id, file, FR));
        assertThat(db.<List<Actual>>tx(em -> economy(em).actuals(id)))
                .hasSize(expected.size())
                .allSatisfy(a -> assertThat(a.getAmount())
                        .isEqualByComparingTo(expected.get(a.getLine() + " " + a.getPeriod())));
        // the variance now compares dues with 756 and taxes with 63
        List<EconomyService.Variance> v = db.tx(em -> economy(em).variance(id, 2026, FR));
        assertThat(v)
                .extracting(EconomyService.Variance::line)
                .contains(Actual.Line.DUES, Actual.Line.TAXES, Actual.Line.OTHER_CHARGES);
        assertThat(v.stream()
                        .filter(x -> x.line() == Actual.Line.DUES)
                        .findFirst()
                        .orElseThrow()
                        .months())
                .isEqualTo(12);
    }

    @Test
    void accountChoicesAreRememberedAndABadFecSavesNothing() {
        long id = demoModel();
        String file = fr.tierslieu.economy.domain.Fec.header() + "\n"
                + fr.tierslieu.economy.domain.Fec.entry(
                        "OD",
                        1,
                        LocalDate.of(2026, 2, 3),
                        "622600",
                        "Honoraires",
                        new BigDecimal("500"),
                        BigDecimal.ZERO)
                + "\n"
                + fr.tierslieu.economy.domain.Fec.entry(
                        "OD", 2, LocalDate.of(2026, 2, 3), "671000", "Pénalité", new BigDecimal("80"), BigDecimal.ZERO)
                + "\n";
        EconomyService.FecSummary first =
                db.tx(em -> economy(em).importFec(id, file.getBytes(java.nio.charset.StandardCharsets.UTF_8), FR));
        assertThat(first.unmapped()).containsOnlyKeys("671000");
        db.run(em -> economy(em).mapAccount(id, "6226", Actual.Line.STAFF, FR));
        db.run(em -> economy(em).mapAccount(id, "671", Actual.Line.PURCHASES_EXTERNAL, FR));
        db.run(em -> economy(em).mapAccount(id, "671", Actual.Line.OTHER_CHARGES, FR)); // a new choice replaces the old
        assertThat(db.<List<fr.tierslieu.economy.domain.AccountMapping>>tx(
                        em -> economy(em).accountMappings(id)))
                .extracting(fr.tierslieu.economy.domain.AccountMapping::getAccount)
                .containsExactly("6226", "671");
        EconomyService.FecSummary second =
                db.tx(em -> economy(em).importFec(id, file.getBytes(java.nio.charset.StandardCharsets.UTF_8), FR));
        assertThat(second.unmapped()).isEmpty();
        assertThat(db.<List<Actual>>tx(em -> economy(em).actuals(id)))
                .extracting(Actual::getLine)
                .contains(Actual.Line.STAFF, Actual.Line.OTHER_CHARGES);
        assertThatThrownBy(() -> db.run(em -> economy(em).mapAccount(id, "512000", Actual.Line.SALES, FR)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        e -> assertThat(e.getViolations().get(0).field()).isEqualTo("mappingAccount"));
        assertThatThrownBy(() -> db.run(em -> economy(em).mapAccount(id, "abc", Actual.Line.SALES, FR)))
                .isInstanceOf(ValidationFailure.class);

        int before = db.<List<Actual>>tx(em -> economy(em).actuals(id)).size();
        String bad = file
                + fr.tierslieu.economy.domain.Fec.entry(
                                "OD",
                                3,
                                LocalDate.of(2026, 3, 1),
                                "706000",
                                "Vente",
                                BigDecimal.ZERO,
                                new BigDecimal("100"))
                        .replace("20260301", "2026-03-01")
                + "\n";
        assertThatThrownBy(() -> db.run(
                        em -> economy(em).importFec(id, bad.getBytes(java.nio.charset.StandardCharsets.UTF_8), FR)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        e -> assertThat(e.getViolations())
                                .extracting(ValidationFailure.Violation::message)
                                .anyMatch(m -> m.startsWith("Ligne 4\u202F:") && m.contains("2026-03-01")));
        assertThat(db.<List<Actual>>tx(em -> economy(em).actuals(id))).hasSize(before);
    }

    @Test
    void subsidyDeadlinesAreListedAndTheFunderIsForgottenWhenDeleted() {
        ModelSpec spec = EconomyDemoData.atelierZ(2026, n -> n.startsWith("Région") ? 4242L : null);
        long id = db.tx(em ->
                economy(em).create("Avec financeur", null, false, spec, FR).getId());
        List<EconomyService.Deadline> deadlines = db.tx(em -> economy(em).deadlines());
        assertThat(deadlines).hasSize(4);
        assertThat(deadlines).isSortedAccordingTo(java.util.Comparator.comparing(EconomyService.Deadline::date));
        assertThat(db.<List<String>>tx(em -> economy(em).fundedBy(4242)))
                .containsExactly("Région Bretagne – investissement (Avec financeur)");
        db.run(em -> economy(em).onActorDeleted(new ActorDeleted(4242, "Région Bretagne")));
        assertThat(db.<List<String>>tx(em -> economy(em).fundedBy(4242))).isEmpty();
        assertThat(db.<List<ModelSpec.SubsidySpec>>tx(
                        em -> economy(em).model(id).spec().subsidies))
                .hasSize(4);
    }

    @Test
    void riskAndSensitivityRefuseOutOfRangeSettings() {
        ModelSpec spec = EconomyDemoData.atelierZ(2026, n -> null);
        EconomyService service = economy(null);
        assertThatThrownBy(() -> service.monteCarlo(spec, new EconomyService.Uncertainty(20, 10, 30, false), 50, 1, FR))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        e -> assertThat(e.getViolations().get(0).field()).isEqualTo("runs"));
        assertThatThrownBy(() -> service.sensitivity(spec, 9, 10, FR)).isInstanceOf(ValidationFailure.class);
        var risk = service.monteCarlo(spec, new EconomyService.Uncertainty(20, 10, 30, true), 500, 1, FR);
        assertThat(risk).hasSize(5).allMatch(r -> r.p5() <= r.p50() && r.p50() <= r.p95());
        assertThat(service.sensitivity(spec, 1, 10, FR).get(0).swing()).isPositive();
    }

    @Test
    void theDemoDataLoads() {
        db.run(em -> new EconomyDemoData(em).load());
        List<EconomicModel> models = db.tx(em -> economy(em).models());
        assertThat(models).hasSize(1).allMatch(EconomicModel::isIllustrative);
        assertThat(db.<List<fr.tierslieu.economy.domain.Scenario>>tx(
                        em -> economy(em).scenarios(models.get(0).getId())))
                .hasSize(2);
        assertThat(db.<List<EconomyService.Comparison>>tx(
                        em -> economy(em).compare(models.get(0).getId(), FR)))
                .allMatch(c -> c.forecast() != null);
        assertThat(LocalDate.now().getYear()).isEqualTo(models.get(0).spec().startYear);
    }

    @Test
    void premisesAreSavedWithTheModelCheckedFieldByFieldAndSimulated() {
        long id = demoModel();
        fr.tierslieu.economy.domain.Occupancy.Result year =
                db.tx(em -> economy(em).occupancy(id));
        assertThat(year.spaces()).hasSize(5);
        assertThat(year.needs())
                .extracting(fr.tierslieu.economy.domain.Occupancy.NeedResult::name)
                .containsExactly(
                        "Fablab – machines et ateliers",
                        "Coworking – postes",
                        "Séminaires d’entreprise",
                        "Formations",
                        "Événements publics",
                        "Café associatif");

        EconomicModel read = db.tx(em -> economy(em).model(id));
        ModelSpec spec = read.spec();
        spec.needs.get(1).from = 18;
        spec.needs.get(1).to = 9;
        spec.spaces.get(0).surface = 0;
        assertThatThrownBy(() -> db.run(em -> economy(em).save(id, read.getVersion(), "Atelier Z", null, spec, FR)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        e -> assertThat(e.getViolations())
                                .extracting(ValidationFailure.Violation::field)
                                .containsExactly("spaces[0].surface", "needs[1].to"));
        assertThat(db.<Integer>tx(em -> economy(em).model(id).spec().needs.get(1).to))
                .isEqualTo(18);

        spec.needs.get(1).from = 9;
        spec.needs.get(1).to = 13; // mornings only
        spec.spaces.get(0).surface = 65;
        spec.spaces.remove(4);
        db.run(em -> economy(em).save(id, read.getVersion(), "Atelier Z", null, spec, FR));
        ModelSpec saved = db.tx(em -> economy(em).model(id).spec());
        assertThat(saved.spaces).hasSize(4);
        assertThat(saved.needs.get(1).to).isEqualTo(13);
        assertThat(db.<Double>tx(em -> economy(em).occupancy(id).needs().get(0).storageMissing()))
                .as("the lean-to gone, the fablab's storage goes to its workshop")
                .isZero();

        spec.spaces.clear();
        long v = db.tx(em -> economy(em).model(id).getVersion());
        db.run(em -> economy(em).save(id, v, "Atelier Z", null, spec, FR));
        assertThat(db.<Object>tx(em -> economy(em).occupancy(id))).isNull();
    }

    @Test
    void theImpactPanoramaReadsStaffVolunteeringChargesAndOwnResourcesFromTheModel() {
        long id = demoModel();
        EconomyIndicators indicators = new EconomyIndicators(null, TestModules.bundles(new EconomyModule()));
        assertThat(db.<Double>tx(em -> {
                    indicators.em = em;
                    return indicators
                            .figure("economy.staffFte", 2026, FR)
                            .orElseThrow()
                            .value();
                }))
                .as("the coordinator all year, the fabmanager (0.8) from July")
                .isEqualTo(1.4);
        assertThat(db.<Double>tx(em -> {
                    indicators.em = em;
                    return indicators
                            .figure("economy.staffFte", 2027, FR)
                            .orElseThrow()
                            .value();
                }))
                .isEqualTo(1.8);
        assertThat(db.<Double>tx(em -> {
                    indicators.em = em;
                    return indicators
                            .figure("economy.volunteeringValue", 2026, FR)
                            .orElseThrow()
                            .value();
                }))
                .isEqualTo(12_000);
        assertThat(db.<Double>tx(em -> {
                    indicators.em = em;
                    return indicators
                            .figure("economy.volunteerHours", 2026, FR)
                            .orElseThrow()
                            .value();
                }))
                .as("one source of truth: the hours the valuation is computed from")
                .isEqualTo(800);
        // hours and hourly value set: the valuation is their product, or the model is refused at the field
        ModelSpec withHours = db.tx(em -> economy(em).model(id).spec());
        withHours.inKind.get(0).yearly = 10_000;
        assertThat(withHours.problems()).extracting(ModelSpec.Problem::path).containsExactly("inKind[0].yearly");
        withHours.inKind.get(0).setHours(1_000);
        assertThat(withHours.inKind.get(0).yearly).isEqualTo(15_000);
        assertThat(withHours.problems()).isEmpty();
        fr.tierslieu.economy.domain.Forecast.Year first = db.tx(em -> fr.tierslieu.economy.domain.Forecast.compute(
                        economy(em).model(id).spec().toModel())
                .years()
                .get(0));
        assertThat(db.<Double>tx(em -> {
                    indicators.em = em;
                    return indicators
                            .figure("economy.charges", 2026, FR)
                            .orElseThrow()
                            .value();
                }))
                .isEqualTo((double) Math.round(first.totalCharges()));
        assertThat(db.<String>tx(em -> {
                    indicators.em = em;
                    return indicators
                            .figure("economy.ownResources", 2026, FR)
                            .orElseThrow()
                            .source();
                }))
                .contains("Atelier Z")
                .contains("2026");
        assertThat(db.<Boolean>tx(em -> {
                    indicators.em = em;
                    return indicators.figure("economy.staffFte", 2031, FR).isEmpty();
                }))
                .as("beyond the five years of the model")
                .isTrue();
    }
}
