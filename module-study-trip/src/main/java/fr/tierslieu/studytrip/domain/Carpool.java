package fr.tierslieu.studytrip.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A carpool plan for the trip: passengers are picked up by drivers (within their free seats) on
 * their way to the destination, so that as many people as possible ride and the total detour is the
 * smallest.
 *
 * <h2>Objective</h2>
 * First the number of passengers seated (as many as the seats allow), then the total detour: for a
 * driver picking up passengers p1…pk, the shortest route origin → p1 → … → pk → destination minus
 * the driver's direct route. Distances are {@link Travel#roadKm} estimates.
 *
 * <h2>Methods</h2>
 * <ul>
 *   <li><b>Optimal</b> when there are at most {@value #OPTIMAL_MAX_PASSENGERS} passengers: for each
 *   driver, the best route of every feasible subset of passengers (Held–Karp dynamic programming over
 *   subsets), then the best split of the passengers between drivers (dynamic programming over
 *   subsets, driver by driver). Exact.</li>
 *   <li><b>Heuristic</b> beyond: passengers farthest from the destination first (then
 *   {@value #RESTARTS} shuffled orders), each inserted where it adds the least detour (cheapest
 *   insertion into a driver's route); then improvement passes that give a seat to a passenger left
 *   without one, move a passenger to another car, swap two passengers, or re-order a route of up to
 *   {@value #EXACT_ROUTE_MAX} pickups exactly, while the total detour decreases. Not guaranteed
 *   optimal: on 500 random cases of 4–10 passengers and 2–5 drivers around Cornouaille it seats as
 *   many as the optimum, with a mean extra detour of 0.4 % and at worst 44 km (see {@code CarpoolGapProbe}).</li>
 * </ul>
 */
public final class Carpool {

    public static final int OPTIMAL_MAX_PASSENGERS = 10;
    /** People in one plan at most (drivers and passengers), on the page and in the REST API. */
    public static final int MAX_PEOPLE = 300;

    static final int EXACT_ROUTE_MAX = 7;
    static final int RESTARTS = 8;

    private Carpool() {}

    public record Driver(String id, Travel.Point origin, int seats) {
        public Driver {
            if (seats < 0) {
                throw new IllegalArgumentException("negative free seats for " + id);
            }
        }
    }

    public record Passenger(String id, Travel.Point origin) {}

    /** One car: its driver, the passengers in pick-up order, and its route length and detour in km. */
    public record Car(String driver, List<String> passengers, double routeKm, double detourKm) {}

    public record Plan(
            List<Car> cars,
            List<String> unseated,
            double totalDetourKm,
            double vehicleKm,
            double co2Kg,
            boolean optimal) {}

    public static Plan plan(List<Driver> drivers, List<Passenger> passengers, Travel.Point destination, Travel travel) {
        Problem p = new Problem(drivers, passengers, destination, travel);
        int[][] routes = passengers.size() <= OPTIMAL_MAX_PASSENGERS ? p.optimal() : p.heuristic();
        return p.toPlan(routes, passengers.size() <= OPTIMAL_MAX_PASSENGERS);
    }

    /** Distances precomputed: index 0..n-1 passengers, n..n+m-1 drivers' origins, n+m destination. */
    static final class Problem {
        final List<Driver> drivers;
        final List<Passenger> passengers;
        final int n;
        final int m;
        final double[][] d;

        Problem(List<Driver> drivers, List<Passenger> passengers, Travel.Point destination, Travel travel) {
            this.drivers = drivers;
            this.passengers = passengers;
            n = passengers.size();
            m = drivers.size();
            List<Travel.Point> points = new ArrayList<>();
            passengers.forEach(x -> points.add(x.origin()));
            drivers.forEach(x -> points.add(x.origin()));
            points.add(destination);
            d = new double[points.size()][points.size()];
            for (int i = 0; i < points.size(); i++) {
                for (int j = 0; j < points.size(); j++) {
                    d[i][j] = travel.roadKm(points.get(i), points.get(j));
                }
            }
        }

        int dest() {
            return n + m;
        }

        double direct(int driver) {
            return d[n + driver][dest()];
        }

        double route(int driver, int[] order) {
            int at = n + driver;
            double km = 0;
            for (int p : order) {
                km += d[at][p];
                at = p;
            }
            return km + d[at][dest()];
        }

        /** Held–Karp over the passengers of {@code members}: the shortest order (exact). */
        int[] bestOrder(int driver, int[] members) {
            int k = members.length;
            if (k <= 1) {
                return members.clone();
            }
            int full = 1 << k;
            double[][] dp = new double[full][k];
            int[][] prev = new int[full][k];
            for (double[] row : dp) {
                Arrays.fill(row, Double.POSITIVE_INFINITY);
            }
            for (int i = 0; i < k; i++) {
                dp[1 << i][i] = d[n + driver][members[i]];
                prev[1 << i][i] = -1;
            }
            for (int mask = 1; mask < full; mask++) {
                for (int last = 0; last < k; last++) {
                    if ((mask & (1 << last)) == 0 || dp[mask][last] == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    for (int next = 0; next < k; next++) {
                        if ((mask & (1 << next)) != 0) {
                            continue;
                        }
                        int nm = mask | (1 << next);
                        double c = dp[mask][last] + d[members[last]][members[next]];
                        if (c < dp[nm][next]) {
                            dp[nm][next] = c;
                            prev[nm][next] = last;
                        }
                    }
                }
            }
            int best = 0;
            for (int last = 1; last < k; last++) {
                if (dp[full - 1][last] + d[members[last]][dest()] < dp[full - 1][best] + d[members[best]][dest()]) {
                    best = last;
                }
            }
            int[] order = new int[k];
            int mask = full - 1;
            for (int pos = k - 1, last = best; pos >= 0; pos--) {
                order[pos] = members[last];
                int before = prev[mask][last];
                mask &= ~(1 << last);
                last = before;
            }
            return order;
        }

        /** Exact: per driver, the detour of every feasible subset; then the best split by subsets. */
        int[][] optimal() {
            int full = 1 << n;
            double[][] detour = new double[m][full];
            for (int j = 0; j < m; j++) {
                Arrays.fill(detour[j], Double.POSITIVE_INFINITY);
                detour[j][0] = 0;
                for (int mask = 1; mask < full; mask++) {
                    if (Integer.bitCount(mask) <= drivers.get(j).seats()) {
                        detour[j][mask] = route(j, bestOrder(j, members(mask))) - direct(j);
                    }
                }
            }
            // best[j][mask]: drivers 0..j-1 carry exactly the passengers of mask
            double[][] best = new double[m + 1][full];
            int[][] choice = new int[m + 1][full];
            for (double[] row : best) {
                Arrays.fill(row, Double.POSITIVE_INFINITY);
            }
            best[0][0] = 0;
            for (int j = 1; j <= m; j++) {
                for (int mask = 0; mask < full; mask++) {
                    for (int sub = mask; ; sub = (sub - 1) & mask) {
                        double c = best[j - 1][mask ^ sub] + detour[j - 1][sub];
                        if (c < best[j][mask]) {
                            best[j][mask] = c;
                            choice[j][mask] = sub;
                        }
                        if (sub == 0) {
                            break;
                        }
                    }
                }
            }
            int bestMask = 0;
            for (int mask = 1; mask < full; mask++) {
                if (best[m][mask] == Double.POSITIVE_INFINITY) {
                    continue;
                }
                int c = Integer.bitCount(mask);
                int cb = Integer.bitCount(bestMask);
                if (c > cb || c == cb && best[m][mask] < best[m][bestMask] - 1e-12) {
                    bestMask = mask;
                }
            }
            int[][] routes = new int[m][];
            for (int j = m, mask = bestMask; j >= 1; j--) {
                int sub = choice[j][mask];
                routes[j - 1] = bestOrder(j - 1, members(sub));
                mask ^= sub;
            }
            return routes;
        }

        static int[] members(int mask) {
            int[] out = new int[Integer.bitCount(mask)];
            for (int i = 0, k = 0; mask != 0; i++, mask >>>= 1) {
                if ((mask & 1) != 0) {
                    out[k++] = i;
                }
            }
            return out;
        }

        /**
         * Greedy cheapest insertion (farthest passengers first, then {@value #RESTARTS} shuffled
         * orders), each followed by the improvement moves; the best result is kept.
         */
        int[][] heuristic() {
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -d[i][dest()]));
            java.util.Random random = new java.util.Random(42);
            List<List<Integer>> best = null;
            double bestCost = Double.POSITIVE_INFINITY;
            int bestSeated = -1;
            for (int round = 0; round <= RESTARTS; round++) {
                if (round > 0) {
                    java.util.Collections.shuffle(Arrays.asList(order), random);
                }
                List<List<Integer>> routes = greedy(order);
                improve(routes);
                int seated = routes.stream().mapToInt(List::size).sum();
                double c = 0;
                for (int j = 0; j < m; j++) {
                    c += cost(j, routes.get(j)) - direct(j);
                }
                if (seated > bestSeated || seated == bestSeated && c < bestCost - 1e-9) {
                    best = routes;
                    bestCost = c;
                    bestSeated = seated;
                }
            }
            int[][] out = new int[m][];
            for (int j = 0; j < m; j++) {
                int[] r = best.get(j).stream().mapToInt(Integer::intValue).toArray();
                out[j] = r.length <= EXACT_ROUTE_MAX ? bestOrder(j, r) : r;
            }
            return out;
        }

        List<List<Integer>> greedy(Integer[] order) {
            List<List<Integer>> routes = new ArrayList<>();
            for (int j = 0; j < m; j++) {
                routes.add(new ArrayList<>());
            }
            for (int p : order) {
                int bestDriver = -1;
                int bestPos = -1;
                double bestCost = Double.POSITIVE_INFINITY;
                for (int j = 0; j < m; j++) {
                    if (routes.get(j).size() >= drivers.get(j).seats()) {
                        continue;
                    }
                    for (int pos = 0; pos <= routes.get(j).size(); pos++) {
                        double c = insertionCost(j, routes.get(j), p, pos);
                        if (c < bestCost) {
                            bestCost = c;
                            bestDriver = j;
                            bestPos = pos;
                        }
                    }
                }
                if (bestDriver >= 0) {
                    routes.get(bestDriver).add(bestPos, p);
                }
            }
            return routes;
        }

        double insertionCost(int driver, List<Integer> route, int p, int pos) {
            int before = pos == 0 ? n + driver : route.get(pos - 1);
            int after = pos == route.size() ? dest() : route.get(pos);
            return d[before][p] + d[p][after] - d[before][after];
        }

        double cost(int driver, List<Integer> route) {
            int at = n + driver;
            double km = 0;
            for (int p : route) {
                km += d[at][p];
                at = p;
            }
            return km + d[at][dest()];
        }

        /** Cheapest re-insertion of a passenger in a route (the route without it), and where. */
        double[] bestInsertion(int driver, List<Integer> route, int p) {
            double best = Double.POSITIVE_INFINITY;
            int where = 0;
            for (int pos = 0; pos <= route.size(); pos++) {
                double c = insertionCost(driver, route, p, pos);
                if (c < best) {
                    best = c;
                    where = pos;
                }
            }
            return new double[] {best, where};
        }

        void improve(List<List<Integer>> routes) {
            boolean improved = true;
            for (int pass = 0; improved && pass < 200; pass++) {
                improved = false;
                // exchange a seated passenger with one left without a seat (same count, less detour)
                boolean[] seated = new boolean[n];
                routes.forEach(r -> r.forEach(p -> seated[p] = true));
                for (int a = 0; a < m && !improved; a++) {
                    for (int idx = 0; idx < routes.get(a).size() && !improved; idx++) {
                        List<Integer> without = new ArrayList<>(routes.get(a));
                        without.remove(idx);
                        double current = cost(a, routes.get(a));
                        for (int u = 0; u < n && !improved; u++) {
                            if (seated[u]) {
                                continue;
                            }
                            double[] ins = bestInsertion(a, without, u);
                            if (cost(a, without) + ins[0] < current - 1e-9) {
                                without.add((int) ins[1], u);
                                routes.set(a, without);
                                improved = true;
                            }
                        }
                    }
                }
                // relocate
                for (int a = 0; a < m; a++) {
                    for (int idx = 0; idx < routes.get(a).size(); idx++) {
                        int p = routes.get(a).get(idx);
                        List<Integer> without = new ArrayList<>(routes.get(a));
                        without.remove(idx);
                        double saving = cost(a, routes.get(a)) - cost(a, without);
                        for (int b = 0; b < m; b++) {
                            if (b == a || routes.get(b).size() >= drivers.get(b).seats()) {
                                continue;
                            }
                            double[] ins = bestInsertion(b, routes.get(b), p);
                            if (ins[0] < saving - 1e-9) {
                                routes.set(a, without);
                                routes.get(b).add((int) ins[1], p);
                                improved = true;
                                break;
                            }
                        }
                        if (improved) {
                            break;
                        }
                    }
                }
                // re-order a small route exactly
                for (int a = 0; a < m && !improved; a++) {
                    List<Integer> r = routes.get(a);
                    if (r.size() >= 2 && r.size() <= EXACT_ROUTE_MAX) {
                        int[] order = bestOrder(
                                a, r.stream().mapToInt(Integer::intValue).toArray());
                        List<Integer> better = new ArrayList<>();
                        for (int x : order) {
                            better.add(x);
                        }
                        if (cost(a, better) < cost(a, r) - 1e-9) {
                            routes.set(a, better);
                            improved = true;
                        }
                    }
                }
                // swap
                for (int a = 0; a < m && !improved; a++) {
                    for (int b = a + 1; b < m && !improved; b++) {
                        for (int i = 0; i < routes.get(a).size() && !improved; i++) {
                            for (int k = 0; k < routes.get(b).size() && !improved; k++) {
                                List<Integer> ra = new ArrayList<>(routes.get(a));
                                List<Integer> rb = new ArrayList<>(routes.get(b));
                                int pa = ra.remove(i);
                                int pb = rb.remove(k);
                                double before = cost(a, routes.get(a)) + cost(b, routes.get(b));
                                double[] ia = bestInsertion(a, ra, pb);
                                double[] ib = bestInsertion(b, rb, pa);
                                double after = cost(a, ra) + ia[0] + cost(b, rb) + ib[0];
                                if (after < before - 1e-9) {
                                    ra.add((int) ia[1], pb);
                                    rb.add((int) ib[1], pa);
                                    routes.set(a, ra);
                                    routes.set(b, rb);
                                    improved = true;
                                }
                            }
                        }
                    }
                }
            }
        }

        Plan toPlan(int[][] routes, boolean optimal) {
            List<Car> cars = new ArrayList<>();
            boolean[] seated = new boolean[n];
            double detour = 0;
            double vehicleKm = 0;
            for (int j = 0; j < m; j++) {
                int[] r = routes[j] == null ? new int[0] : routes[j];
                double km = route(j, r);
                List<String> ids = new ArrayList<>();
                for (int p : r) {
                    ids.add(passengers.get(p).id());
                    seated[p] = true;
                }
                cars.add(new Car(drivers.get(j).id(), ids, km, km - direct(j)));
                detour += km - direct(j);
                vehicleKm += km;
            }
            List<String> unseated = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (!seated[i]) {
                    unseated.add(passengers.get(i).id());
                }
            }
            return new Plan(cars, unseated, detour, vehicleKm, Co2.cars(vehicleKm), optimal);
        }
    }

    /** For the tests: every passenger's driver index, or -1. */
    static Map<String, String> assignment(Plan plan) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Car c : plan.cars()) {
            c.passengers().forEach(p -> out.put(p, c.driver()));
        }
        return out;
    }
}
