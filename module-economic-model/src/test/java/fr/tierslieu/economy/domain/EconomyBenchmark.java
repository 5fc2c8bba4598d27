package fr.tierslieu.economy.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Times the forecast engine against issue 5's targets (run by {@code module-economic-model/src/test/bench/economy.sh}):
 * a 10-year monthly forecast of a model with 200 lines (60 activities, 80 fixed costs, 30 staff
 * lines, 20 subsidies, 5 loans, 5 investments) computed for 3 variants (target ≤ 20 ms), and
 * 10,000 Monte Carlo runs of that model over 10 uncertain drivers (target ≤ 3 s).
 */
public final class EconomyBenchmark {

    private EconomyBenchmark() {}

    static Model bigModel() {
        Random r = new Random(11);
        List<Model.Activity> activities = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            activities.add(new Model.Activity(
                    "A" + i,
                    50 + r.nextInt(500),
                    10 + r.nextInt(200),
                    0.5 + r.nextDouble() / 2,
                    0,
                    0.03,
                    Seasonality.FLAT,
                    r.nextInt(5),
                    0.1));
        }
        List<Model.FixedCost> fixed = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            fixed.add(new Model.FixedCost("F" + i, "SERVICES", 500 + r.nextInt(5000), 0.02));
        }
        List<Model.Staff> staff = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            staff.add(new Model.Staff(
                    "S" + i, 0.5 + r.nextInt(2) * 0.5, 22_000 + r.nextInt(15_000), 0.45, 1 + r.nextInt(24)));
        }
        List<Model.Subsidy> subsidies = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            subsidies.add(
                    new Model.Subsidy("Sub" + i, null, i % 4 != 0, new double[] {20_000, 20_000, 20_000}, 0.7, 3, 15));
        }
        List<Model.LoanLine> loans = new ArrayList<>();
        List<Model.Investment> investments = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            loans.add(new Model.LoanLine("L" + i, new Loan(50_000, 0.04, 84, 6), 1 + i * 6));
            investments.add(new Model.Investment("I" + i, new Depreciation(40_000, 8, 1 + i * 6)));
        }
        return new Model(
                2027, 10, 100_000, activities, fixed, staff, subsidies, loans, investments, List.of(), List.of());
    }

    public static void main(String[] args) {
        Model m = bigModel();
        List<Risk.Driver> drivers = Risk.drivers(m);
        Model[] variants = {
            m, drivers.get(0).apply().apply(m, 0.8), drivers.get(3).apply().apply(m, 1.2)
        };
        for (int i = 0; i < 200; i++) {
            Forecast.compute(variants[i % 3]);
        }
        double[] ms = new double[50];
        for (int i = 0; i < ms.length; i++) {
            long t0 = System.nanoTime();
            for (Model v : variants) {
                Forecast.compute(v);
            }
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(
                Locale.ROOT,
                "forecast, 10 years monthly, 200 lines, 3 variants: median %.2f ms, p95 %.2f ms (target 20 ms)%n",
                ms[ms.length / 2],
                ms[(int) Math.ceil(ms.length * 0.95) - 1]);
        List<Risk.Range> ranges = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ranges.add(new Risk.Range(drivers.get(i), 0.7, 1.0, 1.2));
        }
        Risk.monteCarlo(m, ranges, 500, 1);
        long t0 = System.nanoTime();
        List<Risk.YearRisk> risk = Risk.monteCarlo(m, ranges, 10_000, 2);
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "Monte Carlo, 10,000 runs of that model, 10 uncertain drivers: %.2f s (target 3 s); P(cash < 0) year 1: %.2f%n",
                seconds,
                risk.get(0).probabilityNegativeCash());
    }
}
