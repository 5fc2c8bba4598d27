package fr.tierslieu.economy.application;

import fr.tierslieu.core.application.actor.ActorDeleted;
import fr.tierslieu.core.domain.shared.ConcurrentEditException;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.core.testsupport.JpaTestSupport;
import fr.tierslieu.core.testsupport.TestModules;
import fr.tierslieu.economy.EconomyModule;
import fr.tierslieu.economy.domain.Actual;
import fr.tierslieu.economy.domain.EconomicModel;
import fr.tierslieu.economy.domain.ModelSpec;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Models, scenarios and actual figures on the real schema (core and economy migrations). */
class EconomyServiceTest {

    static final Locale FR = Locale.FRENCH;
    private JpaTestSupport db;

    @BeforeEach
    void setUp() {
        db = JpaTestSupport.open("economy", "core", "classpath:db/migration/core", "economy", "classpath:db/migration/economy");
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    EconomyService economy(EntityManager em) {
        return new EconomyService(em, TestModules.bundles(new EconomyModule()));
    }

    long demoModel() {
        return db.tx(em -> economy(em).create("Atelier Z", null, true, EconomyDemoData.atelierZ(2026, n -> null), FR).getId());
    }

    @Test
    void aModelIsSavedWholeOrNotAtAllAndAStaleCopyIsRefused() {
        long id = demoModel();
        EconomicModel read = db.tx(em -> economy(em).model(id));
        ModelSpec spec = read.spec();
        spec.activities.get(0).unitPrice = 90;
        spec.activities.get(1).unitPrice = -3;
        assertThatThrownBy(() -> db.run(em -> economy(em).save(id, read.getVersion(), "Atelier Z", null, spec, FR)))
                .isInstanceOfSatisfying(ValidationFailure.class, e -> assertThat(e.getViolations())
                        .extracting(ValidationFailure.Violation::field, ValidationFailure.Violation::message)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("activities[1].unitPrice", "Le montant ne peut pas être négatif.")));
        assertThat(db.<Double>tx(em -> economy(em).model(id).spec().activities.get(0).unitPrice)).isEqualTo(80);

        spec.activities.get(1).unitPrice = 16;
        db.run(em -> economy(em).save(id, read.getVersion(), "Atelier Z", null, spec, FR));
        assertThat(db.<Double>tx(em -> economy(em).model(id).spec().activities.get(0).unitPrice)).isEqualTo(90);
        assertThatThrownBy(() -> db.run(em -> economy(em).save(id, read.getVersion(), "Atelier Z", null, spec, FR)))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void namesAreUniqueAndRequired() {
        demoModel();
        assertThatThrownBy(() -> db.run(em -> economy(em).create("atelier z", null, false, new ModelSpec(), FR)))
                .isInstanceOfSatisfying(ValidationFailure.class, e -> assertThat(e.getViolations().get(0).field()).isEqualTo("modelName"));
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
        assertThat(c).extracting(EconomyService.Comparison::name).containsExactly("Scénario de base", "Sans Fabrique en 3e année");
        double base3 = c.get(0).forecast().years().get(2).result();
        assertThat(c.get(1).forecast().years().get(2).result()).isCloseTo(base3 - 50_000, within(1e-6));
        assertThat(c.get(1).forecast().lowestCash()).isLessThan(c.get(0).forecast().lowestCash());

        assertThatThrownBy(() -> db.run(em -> economy(em).saveScenario(id, null, null, "Faux", Map.of("/nothing/0", 1.0), FR)))
                .isInstanceOfSatisfying(ValidationFailure.class, e -> assertThat(e.getViolations().get(0).message()).contains("/nothing/0"));
        assertThatThrownBy(() -> db.run(em -> economy(em).saveScenario(id, null, null, "Négatif", Map.of("/activities/0/unitPrice", -1.0), FR)))
                .isInstanceOfSatisfying(ValidationFailure.class, e -> assertThat(e.getViolations().get(0).field()).isEqualTo("activities[0].unitPrice"));
        assertThat(db.<List<fr.tierslieu.economy.domain.Scenario>>tx(em -> economy(em).scenarios(id))).hasSize(1);
    }

    @Test
    void actualsAreImportedAllOrNothingWithTheLineOfEachProblem() {
        long id = demoModel();
        String bad = "ligne;mois;montant\nSALES;2026-01;4 250,50\nVentes;2026-02;10\nSTAFF;2026-13;3000\nSTAFF;2026-02;abc\n";
        assertThatThrownBy(() -> db.run(em -> economy(em).importActuals(id, bad, FR)))
                .isInstanceOfSatisfying(ValidationFailure.class, e -> assertThat(e.getViolations()).extracting(ValidationFailure.Violation::message)
                        .anyMatch(m -> m.startsWith("Ligne 3\u202F:") && m.contains("Ventes"))
                        .anyMatch(m -> m.startsWith("Ligne 4\u202F:") && m.contains("2026-13"))
                        .anyMatch(m -> m.startsWith("Ligne 5\u202F:") && m.contains("abc")));
        assertThat(db.<List<Actual>>tx(em -> economy(em).actuals(id))).isEmpty();

        String good = "ligne;mois;montant\nSALES;2026-01;4 250,50\nVentes et prestations;2026-02;5000\nCharges de personnel;2026-01;3000\n";
        assertThat(db.<Integer>tx(em -> economy(em).importActuals(id, good, FR))).isEqualTo(3);
        db.run(em -> economy(em).setActual(id, Actual.Line.SALES, YearMonth.of(2026, 1), new BigDecimal("4300")));
        assertThat(db.<List<Actual>>tx(em -> economy(em).actuals(id))).hasSize(3);

        List<EconomyService.Variance> v = db.tx(em -> economy(em).variance(id, 2026, FR));
        EconomyService.Variance sales = v.stream().filter(x -> x.line() == Actual.Line.SALES).findFirst().orElseThrow();
        assertThat(sales.months()).isEqualTo(2);
        assertThat(sales.actual()).isCloseTo(9_300, within(1e-6));
        assertThat(sales.forecastToDate()).isCloseTo(sales.forecast() * 2 / 12, within(1e-6));
        assertThat(sales.variance()).isCloseTo(9_300 - sales.forecast() / 6, within(1e-6));
    }

    @Test
    void subsidyDeadlinesAreListedAndTheFunderIsForgottenWhenDeleted() {
        ModelSpec spec = EconomyDemoData.atelierZ(2026, n -> n.startsWith("Région") ? 4242L : null);
        long id = db.tx(em -> economy(em).create("Avec financeur", null, false, spec, FR).getId());
        List<EconomyService.Deadline> deadlines = db.tx(em -> economy(em).deadlines());
        assertThat(deadlines).hasSize(4);
        assertThat(deadlines).isSortedAccordingTo(java.util.Comparator.comparing(EconomyService.Deadline::date));
        assertThat(db.<List<String>>tx(em -> economy(em).fundedBy(4242))).containsExactly("Région Bretagne – investissement (Avec financeur)");
        db.run(em -> economy(em).onActorDeleted(new ActorDeleted(4242, "Région Bretagne")));
        assertThat(db.<List<String>>tx(em -> economy(em).fundedBy(4242))).isEmpty();
        assertThat(db.<List<ModelSpec.SubsidySpec>>tx(em -> economy(em).model(id).spec().subsidies)).hasSize(4);
    }

    @Test
    void riskAndSensitivityRefuseOutOfRangeSettings() {
        ModelSpec spec = EconomyDemoData.atelierZ(2026, n -> null);
        EconomyService service = economy(null);
        assertThatThrownBy(() -> service.monteCarlo(spec, new EconomyService.Uncertainty(20, 10, 30, false), 50, 1, FR))
                .isInstanceOfSatisfying(ValidationFailure.class, e -> assertThat(e.getViolations().get(0).field()).isEqualTo("runs"));
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
        assertThat(db.<List<fr.tierslieu.economy.domain.Scenario>>tx(em -> economy(em).scenarios(models.get(0).getId()))).hasSize(2);
        assertThat(db.<List<EconomyService.Comparison>>tx(em -> economy(em).compare(models.get(0).getId(), FR))).allMatch(c -> c.forecast() != null);
        assertThat(LocalDate.now().getYear()).isEqualTo(models.get(0).spec().startYear);
    }
}
