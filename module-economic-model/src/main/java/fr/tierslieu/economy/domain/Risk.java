package fr.tierslieu.economy.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * What could go differently: sensitivity of a year's result to each driver, and Monte Carlo
 * simulation over drivers given as ranges.
 *
 * <p>A driver multiplies one assumption of the model: an activity's volume or unit price, a fixed
 * cost, a staff cost, a subsidy. Sensitivity moves each driver by ±x and reports the change of the
 * chosen year's result (the tornado chart, largest first). Monte Carlo draws every uncertain driver
 * from a triangular distribution (min, most likely, max multipliers) for each run and reports, per
 * year, the probability that the cash goes below zero at least once in that year and the 5th, 50th
 * and 95th percentiles of the result.</p>
 */
public final class Risk {

    private Risk() {}

    /** A named way to scale one assumption of the model. */
    public record Driver(String name, BiFunction<Model, Double, Model> apply) {}

    /** The drivers of a model: volume and price of each activity, each fixed cost, each staff line, each subsidy. */
    public static List<Driver> drivers(Model m) {
        List<Driver> out = new ArrayList<>();
        for (int i = 0; i < m.activities().size(); i++) {
            int k = i;
            out.add(new Driver(
                    m.activities().get(i).name() + " – volume",
                    (model, f) -> withActivity(
                            model,
                            k,
                            a -> new Model.Activity(
                                    a.name(),
                                    a.volume() * f,
                                    a.unitPrice(),
                                    a.occupancy(),
                                    a.fixedRevenue(),
                                    a.growth(),
                                    a.seasonality(),
                                    a.directCostPerUnit(),
                                    a.directCostRate(),
                                    a.dues()))));
            out.add(new Driver(
                    m.activities().get(i).name() + " – prix",
                    (model, f) -> withActivity(
                            model,
                            k,
                            a -> new Model.Activity(
                                    a.name(),
                                    a.volume(),
                                    a.unitPrice() * f,
                                    a.occupancy(),
                                    a.fixedRevenue(),
                                    a.growth(),
                                    a.seasonality(),
                                    a.directCostPerUnit(),
                                    a.directCostRate(),
                                    a.dues()))));
        }
        for (int i = 0; i < m.fixedCosts().size(); i++) {
            int k = i;
            out.add(new Driver(m.fixedCosts().get(i).name(), (model, f) -> {
                List<Model.FixedCost> list = new ArrayList<>(model.fixedCosts());
                Model.FixedCost c = list.get(k);
                list.set(k, new Model.FixedCost(c.name(), c.category(), c.yearly() * f, c.growth()));
                return new Model(
                        model.startYear(),
                        model.years(),
                        model.openingCash(),
                        model.activities(),
                        list,
                        model.staff(),
                        model.subsidies(),
                        model.loans(),
                        model.investments(),
                        model.inKind(),
                        model.equity());
            }));
        }
        for (int i = 0; i < m.staff().size(); i++) {
            int k = i;
            out.add(new Driver(m.staff().get(i).name(), (model, f) -> {
                List<Model.Staff> list = new ArrayList<>(model.staff());
                Model.Staff s = list.get(k);
                list.set(k, new Model.Staff(s.name(), s.fte(), s.grossYearly() * f, s.employerRate(), s.startMonth()));
                return new Model(
                        model.startYear(),
                        model.years(),
                        model.openingCash(),
                        model.activities(),
                        model.fixedCosts(),
                        list,
                        model.subsidies(),
                        model.loans(),
                        model.investments(),
                        model.inKind(),
                        model.equity());
            }));
        }
        for (int i = 0; i < m.subsidies().size(); i++) {
            int k = i;
            out.add(new Driver(m.subsidies().get(i).name(), (model, f) -> {
                List<Model.Subsidy> list = new ArrayList<>(model.subsidies());
                Model.Subsidy s = list.get(k);
                double[] per = Arrays.stream(s.perYear()).map(v -> v * f).toArray();
                list.set(k, s.withPerYear(per));
                return new Model(
                        model.startYear(),
                        model.years(),
                        model.openingCash(),
                        model.activities(),
                        model.fixedCosts(),
                        model.staff(),
                        list,
                        model.loans(),
                        model.investments(),
                        model.inKind(),
                        model.equity());
            }));
        }
        return out;
    }

    private static Model withActivity(Model m, int k, java.util.function.UnaryOperator<Model.Activity> change) {
        List<Model.Activity> list = new ArrayList<>(m.activities());
        list.set(k, change.apply(list.get(k)));
        return new Model(
                m.startYear(),
                m.years(),
                m.openingCash(),
                list,
                m.fixedCosts(),
                m.staff(),
                m.subsidies(),
                m.loans(),
                m.investments(),
                m.inKind(),
                m.equity());
    }

    /** One bar of the tornado: the result of {@code year} with the driver at −x and at +x. */
    public record Bar(String driver, double low, double high) {
        public double swing() {
            return Math.abs(high - low);
        }
    }

    /** Tornado data for a year (1-based), largest swing first. */
    public static List<Bar> sensitivity(Model m, int year, double x) {
        List<Bar> bars = new ArrayList<>();
        for (Driver d : drivers(m)) {
            double low = Forecast.compute(d.apply().apply(m, 1 - x))
                    .years()
                    .get(year - 1)
                    .result();
            double high = Forecast.compute(d.apply().apply(m, 1 + x))
                    .years()
                    .get(year - 1)
                    .result();
            bars.add(new Bar(d.name(), low, high));
        }
        bars.sort((a, b) -> Double.compare(b.swing(), a.swing()));
        return bars;
    }

    /**
     * An uncertain driver: a triangular distribution of its multiplier (min, most likely, max), or
     * a normal one centred on {@code mode} with min and max at ±3 standard deviations (truncated at
     * zero: a volume or a price is never negative).
     */
    public record Range(Driver driver, double min, double mode, double max, boolean normal) {
        public Range(Driver driver, double min, double mode, double max) {
            this(driver, min, mode, max, false);
        }

        double draw(Random r) {
            if (normal) {
                double sigma = (max - min) / 6;
                return Math.max(0, mode + sigma * r.nextGaussian());
            }
            double u = r.nextDouble();
            double c = (mode - min) / (max - min);
            return u < c
                    ? min + Math.sqrt(u * (max - min) * (mode - min))
                    : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
        }
    }

    public record YearRisk(int year, double probabilityNegativeCash, double p5, double p50, double p95) {}

    /** Runs are split in this many independent streams (each with its own seed), computed in parallel. */
    static final int STREAMS = 8;

    /**
     * @param seed the same seed gives the same figures, whatever the number of processors (the runs
     *             are split in {@value #STREAMS} streams seeded from it)
     */
    public static List<YearRisk> monteCarlo(Model m, List<Range> ranges, int runs, long seed) {
        int years = m.years();
        double[][] results = new double[years][runs];
        int[][] negative = new int[STREAMS][years];
        java.util.stream.IntStream.range(0, STREAMS).parallel().forEach(stream -> {
            Random r = new Random(seed * 1_000_003L + stream);
            for (int run = stream; run < runs; run += STREAMS) {
                Model drawn = m;
                for (Range range : ranges) {
                    drawn = range.driver()
                            .apply()
                            .apply(drawn, range.min() == range.max() ? range.mode() : range.draw(r));
                }
                Forecast.Result f = Forecast.compute(drawn);
                for (int y = 0; y < years; y++) {
                    results[y][run] = f.years().get(y).result();
                    for (int mo = y * 12; mo < (y + 1) * 12; mo++) {
                        if (f.monthlyCash()[mo] < 0) {
                            negative[stream][y]++;
                            break;
                        }
                    }
                }
            }
        });
        List<YearRisk> out = new ArrayList<>();
        for (int y = 0; y < years; y++) {
            double[] sorted = results[y].clone();
            Arrays.sort(sorted);
            int neg = 0;
            for (int[] n : negative) {
                neg += n[y];
            }
            out.add(new YearRisk(
                    m.startYear() + y, neg / (double) runs, pct(sorted, 0.05), pct(sorted, 0.5), pct(sorted, 0.95)));
        }
        return out;
    }

    static double pct(double[] sorted, double p) {
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
