package fr.tierslieu.studytrip.domain;

import java.util.List;
import java.util.Random;

/** Not a test: prints the heuristic's gap to the optimum on random small cases (run by hand). */
final class CarpoolGapProbe {
    public static void main(String[] args) {
        Random r = new Random(1);
        double worst = 0;
        double worstKm = 0;
        int seatDiff = 0;
        double sum = 0;
        int runs = 500;
        for (int k = 0; k < runs; k++) {
            int n = 4 + r.nextInt(7);
            int m = 2 + r.nextInt(4);
            List<Carpool.Driver> ds = CarpoolTest.drivers(r, m, 4);
            List<Carpool.Passenger> ps = CarpoolTest.passengers(r, n);
            Carpool.Problem p = new Carpool.Problem(ds, ps, CarpoolTest.DEST, Travel.RURAL_BRITTANY);
            double opt = p.toPlan(p.optimal(), true).totalDetourKm();
            double heu = p.toPlan(p.heuristic(), false).totalDetourKm();
            double gap = (heu - opt) / Math.max(opt, 1);
            worstKm = Math.max(worstKm, heu - opt);
            seatDiff += p.toPlan(p.heuristic(), false).unseated().size()
                    - p.toPlan(p.optimal(), true).unseated().size();
            worst = Math.max(worst, gap);
            sum += gap;
        }
        System.out.printf(
                "mean gap %.2f %%, worst %.2f %%, worst %.1f km, extra unseated %d%n",
                100 * sum / runs, 100 * worst, worstKm, seatDiff);
    }
}
