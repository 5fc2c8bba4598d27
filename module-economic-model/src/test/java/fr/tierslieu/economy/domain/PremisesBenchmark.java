package fr.tierslieu.economy.domain;

import fr.tierslieu.economy.domain.Premises.NeedSpec;
import fr.tierslieu.economy.domain.Premises.SpaceSpec;
import fr.tierslieu.economy.domain.Premises.SpaceUse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Times the premises' occupancy simulation against issue 18's target (run by {@code
 * module-economic-model/src/test/bench/economy.sh}): 30 spaces × 20 activities over a year, hour by
 * hour (target ≤ 200 ms), and the maximum a model may hold, 50 × 50. The spaces are of mixed kinds
 * and sizes, some noisy, some open to the public, some closed at weekends; the activities have
 * their days, hours and months, so that placements conflict as they do in a real place.
 */
public final class PremisesBenchmark {

    private PremisesBenchmark() {}

    static List<SpaceSpec> spaces(int count, Random r) {
        SpaceUse[] uses = SpaceUse.values();
        List<SpaceSpec> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            SpaceSpec s = new SpaceSpec();
            s.name = "Espace " + i;
            s.use = uses[r.nextInt(uses.length)];
            s.surface = 20 + r.nextInt(250);
            s.maxPeople = r.nextInt(3) == 0 ? 0 : 10 + r.nextInt(150);
            s.erpCategory = r.nextInt(6);
            s.noiseAllowed = r.nextBoolean();
            s.days = r.nextInt(3) == 0 ? "1-5" : "1-7";
            s.openFrom = 7 + r.nextInt(3);
            s.openTo = 18 + r.nextInt(7);
            out.add(s);
        }
        return out;
    }

    static List<NeedSpec> needs(int count, Random r) {
        SpaceUse[] uses = SpaceUse.values();
        String[] days = {"1-5", "3,6", "6,7", "1-7", "2-4", "5"};
        List<NeedSpec> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            NeedSpec n = new NeedSpec();
            n.name = "Activité " + i;
            n.use = uses[r.nextInt(uses.length)];
            n.users = 2 + r.nextInt(60);
            n.m2PerUser = 1 + r.nextInt(6);
            n.fixedM2 = r.nextInt(40);
            n.storageM2 = r.nextInt(4) == 0 ? 5 + r.nextInt(10) : 0;
            n.noisy = r.nextInt(4) == 0;
            n.publicAccess = r.nextInt(3) == 0;
            n.days = days[r.nextInt(days.length)];
            n.from = 8 + r.nextInt(6);
            n.to = n.from + 2 + r.nextInt(9);
            n.months = r.nextInt(3) == 0 ? "4-9" : "";
            out.add(n);
        }
        return out;
    }

    private static void time(String label, List<SpaceSpec> s, List<NeedSpec> n) {
        for (int i = 0; i < 30; i++) {
            Occupancy.simulate(s, n, 2027);
        }
        double[] ms = new double[50];
        for (int i = 0; i < ms.length; i++) {
            long t0 = System.nanoTime();
            Occupancy.simulate(s, n, 2027);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        Occupancy.Result r = Occupancy.simulate(s, n, 2027);
        long hosted = r.needs().stream().filter(x -> x.servedShare() == 1).count();
        System.out.printf(
                Locale.ROOT,
                "premises occupancy, %s, one year hour by hour: median %.2f ms, p95 %.2f ms, max %.2f ms"
                        + " (target 200 ms; %d of %d activities fully hosted)%n",
                label,
                ms[ms.length / 2],
                ms[(int) Math.ceil(ms.length * 0.95) - 1],
                ms[ms.length - 1],
                hosted,
                n.size());
    }

    public static void main(String[] args) {
        Random r = new Random(18);
        time("30 spaces × 20 activities", spaces(30, r), needs(20, r));
        time("50 spaces × 50 activities", spaces(50, r), needs(50, r));
    }
}
