package fr.tierslieu.economy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.tierslieu.economy.application.EconomyDemoData;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The subsidies by funder and year, by status. */
class FunderOverviewTest {

    @Test
    void eachFunderHasItsYearsByStatusWithItsConditionsAndNextDeadline() {
        ModelSpec spec = EconomyDemoData.atelierZ(2026, name -> name.startsWith("Région") ? 7L : null);
        ModelSpec.SubsidySpec second = new ModelSpec.SubsidySpec();
        second.name = "Région Bretagne – fonctionnement";
        second.funderActorId = 7L;
        second.status = ModelSpec.SubsidyStatus.GRANTED;
        second.perYear = new double[] {0, 5_000};
        second.conditions = "Rapport d'activité";
        second.deadline = LocalDate.of(2026, 1, 10);
        spec.subsidies.add(second);
        List<FunderOverview.Row> rows = FunderOverview.of(spec, id -> id == 7L ? "Région Bretagne" : null);
        List<FunderOverview.Row> region =
                rows.stream().filter(r -> r.funder().equals("Région Bretagne")).toList();
        assertThat(region).extracting(FunderOverview.Row::year).containsExactly(2026, 2027);
        assertThat(region.get(0).amount(ModelSpec.SubsidyStatus.REQUESTED)).isEqualTo(30_000); // the investment grant
        assertThat(region.get(1).granted()).isEqualTo(5_000);
        assertThat(region.get(0).deadline()).isEqualTo(LocalDate.of(2026, 1, 10)); // the earliest of the two
        assertThat(region.get(0).conditions()).contains("Sur factures des travaux", "Rapport d'activité");
        // a subsidy without a funder stands for itself, years without an amount are left out
        List<FunderOverview.Row> fabrique = rows.stream()
                .filter(r -> r.funder().startsWith("Fabrique de territoire"))
                .toList();
        assertThat(fabrique)
                .hasSize(3)
                .allSatisfy(r ->
                        assertThat(r.amount(ModelSpec.SubsidyStatus.TO_REQUEST)).isEqualTo(50_000));
    }
}
