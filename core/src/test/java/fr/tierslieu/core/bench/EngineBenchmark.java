package fr.tierslieu.core.bench;

import fr.tierslieu.core.domain.roadmap.PlanLink;
import fr.tierslieu.core.domain.roadmap.PlanTask;
import fr.tierslieu.core.domain.roadmap.Schedule;
import fr.tierslieu.core.domain.roadmap.Scheduler;
import fr.tierslieu.core.domain.strategy.Mactor;
import fr.tierslieu.core.domain.strategy.MactorInput;
import fr.tierslieu.core.domain.strategy.MactorResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Measures the core's two engines against the issues' targets (run by {@code core/src/test/bench/engines.sh}):
 * <ul>
 *   <li>the roadmap scheduler on 2,000 tasks and 5,000 finish-to-start links (random DAG with lags,
 *   some fixed dates and milestones) — target ≤ 200 ms;</li>
 *   <li>MACTOR on 60 actors × 40 objectives (random MID 0–4 and 2MAO −4…+4) — target ≤ 20 ms.</li>
 * </ul>
 * Each case is warmed up (the JIT compiles it), then timed {@code runs} times on fresh inputs built
 * before the clock starts; prints the median, p95 and maximum in milliseconds. Not a unit test:
 * timing belongs here, not in the test suite.
 */
public final class EngineBenchmark {

    private EngineBenchmark() {}

    public static void main(String[] args) {
        int runs = Integer.getInteger("bench.runs", 50);
        int warmup = Integer.getInteger("bench.warmup", 30);
        System.out.printf(
                Locale.ROOT,
                "Java %s, %d processors%n",
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        report("scheduler 2000 tasks / 5000 links", 200, time(warmup, runs, () -> {
            Plan plan = plan(2000, 5000, new Random());
            return () -> {
                Schedule s = Scheduler.schedule(plan.tasks, plan.links, LocalDate.of(2026, 11, 25));
                if (s.hasCycle() || s.tasks().size() != 2000) {
                    throw new IllegalStateException("unexpected schedule");
                }
            };
        }));
        report("MACTOR 60 actors x 40 objectives", 20, time(warmup, runs, () -> {
            MactorInput input = mactor(60, 40, new Random());
            return () -> {
                MactorResult r = Mactor.compute(input);
                if (r.riStar().length != 60) {
                    throw new IllegalStateException("unexpected result");
                }
            };
        }));
    }

    record Plan(List<PlanTask> tasks, List<PlanLink> links) {}

    /** A random DAG: links always go from a lower to a higher index, so no cycle. */
    static Plan plan(int n, int m, Random random) {
        List<PlanTask> tasks = new ArrayList<>(n);
        LocalDate start = LocalDate.of(2026, 11, 25);
        for (int i = 0; i < n; i++) {
            if (i % 50 == 49) {
                tasks.add(PlanTask.milestone(i, "M" + i, start.plusDays(200 + random.nextInt(600))));
            } else {
                PlanTask t = PlanTask.task(i, "T" + i, 1 + random.nextInt(10));
                tasks.add(i % 97 == 0 ? t.due(start.plusDays(300 + random.nextInt(500))) : t);
            }
        }
        Set<Long> seen = new HashSet<>();
        List<PlanLink> links = new ArrayList<>(m);
        while (links.size() < m) {
            int a = random.nextInt(n - 1);
            int b = a + 1 + random.nextInt(Math.min(60, n - a - 1));
            if (seen.add((long) a * n + b)) {
                links.add(new PlanLink(a, b, random.nextInt(3)));
            }
        }
        return new Plan(tasks, links);
    }

    static MactorInput mactor(int n, int m, Random random) {
        List<String> actors = new ArrayList<>();
        List<String> objectives = new ArrayList<>();
        int[][] mid = new int[n][n];
        int[][] pos = new int[n][m];
        for (int i = 0; i < n; i++) {
            actors.add("A" + i);
            for (int j = 0; j < n; j++) {
                mid[i][j] = i == j ? 0 : random.nextInt(5);
            }
            for (int j = 0; j < m; j++) {
                pos[i][j] = random.nextInt(9) - 4;
            }
        }
        for (int j = 0; j < m; j++) {
            objectives.add("O" + j);
        }
        return new MactorInput(actors, objectives, mid, pos);
    }

    static double[] time(int warmup, int runs, Supplier<Runnable> cases) {
        for (int i = 0; i < warmup; i++) {
            cases.get().run();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            Runnable r = cases.get();
            long t0 = System.nanoTime();
            r.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    static void report(String name, double targetMs, double[] sorted) {
        double median = sorted[sorted.length / 2];
        double p95 = sorted[(int) Math.ceil(sorted.length * 0.95) - 1];
        double max = sorted[sorted.length - 1];
        System.out.printf(
                Locale.ROOT,
                "%-36s median %7.2f ms  p95 %7.2f ms  max %7.2f ms  target %5.0f ms  %s%n",
                name,
                median,
                p95,
                max,
                targetMs,
                p95 <= targetMs ? "OK" : "OVER TARGET");
    }
}
