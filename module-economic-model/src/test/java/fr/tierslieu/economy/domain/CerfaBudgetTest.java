package fr.tierslieu.economy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fr.tierslieu.economy.application.EconomyDemoData;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Cerfa n° 12156*06 budget: the forecast's totals, subsidies by funder level, in-kind in two columns. */
class CerfaBudgetTest {

    private static ModelSpec demo() {
        return EconomyDemoData.atelierZ(2026, name -> null);
    }

    private static double amount(List<CerfaBudget.Line> lines, String account) {
        return lines.stream()
                .filter(l -> l.account().equals(account))
                .findFirst()
                .orElseThrow()
                .amount();
    }

    @Test
    void everyYearsTotalsAreTheForecastsAndTheGapIsTheResult() {
        ModelSpec spec = demo();
        Forecast.Result f = Forecast.compute(spec.toModel());
        for (int y = 1; y <= spec.years; y++) {
            CerfaBudget.Budget b = CerfaBudget.of(spec, y, s -> ModelSpec.FunderLevel.OTHER_PUBLIC);
            Forecast.Year year = f.years().get(y - 1);
            assertThat(b.year()).isEqualTo(2026 + y - 1);
            assertThat(b.totalCharges()).isCloseTo(year.totalCharges(), within(1e-6));
            assertThat(b.totalProducts()).isCloseTo(year.totalProducts(), within(1e-6));
            assertThat(b.gap()).isCloseTo(year.result(), within(1e-6));
            // sub-lines add up to their account
            assertThat(amount(b.charges(), "64"))
                    .isCloseTo(
                            b.charges().stream()
                                    .filter(l -> l.sub() && l.account().equals("64"))
                                    .mapToDouble(CerfaBudget.Line::amount)
                                    .sum(),
                            within(1e-6));
            assertThat(b.subsidiesByLevel().values().stream()
                            .mapToDouble(Double::doubleValue)
                            .sum())
                    .isCloseTo(year.operatingSubsidies(), within(1e-6));
            // contributions in kind: both columns carry the same total, the forecast's
            assertThat(b.totalUses()).isCloseTo(year.inKind(), within(1e-6));
            assertThat(b.totalContributions()).isCloseTo(b.totalUses(), within(1e-6));
        }
    }

    @Test
    void linesAreBookedInTheirAccounts() {
        ModelSpec spec = demo();
        CerfaBudget.Budget b = CerfaBudget.of(
                spec,
                1,
                s -> s.name.contains("Agglomération")
                        ? ModelSpec.FunderLevel.EPCI
                        : s.name.contains("Département")
                                ? ModelSpec.FunderLevel.DEPARTMENT
                                : ModelSpec.FunderLevel.STATE);
        assertThat(b.subsidiesByLevel())
                .containsEntry(ModelSpec.FunderLevel.STATE, 50_000.0)
                .containsEntry(ModelSpec.FunderLevel.EPCI, 10_000.0)
                .containsEntry(ModelSpec.FunderLevel.DEPARTMENT, 8_000.0)
                .containsEntry(ModelSpec.FunderLevel.REGION, 0.0); // the Région's grant is for investment: not in 74
        CerfaBudget.Line epci = b.products().stream()
                .filter(l -> l.key().endsWith("FunderLevel.EPCI"))
                .findFirst()
                .orElseThrow();
        assertThat(epci.detail()).isEqualTo("Concarneau Cornouaille Agglomération – fonctionnement");
        assertThat(amount(b.products(), "756"))
                .isCloseTo(Forecast.compute(spec.toModel()).years().get(0).dues(), within(1e-6));
        assertThat(amount(b.products(), "777")).isCloseTo(2_250, within(1e-6));
        // the demo's volunteering in 864 and 875; equipment lent by partners in 861 and 870
        double volunteering = spec.inKind.stream()
                .filter(k -> k.kind == ModelSpec.InKindKind.VOLUNTEERING)
                .mapToDouble(k -> k.yearly)
                .sum();
        assertThat(amount(b.uses(), "864")).isEqualTo(volunteering).isPositive();
        assertThat(amount(b.contributions(), "875")).isEqualTo(volunteering);
        assertThat(amount(b.uses(), "861")).isEqualTo(4_000 + 6_000); // equipment and the commune's rooms lent
        assertThat(amount(b.contributions(), "870")).isEqualTo(4_000);
        assertThat(amount(b.uses(), "860")).isZero();
        // taxes and other current charges have their own accounts
        spec.fixedCosts.add(ModelLines.cost("Taxe foncière", ModelSpec.CostCategory.TAXES, 1_200, 0, ""));
        spec.fixedCosts.add(
                ModelLines.cost("Adhésion au réseau régional", ModelSpec.CostCategory.OTHER_MANAGEMENT, 300, 0, ""));
        CerfaBudget.Budget more = CerfaBudget.of(spec, 1, s -> ModelSpec.FunderLevel.STATE);
        assertThat(amount(more.charges(), "63")).isEqualTo(1_200);
        assertThat(amount(more.charges(), "65")).isEqualTo(300);
        assertThat(more.totalCharges() - b.totalCharges()).isCloseTo(1_500, within(1e-6));
        Forecast.Year y = Forecast.compute(spec.toModel()).years().get(0);
        assertThat(y.taxes()).isEqualTo(1_200);
        assertThat(y.otherCharges()).isEqualTo(300);
        assertThat(y.totalCharges()).isCloseTo(more.totalCharges(), within(1e-6));
    }

    @Test
    void aYearOutsideTheHorizonIsRefused() {
        assertThatThrownBy(() -> CerfaBudget.of(demo(), 6, s -> ModelSpec.FunderLevel.STATE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CerfaBudget.of(demo(), 0, s -> ModelSpec.FunderLevel.STATE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDemoIsBalancedInKindAndInStepWithTheProject() {
        ModelSpec spec = demo();
        // the project's 800 volunteer hours and the commune's rooms (6,000 € a year) are in kind
        assertThat(spec.inKind)
                .anyMatch(k ->
                        k.kind == ModelSpec.InKindKind.VOLUNTEERING && k.name.contains("800 h") && k.yearly == 12_000);
        assertThat(spec.inKind)
                .anyMatch(
                        k -> k.kind == ModelSpec.InKindKind.PREMISES && k.name.contains("Névez") && k.yearly == 6_000);
        // the Fabrique de territoire grant is still to request, by the roadmap's date, from the State
        ModelSpec.SubsidySpec fabrique = spec.subsidies.get(0);
        assertThat(fabrique.status).isEqualTo(ModelSpec.SubsidyStatus.TO_REQUEST);
        assertThat(fabrique.deadline).isEqualTo(java.time.LocalDate.of(2027, 3, 31));
        CerfaBudget.Budget b = CerfaBudget.of(
                spec, 1, s -> s.funderLevel != null ? s.funderLevel : ModelSpec.FunderLevel.OTHER_PUBLIC);
        assertThat(b.totalUses()).isEqualTo(22_000).isEqualTo(b.totalContributions());
        // balanced in the first year: the unspent part of the grant is carried (fonds dédiés)
        assertThat(Math.abs(b.gap())).isLessThan(0.01);
        assertThat(amount(b.charges(), "689")).isPositive();
        assertThat(amount(b.uses(), "861")).isEqualTo(10_000); // rooms and equipment lent
        assertThat(amount(b.contributions(), "871")).isEqualTo(6_000);
    }
}
