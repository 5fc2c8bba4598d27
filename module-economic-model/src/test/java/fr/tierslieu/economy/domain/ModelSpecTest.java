package fr.tierslieu.economy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fr.tierslieu.economy.application.EconomyDemoData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The document form of a model: checks naming each field, JSON round trip, scenarios, per-activity break-even. */
class ModelSpecTest {

    @Test
    void rowsAreAddedNumberedWithTheirSectionsDefaultsAndRemovedByIndex() {
        ModelSpec spec = new ModelSpec();
        spec.years = 3;
        for (String section : ModelSpec.SECTIONS) {
            spec.addRow(section, "Ligne");
        }
        spec.addRow("activities", "Activité");
        assertThat(spec.activities).extracting(a -> a.name).containsExactly("Ligne 1", "Activité 2");
        assertThat(spec.subsidies.get(0).perYear).hasSize(3);
        assertThat(spec.loans.get(0).months).isEqualTo(60);
        assertThat(spec.ownFunds).hasSize(1);

        spec.removeRow("activities", 0);
        spec.removeRow("activities", 5);
        assertThat(spec.activities).extracting(a -> a.name).containsExactly("Activité 2");
        assertThatThrownBy(() -> spec.addRow("nothing", "x")).isInstanceOf(IllegalArgumentException.class);
    }

    static ModelSpec demo() {
        return EconomyDemoData.atelierZ(2026, name -> null);
    }

    static List<String> paths(ModelSpec spec) {
        return spec.problems().stream().map(ModelSpec.Problem::path).toList();
    }

    @Test
    void theDemoModelIsValidAndSurvivesAJsonRoundTrip() {
        ModelSpec spec = demo();
        assertThat(spec.problems()).isEmpty();
        String json = ModelJson.write(spec);
        assertThat(ModelJson.write(ModelJson.read(json))).isEqualTo(json);
        assertThat(json)
                .contains("\"unitPrice\":1200")
                .contains("\"status\":\"TO_REQUEST\"")
                .contains("\"deadline\":\"2027-03-31\"");
    }

    @Test
    void badInputIsNamedAtItsField() {
        ModelSpec spec = demo();
        spec.years = 2;
        spec.activities.get(0).unitPrice = -5;
        spec.activities.get(1).occupancyPct = 120;
        spec.activities.get(2).seasonality = new double[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0};
        spec.staff.get(0).employerRatePct = 145;
        spec.loans.get(0).months = null;
        spec.subsidies.get(0).perYear = new double[] {50_000, -1};
        spec.investments.get(0).years = 0;
        spec.fixedCosts.get(1).name = " ";
        assertThat(paths(spec))
                .contains(
                        "years",
                        "activities[0].unitPrice",
                        "activities[1].occupancyPct",
                        "activities[2].seasonality",
                        "staff[0].employerRatePct",
                        "loans[0].months",
                        "subsidies[0].perYear",
                        "investments[0].years",
                        "fixedCosts[1].name");
        assertThatThrownBy(spec::toModel).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void seasonalityProblemTellsTheCountAndTheSum() {
        ModelSpec spec = demo();
        spec.activities.get(0).setSeasonalityText("1;1;1;1;1;1;1;1;1;1;1,5");
        ModelSpec.Problem p = spec.problems().stream()
                .filter(x -> x.path().equals("activities[0].seasonality"))
                .findFirst()
                .orElseThrow();
        assertThat(p.args()).containsExactly(11, 11.5);
        spec.activities.get(0).setSeasonalityText("0,5 ; 1,5 ; 1 ; 1 ; 1 ; 1 ; 1 ; 1 ; 1 ; 1 ; 1 ; 1");
        assertThat(spec.problems()).isEmpty();
        assertThat(spec.activities.get(0).seasonality[1]).isEqualTo(1.5);
        spec.activities.get(0).setSeasonalityText("1;1;x;1;1;1;1;1;1;1;1;1");
        assertThat(paths(spec)).containsExactly("activities[0].seasonality");
    }

    @Test
    void aLoanDeferralAsLongAsTheLoanIsRefused() {
        ModelSpec spec = demo();
        spec.loans.get(0).deferral = 60;
        assertThat(paths(spec)).containsExactly("loans[0].deferral");
    }

    @Test
    void aWrongTypeInTheJsonIsNamedByItsPath() {
        String json = ModelJson.write(demo()).replace("\"volume\":600", "\"volume\":\"six cents\"");
        assertThatThrownBy(() -> ModelJson.read(json))
                .isInstanceOf(ModelJson.Unreadable.class)
                .extracting(e -> ((ModelJson.Unreadable) e).path())
                .isEqualTo("activities[1].volume");
        assertThatThrownBy(() -> ModelJson.read("[1,2]")).isInstanceOf(ModelJson.Unreadable.class);
        assertThatThrownBy(() -> ModelJson.read(ModelJson.write(demo()).replace("\"TO_REQUEST\"", "\"MAYBE\"")))
                .extracting(e -> ((ModelJson.Unreadable) e).path())
                .isEqualTo("subsidies[0].status");
    }

    @Test
    void percentagesAndRefusedSubsidiesReachTheEngineRight() {
        ModelSpec spec = demo();
        Model m = spec.toModel();
        assertThat(m.activities().get(2).units(1)).isCloseTo(72 * 0.6, within(1e-9));
        assertThat(m.staff().get(0).monthly(1)).isCloseTo(26_000 * 1.45 / 12, within(1e-9));
        double subsidies = Forecast.compute(m).years().get(0).operatingSubsidies();
        spec.subsidies.get(0).status = ModelSpec.SubsidyStatus.REFUSED;
        assertThat(Forecast.compute(spec.toModel()).years().get(0).operatingSubsidies())
                .isCloseTo(subsidies - 50_000, within(1e-6));
    }

    @Test
    void theDemoShowsWhatHappensWhenTheFabriqueGrantStops() {
        Forecast.Result f = Forecast.compute(demo().toModel());
        assertThat(f.years().get(2).operatingSubsidies() - f.years().get(3).operatingSubsidies())
                .isCloseTo(50_000 + 2_000 + 8_000, within(1e-6));
        assertThat(f.years().get(3).subsidyDependence())
                .isLessThan(f.years().get(2).subsidyDependence());
        assertThat(f.years().get(3).result()).isLessThan(f.years().get(2).result());
        assertThat(f.lowestCash())
                .isEqualTo(java.util.Arrays.stream(f.monthlyCash()).min().orElseThrow())
                .isNegative();
    }

    @Test
    void ownFundsAreCashInTheirMonthAndNotRevenue() {
        ModelSpec spec = demo();
        Forecast.Result before = Forecast.compute(spec.toModel());
        ModelSpec.EquitySpec e = new ModelSpec.EquitySpec();
        e.name = "Apport des membres fondateurs";
        e.amount = 12_000;
        e.month = 14;
        spec.ownFunds.add(e);
        Forecast.Result after = Forecast.compute(spec.toModel());
        for (int y = 0; y < 5; y++) {
            assertThat(after.years().get(y).result())
                    .isEqualTo(before.years().get(y).result());
        }
        assertThat(after.monthlyCash()[12] - before.monthlyCash()[12]).isCloseTo(0, within(1e-9));
        assertThat(after.monthlyCash()[13] - before.monthlyCash()[13]).isCloseTo(12_000, within(1e-9));
        assertThat(after.monthlyCash()[59] - before.monthlyCash()[59]).isCloseTo(12_000, within(1e-9));
        e.month = 61;
        assertThat(paths(spec)).containsExactly("ownFunds[0].month");
    }

    @Test
    void aScenarioOverridesOnlyWhatItNames() {
        ModelSpec base = demo();
        Map<String, Double> o = new LinkedHashMap<>();
        o.put("/activities/3/unitPrice", 1500.0);
        ModelSpec variant = Scenarios.apply(base, o);
        assertThat(variant.activities.get(3).unitPrice).isEqualTo(1500);
        assertThat(base.activities.get(3).unitPrice).isEqualTo(1200);
        double extraUnits = 25 * 0.8;
        double gain = extraUnits * 300 * (1 - 0.35);
        assertThat(Forecast.compute(variant.toModel()).years().get(0).result()
                        - Forecast.compute(base.toModel()).years().get(0).result())
                .isCloseTo(gain, within(1e-6));
        assertThatThrownBy(() -> Scenarios.apply(base, Map.of("/activities/99/unitPrice", 1.0)))
                .isInstanceOf(ModelJson.Unreadable.class)
                .hasMessageContaining("/activities/99/unitPrice");
        assertThatThrownBy(() -> Scenarios.apply(base, Map.of("/activities/0/name", 1.0)))
                .isInstanceOf(ModelJson.Unreadable.class);
    }

    @Test
    void assumptionsAreListedWithTheirPointerAndLabel() {
        List<Scenarios.Assumption> list =
                Scenarios.assumptions(demo(), Map.of("unitPrice", "Prix", "perYear", "Montant")::get);
        assertThat(list)
                .anyMatch(a -> a.pointer().equals("/activities/3/unitPrice")
                        && a.label().equals("Séminaires d'entreprise – Prix")
                        && a.value() == 1200);
        assertThat(list)
                .anyMatch(a -> a.pointer().equals("/subsidies/0/perYear/2")
                        && a.label().endsWith("Montant (3)"));
        assertThat(list).noneMatch(a -> a.pointer().contains("seasonality"));
        for (Scenarios.Assumption a : list) {
            assertThat(Scenarios.apply(demo(), Map.of(a.pointer(), a.value()))
                            .problems()
                            .size())
                    .isLessThanOrEqualTo(1);
        }
    }

    @Test
    void eachActivityBreakEvenBringsTheResultToZero() {
        ModelSpec spec = demo();
        for (int year = 1; year <= 5; year++) {
            List<Forecast.ActivityBreakEven> list = Forecast.activityBreakEven(spec.toModel(), year);
            for (int i = 0; i < list.size(); i++) {
                Forecast.ActivityBreakEven b = list.get(i);
                if (Double.isNaN(b.unitsNeeded()) || b.unitsNeeded() == 0) {
                    continue;
                }
                ModelSpec moved = ModelJson.copy(spec);
                moved.activities.get(i).occupancyPct = b.occupancyNeeded() * 100;
                // growth is applied to the volume; occupancy needed is relative to that year's volume
                double result = Forecast.compute(withoutPercentLimit(moved))
                        .years()
                        .get(year - 1)
                        .result();
                assertThat(result).as("year %d, %s", year, b.activity()).isCloseTo(0, within(1e-4));
            }
        }
    }

    /** An occupancy above 100 % is refused by the form, but the engine computes it. */
    private static Model withoutPercentLimit(ModelSpec spec) {
        Model m = ModelJson.copy(spec).toModelUnchecked();
        return m;
    }

    @Test
    void theDemoRegionGrantIsTakenToTheResultWithTheBarnWorks() {
        ModelSpec spec = demo();
        ModelSpec.SubsidySpec region =
                spec.subsidies.stream().filter(s -> !s.operating).findFirst().orElseThrow();
        assertThat(region.investment).isEqualTo("Travaux de la grange");
        Forecast.Result f = Forecast.compute(spec.toModel());
        // 30,000 € for works of 60,000 € depreciated over 10 years from April: 9 months in year 1, then 12
        assertThat(f.years().get(0).investmentSubsidyShare()).isCloseTo(30_000 * 9 / 120.0, within(1e-6));
        assertThat(f.years().get(1).investmentSubsidyShare()).isCloseTo(3_000, within(1e-6));
        assertThat(ModelJson.write(ModelJson.read(ModelJson.write(spec))))
                .contains("\"investment\":\"Travaux de la grange\"");
    }

    @Test
    void theLinksOfASubsidyAreCheckedAtTheirField() {
        ModelSpec spec = demo();
        int region = spec.subsidies.indexOf(
                spec.subsidies.stream().filter(s -> !s.operating).findFirst().orElseThrow());
        spec.subsidies.get(region).investment = "Travaux du hangar";
        spec.subsidies.get(0).investment = "Travaux de la grange"; // an operating subsidy
        spec.subsidies.get(1).dedicatedPerYear = new double[] {10_001}; // more than the 10,000 granted that year
        assertThat(paths(spec))
                .containsExactlyInAnyOrder(
                        "subsidies[" + region + "].investment",
                        "subsidies[0].investment",
                        "subsidies[1].dedicatedPerYear");
        spec = demo();
        spec.subsidies.get(region).dedicatedPerYear = new double[] {1_000}; // fonds dédiés are for operating subsidies
        spec.subsidies.get(1).setDedicatedText("2000 ; 0 ; 0 ; 0 ; 0 ; 1");
        assertThat(paths(spec))
                .containsExactlyInAnyOrder(
                        "subsidies[" + region + "].dedicatedPerYear", "subsidies[1].dedicatedPerYear");
        spec.subsidies.get(region).dedicatedPerYear = new double[0];
        spec.subsidies.get(1).setDedicatedText("2000");
        spec.subsidies.get(region).investment = "x".repeat(10_000);
        assertThat(spec.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.key()).isEqualTo("economy.error.nameLength"));
        spec.subsidies.get(region).investment = "Travaux de la grange";
        assertThat(spec.problems()).isEmpty();
        assertThat(Forecast.compute(spec.toModel()).years().get(0).dedicatedFundsCarried())
                .isCloseTo(2_000 + spec.subsidies.get(0).dedicatedPerYear[0], within(1e-6)); // with the demo's own
    }

    @Test
    void aPretDHonneurIsThePersonsApportNotALoanOfTheStructure() {
        ModelSpec spec = demo();
        Forecast.Result before = Forecast.compute(spec.toModel());
        spec.loans.get(0).kind = ModelSpec.LoanKind.HONOUR;
        Model m = spec.toModel();
        assertThat(m.loans()).isEmpty();
        assertThat(m.equity()).extracting(Model.Equity::name).contains(spec.loans.get(0).name);
        Forecast.Result after = Forecast.compute(m);
        assertThat(after.years().get(0).financialCharges()).isZero(); // no interest for the structure
        assertThat(after.monthlyCash()[0]).isCloseTo(before.monthlyCash()[0], within(1e-6)); // same money in month 1
        assertThat(after.monthlyCash()[59]).isGreaterThan(before.monthlyCash()[59]); // and nothing to repay
        spec.loans.get(0).kind = null;
        assertThat(paths(spec)).containsExactly("loans[0].kind");
    }
}
