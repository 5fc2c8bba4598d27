package fr.tierslieu.studytrip.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Times the carpool plan for 60 participants (15 drivers with 3 free seats each, 45 passengers)
 * around Cornouaille to Rennes — target ≤ 1 s on 2 cores. Run by {@code module-study-trip/src/test/bench/carpool.sh}.
 */
public final class CarpoolBenchmark {

    private CarpoolBenchmark() {}

    public static void main(String[] args) {
        int runs = Integer.getInteger("bench.runs", 20);
        int warmup = Integer.getInteger("bench.warmup", 5);
        double[] ms = new double[runs];
        for (int i = -warmup; i < runs; i++) {
            Random r = new Random(1000 + i);
            List<Carpool.Driver> drivers = new ArrayList<>();
            for (int j = 0; j < 15; j++) {
                drivers.add(new Carpool.Driver("d" + j, CarpoolTest.around(r), 3));
            }
            List<Carpool.Passenger> passengers = CarpoolTest.passengers(r, 45);
            long t0 = System.nanoTime();
            Carpool.Plan plan = Carpool.plan(drivers, passengers, CarpoolTest.DEST, Travel.RURAL_BRITTANY);
            long t1 = System.nanoTime();
            if (plan.unseated().size() != 0) {
                throw new IllegalStateException("45 seats for 45 passengers, some left unseated");
            }
            if (i >= 0) {
                ms[i] = (t1 - t0) / 1e6;
            }
        }
        Arrays.sort(ms);
        System.out.printf(
                Locale.ROOT,
                "carpool 60 participants / 15 drivers: median %.1f ms, p95 %.1f ms, max %.1f ms (target 1000 ms) %s%n",
                ms[runs / 2],
                ms[(int) Math.ceil(runs * 0.95) - 1],
                ms[runs - 1],
                ms[(int) Math.ceil(runs * 0.95) - 1] <= 1000 ? "OK" : "OVER TARGET");
    }
}
