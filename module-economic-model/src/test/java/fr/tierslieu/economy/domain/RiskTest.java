package fr.tierslieu.economy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RiskTest {

    static Model model() {
        return ForecastTest.model(
                5_000,
                List.of(new Model.Subsidy(
                        "Fabrique de territoire", null, true, new double[] {20_000, 20_000, 20_000}, 0.8, 3, 15)));
    }

    @Test
    void tornadoPutsTheBiggestLeverFirstAndIsLinearForPrices() {
        List<Risk.Bar> bars = Risk.sensitivity(model(), 1, 0.2);
        assertThat(bars)
                .extracting(Risk.Bar::driver)
                .contains(
                        "Séminaires – volume", "Séminaires – prix", "Loyer", "Coordination", "Fabrique de territoire");
        assertThat(bars.get(0).swing())
                .isGreaterThanOrEqualTo(bars.get(bars.size() - 1).swing());
        Risk.Bar price = bars.stream()
                .filter(b -> b.driver().equals("Séminaires – prix"))
                .findFirst()
                .orElseThrow();
        // ±20 % of 18,000 € of sales with 70 % margin: ±2,520 €
        double base = Forecast.compute(model()).years().get(0).result();
        assertThat(price.high() - base).isCloseTo(2_520, within(1e-6));
        assertThat(base - price.low()).isCloseTo(2_520, within(1e-6));
        Risk.Bar grant = bars.stream()
                .filter(b -> b.driver().equals("Fabrique de territoire"))
                .findFirst()
                .orElseThrow();
        assertThat(grant.swing()).isCloseTo(8_000, within(1e-6));
    }

    @Test
    void monteCarloGivesProbabilitiesAndOrderedPercentiles() {
        Model m = model();
        List<Risk.Driver> drivers = Risk.drivers(m);
        List<Risk.Range> ranges =
                List.of(new Risk.Range(drivers.get(0), 0.5, 1.0, 1.3), new Risk.Range(drivers.get(1), 0.8, 1.0, 1.1));
        List<Risk.YearRisk> risk = Risk.monteCarlo(m, ranges, 2_000, 7);
        assertThat(risk).hasSize(3);
        for (Risk.YearRisk y : risk) {
            assertThat(y.probabilityNegativeCash()).isBetween(0.0, 1.0);
            assertThat(y.p5()).isLessThanOrEqualTo(y.p50());
            assertThat(y.p50()).isLessThanOrEqualTo(y.p95());
        }
        // no uncertainty: every percentile is the forecast itself
        List<Risk.YearRisk> certain = Risk.monteCarlo(m, List.of(new Risk.Range(drivers.get(0), 1, 1, 1)), 50, 1);
        double base = Forecast.compute(m).years().get(0).result();
        assertThat(certain.get(0).p5()).isCloseTo(base, within(1e-9));
        assertThat(certain.get(0).p95()).isCloseTo(base, within(1e-9));
        // reproducible with the same seed
        assertThat(Risk.monteCarlo(m, ranges, 500, 3)).isEqualTo(Risk.monteCarlo(m, ranges, 500, 3));
    }
}
