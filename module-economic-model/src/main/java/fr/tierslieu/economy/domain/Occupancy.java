package fr.tierslieu.economy.domain;

import fr.tierslieu.economy.domain.Premises.NeedSpec;
import fr.tierslieu.economy.domain.Premises.SpaceSpec;
import fr.tierslieu.economy.domain.Premises.SpaceUse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A year of the premises in use, hour by hour: 52 weeks × 7 days × 24 hours. In each hour every
 * activity running then (its days, hours and months) takes the area it needs — users × m² per user
 * + fixed area — in one space that fits it: of its kind or multipurpose, open then, large enough
 * with what is already there, within the admitted people, noise only where allowed and never with
 * a quiet activity, the public only in a space open to the public. It keeps the space it had the
 * hour before when it can, otherwise takes the one it fills best; activities are placed in the
 * order of the list (the first has priority). Storage is placed first and held all year. An hour
 * in which no space fits is an hour the activity cannot be hosted.
 *
 * <p>Pure and deterministic; 50 spaces × 50 needs at most ({@link Premises#MAX_SPACES}).
 */
public final class Occupancy {

    /** Weeks simulated. */
    public static final int WEEKS = 52;
    /** An hour in which a space holds this share of its area or admitted people counts as saturated. */
    public static final double FULL = 0.9;
    /** A space whose hours are saturated this often is « saturated »… */
    public static final double SATURATED_SHARE = 0.2;
    /** …and one used on average less than this is « idle ». */
    public static final double IDLE_SHARE = 0.15;

    private Occupancy() {}

    /** How a space fares over the year. */
    public enum Status {
        SATURATED,
        BALANCED,
        IDLE,
        UNUSABLE
    }

    /** Why a need is not hosted every hour it runs. */
    public enum Reason {
        /** Hosted every hour. */
        NONE,
        /** No space of its kind fits it at all (too small, too many people, noise, public). */
        NO_SPACE,
        /** Spaces fit it, but others already use them at some of its hours. */
        CONFLICT
    }

    /**
     * A space over the year: the share of its open area-hours used each week (0–1), the yearly
     * average and peak, the hours it was saturated out of those it was open.
     */
    public record SpaceResult(
            String name,
            double surface,
            double[] weekly,
            double average,
            double peak,
            int saturatedHours,
            int openHours,
            Status status) {}

    /**
     * A need over the year: hours it runs, hours hosted, the space it used most, why it was not
     * always hosted and with whom it conflicted; for a need with no space, a space needing works
     * that would fit it (and their cost).
     */
    public record NeedResult(
            String name,
            String activity,
            double area,
            int demandedHours,
            int servedHours,
            String space,
            Reason reason,
            List<String> conflicts,
            double storageMissing,
            String worksOn,
            double worksCost) {

        /** Share of its hours hosted, 0–1 (1 for a need with no hours). */
        public double servedShare() {
            return demandedHours == 0 ? 1 : (double) servedHours / demandedHours;
        }

        /** Hours a typical week it cannot be hosted. */
        public double unmetHoursPerWeek() {
            return (demandedHours - servedHours) / (double) WEEKS;
        }
    }

    /**
     * The year: each space and need; the surface of all spaces and of the usable ones; the largest
     * area missing in any one hour (the sum of the needs not hosted then).
     */
    public record Result(
            List<SpaceResult> spaces,
            List<NeedResult> needs,
            double totalSurface,
            double usableSurface,
            double peakMissingArea) {}

    /** Simulates the weeks of {@code year} (week w starts on 1 January + 7w days). */
    public static Result simulate(List<SpaceSpec> spaces, List<NeedSpec> needs, int year) {
        int s = spaces.size();
        int n = needs.size();
        boolean[][] open = new boolean[s][168];
        boolean[] usable = new boolean[s];
        double[] surface = new double[s];
        for (int i = 0; i < s; i++) {
            SpaceSpec sp = spaces.get(i);
            usable[i] = sp.usable();
            surface[i] = sp.surface;
            boolean[] days = orNone(Premises.parseSet(sp.days, 7));
            for (int d = 0; d < 7; d++) {
                for (int h = Math.max(0, sp.openFrom); h < sp.openTo && h < 24; h++) {
                    open[i][d * 24 + h] = usable[i] && days[d + 1];
                }
            }
        }
        boolean[][] runs = new boolean[n][168];
        boolean[][] inMonth = new boolean[n][13];
        double[] area = new double[n];
        for (int j = 0; j < n; j++) {
            NeedSpec ne = needs.get(j);
            area[j] = ne.area();
            boolean[] days = orNone(Premises.parseSet(ne.days, 7));
            for (int d = 0; d < 7; d++) {
                for (int h = Math.max(0, ne.from); h < ne.to && h < 24; h++) {
                    runs[j][d * 24 + h] = days[d + 1] && (ne.users > 0 || ne.fixedM2 > 0);
                }
            }
            boolean[] months = orNone(Premises.parseSet(ne.months, 12));
            boolean all = true;
            for (int m = 1; m <= 12; m++) {
                all &= !months[m];
            }
            for (int m = 1; m <= 12; m++) {
                inMonth[j][m] = all || months[m];
            }
        }
        // which spaces could ever host each need (ignoring the hours)
        boolean[][] fits = new boolean[n][s];
        double[] held = new double[s];
        double[] storageMissing = new double[n];
        for (int j = 0; j < n; j++) {
            NeedSpec ne = needs.get(j);
            if (ne.storageM2 > 0) {
                int best = -1;
                for (int i = 0; i < s; i++) {
                    SpaceSpec sp = spaces.get(i);
                    boolean kind = sp.use == SpaceUse.STORAGE || suits(sp, ne);
                    if (usable[i] && kind && surface[i] - held[i] >= ne.storageM2) {
                        if (best < 0 || (sp.use == SpaceUse.STORAGE && spaces.get(best).use != SpaceUse.STORAGE)) {
                            best = i;
                        }
                    }
                }
                if (best < 0) {
                    storageMissing[j] = ne.storageM2;
                } else {
                    held[best] += ne.storageM2;
                }
            }
        }
        for (int j = 0; j < n; j++) {
            NeedSpec ne = needs.get(j);
            for (int i = 0; i < s; i++) {
                SpaceSpec sp = spaces.get(i);
                fits[j][i] = usable[i]
                        && suits(sp, ne)
                        && area[j] <= surface[i] - held[i] + 1e-9
                        && (sp.maxPeople == 0 || ne.users <= sp.maxPeople);
            }
        }

        double[][] used = new double[s][WEEKS];
        double[][] offered = new double[s][WEEKS];
        int[] saturated = new int[s];
        int[] openHours = new int[s];
        int[] demanded = new int[n];
        int[] served = new int[n];
        int[][] hoursIn = new int[n][s];
        int[] last = new int[n];
        java.util.Arrays.fill(last, -1);
        List<Set<Integer>> conflicts = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            conflicts.add(new LinkedHashSet<>());
        }
        double[] freeArea = new double[s];
        int[] people = new int[s];
        byte[] noise = new byte[s]; // 0 empty, 1 quiet, 2 noisy
        int[][] occupants = new int[s][n];
        int[] occupantCount = new int[s];
        double peakMissing = 0;
        LocalDate first = LocalDate.of(year, 1, 1);
        for (int w = 0; w < WEEKS; w++) {
            int month = first.plusDays(7L * w + 3).getMonthValue();
            for (int slot = 0; slot < 168; slot++) {
                for (int i = 0; i < s; i++) {
                    freeArea[i] = surface[i] - held[i];
                    people[i] = 0;
                    noise[i] = 0;
                    occupantCount[i] = 0;
                }
                double missing = 0;
                for (int j = 0; j < n; j++) {
                    if (!runs[j][slot] || !inMonth[j][month]) {
                        continue;
                    }
                    demanded[j]++;
                    NeedSpec ne = needs.get(j);
                    int chosen = -1;
                    if (last[j] >= 0 && room(spaces, last[j], j, ne, area, fits, open, slot, freeArea, people, noise)) {
                        chosen = last[j];
                    } else {
                        double bestLeft = Double.MAX_VALUE;
                        for (int i = 0; i < s; i++) {
                            if (room(spaces, i, j, ne, area, fits, open, slot, freeArea, people, noise)) {
                                double left = freeArea[i] - area[j];
                                if (left < bestLeft) {
                                    bestLeft = left;
                                    chosen = i;
                                }
                            }
                        }
                    }
                    if (chosen < 0) {
                        missing += area[j];
                        for (int i = 0; i < s; i++) {
                            if (fits[j][i] && open[i][slot]) {
                                for (int k = 0; k < occupantCount[i]; k++) {
                                    conflicts.get(j).add(occupants[i][k]);
                                }
                            }
                        }
                        continue;
                    }
                    served[j]++;
                    hoursIn[j][chosen]++;
                    last[j] = chosen;
                    freeArea[chosen] -= area[j];
                    people[chosen] += ne.users;
                    noise[chosen] = (byte) (ne.noisy ? 2 : 1);
                    occupants[chosen][occupantCount[chosen]++] = j;
                }
                peakMissing = Math.max(peakMissing, missing);
                for (int i = 0; i < s; i++) {
                    if (!open[i][slot]) {
                        continue;
                    }
                    openHours[i]++;
                    double inUse = surface[i] - freeArea[i];
                    used[i][w] += inUse;
                    offered[i][w] += surface[i];
                    int max = spaces.get(i).maxPeople;
                    if (inUse >= FULL * surface[i] - 1e-9 || (max > 0 && people[i] >= FULL * max)) {
                        saturated[i]++;
                    }
                }
            }
        }

        List<SpaceResult> spaceResults = new ArrayList<>();
        double total = 0;
        double usableTotal = 0;
        for (int i = 0; i < s; i++) {
            total += surface[i];
            double[] weekly = new double[WEEKS];
            double sumUsed = 0;
            double sumOffered = 0;
            double peak = 0;
            for (int w = 0; w < WEEKS; w++) {
                weekly[w] = offered[i][w] == 0 ? 0 : used[i][w] / offered[i][w];
                peak = Math.max(peak, weekly[w]);
                sumUsed += used[i][w];
                sumOffered += offered[i][w];
            }
            double average = sumOffered == 0 ? 0 : sumUsed / sumOffered;
            Status status;
            if (!usable[i]) {
                status = Status.UNUSABLE;
            } else {
                usableTotal += surface[i];
                status = openHours[i] > 0 && saturated[i] >= SATURATED_SHARE * openHours[i]
                        ? Status.SATURATED
                        : average < IDLE_SHARE ? Status.IDLE : Status.BALANCED;
            }
            spaceResults.add(new SpaceResult(
                    spaces.get(i).name, surface[i], weekly, average, peak, saturated[i], openHours[i], status));
        }
        List<NeedResult> needResults = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            NeedSpec ne = needs.get(j);
            int most = -1;
            for (int i = 0; i < s; i++) {
                if (hoursIn[j][i] > 0 && (most < 0 || hoursIn[j][i] > hoursIn[j][most])) {
                    most = i;
                }
            }
            boolean anyFit = false;
            for (int i = 0; i < s; i++) {
                anyFit |= fits[j][i];
            }
            Reason reason = served[j] == demanded[j] ? Reason.NONE : anyFit ? Reason.CONFLICT : Reason.NO_SPACE;
            String worksOn = null;
            double worksCost = 0;
            if (reason == Reason.NO_SPACE) {
                for (SpaceSpec sp : spaces) {
                    if (!sp.usable()
                            && suits(sp, ne)
                            && area[j] <= sp.surface
                            && (sp.maxPeople == 0 || ne.users <= sp.maxPeople)) {
                        worksOn = sp.name;
                        worksCost = sp.worksCost;
                        break;
                    }
                }
            }
            List<String> with = conflicts.get(j).stream()
                    .filter(k -> k != null)
                    .map(k -> needs.get(k).name)
                    .distinct()
                    .toList();
            needResults.add(new NeedResult(
                    ne.name,
                    ne.activity == null ? "" : ne.activity,
                    area[j],
                    demanded[j],
                    served[j],
                    most < 0 ? null : spaces.get(most).name,
                    reason,
                    with,
                    storageMissing[j],
                    worksOn,
                    worksCost));
        }
        return new Result(spaceResults, needResults, total, usableTotal, peakMissing);
    }

    /** The space's kind, noise and public fit the need (hours, area and people aside). */
    static boolean suits(SpaceSpec sp, NeedSpec ne) {
        boolean kind = sp.use == SpaceUse.MULTIPURPOSE || sp.use == ne.use;
        return kind && (!ne.noisy || sp.noiseAllowed) && (!ne.publicAccess || sp.erpCategory > 0);
    }

    private static boolean room(
            List<SpaceSpec> spaces,
            int i,
            int j,
            NeedSpec ne,
            double[] area,
            boolean[][] fits,
            boolean[][] open,
            int slot,
            double[] freeArea,
            int[] people,
            byte[] noise) {
        if (!fits[j][i] || !open[i][slot] || freeArea[i] + 1e-9 < area[j]) {
            return false;
        }
        int max = spaces.get(i).maxPeople;
        if (max > 0 && people[i] + ne.users > max) {
            return false;
        }
        return noise[i] == 0 || noise[i] == (ne.noisy ? 2 : 1);
    }

    private static boolean[] orNone(boolean[] set) {
        return set == null ? new boolean[13] : set;
    }
}
