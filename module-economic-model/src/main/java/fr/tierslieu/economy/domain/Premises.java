package fr.tierslieu.economy.domain;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Premises sizing (« calibrage des besoins en foncier immobilier »): the spaces the place has or
 * could have, and what each activity needs of them. Part of a model's assumptions ({@link
 * ModelSpec#spaces}, {@link ModelSpec#needs}); {@link Occupancy} simulates a year of use, and
 * {@link #apply} carries the result into the model: works as investments (hence depreciation),
 * rents as premises costs, premises lent as contributions in kind, and each activity's occupancy
 * capped by the share of its hours the premises can host.
 *
 * <p>Days are ISO numbers (1 = Monday … 7 = Sunday), months 1–12, hours 0–24 within one day
 * (an activity running past midnight is entered as two needs).
 */
public final class Premises {

    /** Spaces of a model at most. */
    public static final int MAX_SPACES = 50;
    /** Needs of a model at most. */
    public static final int MAX_NEEDS = 50;

    private Premises() {}

    /** What a space is fit for; a multipurpose space hosts any need. */
    public enum SpaceUse {
        MULTIPURPOSE,
        WORKSHOP,
        OFFICE,
        MEETING,
        HALL,
        KITCHEN,
        STORAGE,
        OUTDOOR
    }

    /** Whether a space can be used as it is. One that needs works is left out until they are planned. */
    public enum SpaceState {
        READY,
        MINOR_WORKS,
        NEEDS_WORKS
    }

    /** How the place holds a space: what it costs in the accounts follows from it. */
    public enum Tenure {
        OWNED,
        RENTED,
        LENT,
        SHARED
    }

    /** A building or room, outdoor area included. */
    public static class SpaceSpec implements Serializable {
        private static final long serialVersionUID = 1L;
        public String name = "";
        public SpaceUse use = SpaceUse.MULTIPURPOSE;
        /** Usable floor area, m². */
        public double surface;
        /** People admitted at once (the ERP « effectif »); 0 when none is set. */
        public int maxPeople;
        /** ERP category 1–5; 0 for a space not open to the public. */
        public int erpCategory;
        /** Accessible to people with reduced mobility. */
        public boolean accessible;
        /** Noise and dust allowed (machines, works). */
        public boolean noiseAllowed;

        public SpaceState state = SpaceState.READY;
        public double worksCost;
        /** Years over which the works are depreciated. */
        public int worksYears = 10;
        /** Month of the model the works are done (they are depreciated from then). */
        public int worksMonth = 1;
        /** The works are decided: the space counts as usable and the works become an investment. */
        public boolean worksPlanned;

        public Tenure tenure = Tenure.OWNED;
        /** Yearly rent paid (rented) or the rental value of a space lent free of charge. */
        public double yearlyRent;
        /** Opening days, e.g. « 1,2,3,4,5 ». */
        public String days = "1,2,3,4,5,6,7";

        public int openFrom = 8;
        public int openTo = 22;

        /** Can be used in the simulation: ready, or its works are planned. */
        public boolean usable() {
            return state != SpaceState.NEEDS_WORKS || worksPlanned;
        }

        public String getName() {
            return name;
        }

        public void setName(String v) {
            name = v;
        }

        public SpaceUse getUse() {
            return use;
        }

        public void setUse(SpaceUse v) {
            use = v;
        }

        public double getSurface() {
            return surface;
        }

        public void setSurface(double v) {
            surface = v;
        }

        public int getMaxPeople() {
            return maxPeople;
        }

        public void setMaxPeople(int v) {
            maxPeople = v;
        }

        public int getErpCategory() {
            return erpCategory;
        }

        public void setErpCategory(int v) {
            erpCategory = v;
        }

        public boolean isAccessible() {
            return accessible;
        }

        public void setAccessible(boolean v) {
            accessible = v;
        }

        public boolean isNoiseAllowed() {
            return noiseAllowed;
        }

        public void setNoiseAllowed(boolean v) {
            noiseAllowed = v;
        }

        public SpaceState getState() {
            return state;
        }

        public void setState(SpaceState v) {
            state = v;
        }

        public double getWorksCost() {
            return worksCost;
        }

        public void setWorksCost(double v) {
            worksCost = v;
        }

        public int getWorksYears() {
            return worksYears;
        }

        public void setWorksYears(int v) {
            worksYears = v;
        }

        public int getWorksMonth() {
            return worksMonth;
        }

        public void setWorksMonth(int v) {
            worksMonth = v;
        }

        public boolean isWorksPlanned() {
            return worksPlanned;
        }

        public void setWorksPlanned(boolean v) {
            worksPlanned = v;
        }

        public Tenure getTenure() {
            return tenure;
        }

        public void setTenure(Tenure v) {
            tenure = v;
        }

        public double getYearlyRent() {
            return yearlyRent;
        }

        public void setYearlyRent(double v) {
            yearlyRent = v;
        }

        public List<String> getDayList() {
            return list(days);
        }

        public void setDayList(List<String> v) {
            days = String.join(",", v == null ? List.of() : v);
        }

        public int getOpenFrom() {
            return openFrom;
        }

        public void setOpenFrom(int v) {
            openFrom = v;
        }

        public int getOpenTo() {
            return openTo;
        }

        public void setOpenTo(int v) {
            openTo = v;
        }
    }

    /** What one activity needs of the premises during its hours. */
    public static class NeedSpec implements Serializable {
        private static final long serialVersionUID = 1L;
        public String name = "";
        /** The model's activity whose occupancy the premises cap; empty for none. */
        public String activity = "";
        /** The kind of space it needs; a multipurpose space also fits. */
        public SpaceUse use = SpaceUse.MULTIPURPOSE;
        /** Users present at once at most. */
        public int users;

        public double m2PerUser = 4;
        /** Area needed whatever the number of users: machines, a stage. */
        public double fixedM2;
        /** Storage kept all the time, in a storage space if there is one. */
        public double storageM2;
        /** Makes noise or dust: needs a space that allows it, shared with no quiet activity. */
        public boolean noisy;
        /** Receives the public: needs a space open to the public (ERP). */
        public boolean publicAccess;

        public String days = "1,2,3,4,5";
        public int from = 9;
        public int to = 18;
        /** Months it runs, e.g. « 4,5,6,7,8,9 »; empty for the whole year. */
        public String months = "";

        /** Area used during its hours, m². */
        public double area() {
            return users * m2PerUser + fixedM2;
        }

        public String getName() {
            return name;
        }

        public void setName(String v) {
            name = v;
        }

        public String getActivity() {
            return activity;
        }

        public void setActivity(String v) {
            activity = v == null ? "" : v;
        }

        public SpaceUse getUse() {
            return use;
        }

        public void setUse(SpaceUse v) {
            use = v;
        }

        public int getUsers() {
            return users;
        }

        public void setUsers(int v) {
            users = v;
        }

        public double getM2PerUser() {
            return m2PerUser;
        }

        public void setM2PerUser(double v) {
            m2PerUser = v;
        }

        public double getFixedM2() {
            return fixedM2;
        }

        public void setFixedM2(double v) {
            fixedM2 = v;
        }

        public double getStorageM2() {
            return storageM2;
        }

        public void setStorageM2(double v) {
            storageM2 = v;
        }

        public boolean isNoisy() {
            return noisy;
        }

        public void setNoisy(boolean v) {
            noisy = v;
        }

        public boolean isPublicAccess() {
            return publicAccess;
        }

        public void setPublicAccess(boolean v) {
            publicAccess = v;
        }

        public List<String> getDayList() {
            return list(days);
        }

        public void setDayList(List<String> v) {
            days = String.join(",", v == null ? List.of() : v);
        }

        public int getFrom() {
            return from;
        }

        public void setFrom(int v) {
            from = v;
        }

        public int getTo() {
            return to;
        }

        public void setTo(int v) {
            to = v;
        }

        public List<String> getMonthList() {
            return list(months);
        }

        public void setMonthList(List<String> v) {
            months = String.join(",", v == null ? List.of() : v);
        }
    }

    private static List<String> list(String text) {
        boolean[] set = parseSet(text, 12);
        if (set == null) {
            return List.of();
        }
        return IntStream.rangeClosed(1, 12)
                .filter(i -> set[i])
                .mapToObj(String::valueOf)
                .toList();
    }

    /**
     * « 1,2,5 » or « 1-5 » (or both, « 1-3,6 ») → flags indexed 1..max; null when a part is not a
     * number of 1..max. An empty text gives no flag set.
     */
    public static boolean[] parseSet(String text, int max) {
        boolean[] out = new boolean[max + 1];
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String part : text.split("[,;\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            String[] range = part.split("-", -1);
            try {
                int a = Integer.parseInt(range[0].trim());
                int b = range.length == 2 ? Integer.parseInt(range[1].trim()) : a;
                if (range.length > 2 || a < 1 || b > max || a > b) {
                    return null;
                }
                for (int i = a; i <= b; i++) {
                    out[i] = true;
                }
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return out;
    }

    private static boolean any(boolean[] set) {
        for (boolean b : set) {
            if (b) {
                return true;
            }
        }
        return false;
    }

    /** The problems of the spaces and needs of {@code spec}, each naming its field. */
    static void problems(ModelSpec spec, List<ModelSpec.Problem> p) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < spec.spaces.size(); i++) {
            SpaceSpec s = spec.spaces.get(i);
            String at = "spaces[" + i + "].";
            nameOf(p, at, s.name);
            if (s.name != null && !s.name.isBlank() && !names.add(s.name.trim().toLowerCase(Locale.ROOT))) {
                p.add(new ModelSpec.Problem(at + "name", "economy.error.spaceNameTaken"));
            }
            if (!(s.surface > 0 && s.surface <= 1_000_000)) {
                p.add(new ModelSpec.Problem(at + "surface", "economy.error.surface"));
            }
            if (s.maxPeople < 0 || s.maxPeople > 100_000) {
                p.add(new ModelSpec.Problem(at + "maxPeople", "economy.error.people"));
            }
            if (s.erpCategory < 0 || s.erpCategory > 5) {
                p.add(new ModelSpec.Problem(at + "erpCategory", "economy.error.erpCategory"));
            }
            amount(p, at + "worksCost", s.worksCost);
            amount(p, at + "yearlyRent", s.yearlyRent);
            if (s.worksYears < 1 || s.worksYears > 50) {
                p.add(new ModelSpec.Problem(at + "worksYears", "economy.error.depreciationYears"));
            }
            int months = Math.max(1, spec.years) * 12;
            if (s.worksMonth < 1 || s.worksMonth > months) {
                p.add(new ModelSpec.Problem(at + "worksMonth", "economy.error.month", months));
            }
            if (s.state == null || s.use == null || s.tenure == null) {
                p.add(new ModelSpec.Problem(
                        at + (s.use == null ? "use" : s.state == null ? "state" : "tenure"), "economy.error.required"));
            }
            boolean[] days = parseSet(s.days, 7);
            if (days == null || !any(days)) {
                p.add(new ModelSpec.Problem(at + "dayList", "economy.error.days"));
            }
            hours(p, at + "openTo", s.openFrom, s.openTo);
        }
        Set<String> activities = spec.activities.stream().map(a -> a.name).collect(Collectors.toSet());
        for (int i = 0; i < spec.needs.size(); i++) {
            NeedSpec n = spec.needs.get(i);
            String at = "needs[" + i + "].";
            nameOf(p, at, n.name);
            if (n.activity != null && !n.activity.isBlank() && !activities.contains(n.activity)) {
                p.add(new ModelSpec.Problem(
                        at + "activity",
                        n.activity.length() > 120 ? "economy.error.nameLength" : "economy.error.activityUnknown",
                        n.activity));
            }
            if (n.use == null) {
                p.add(new ModelSpec.Problem(at + "use", "economy.error.required"));
            }
            if (n.users < 0 || n.users > 100_000) {
                p.add(new ModelSpec.Problem(at + "users", "economy.error.people"));
            }
            if (!(n.m2PerUser >= 0 && n.m2PerUser <= 1_000)) {
                p.add(new ModelSpec.Problem(at + "m2PerUser", "economy.error.m2PerUser"));
            }
            area(p, at + "fixedM2", n.fixedM2);
            area(p, at + "storageM2", n.storageM2);
            if (n.users == 0 && n.fixedM2 == 0 && n.storageM2 == 0) {
                p.add(new ModelSpec.Problem(at + "users", "economy.error.needEmpty"));
            }
            boolean[] days = parseSet(n.days, 7);
            if (days == null || !any(days)) {
                p.add(new ModelSpec.Problem(at + "dayList", "economy.error.days"));
            }
            if (parseSet(n.months, 12) == null) {
                p.add(new ModelSpec.Problem(at + "monthList", "economy.error.months"));
            }
            hours(p, at + "to", n.from, n.to);
        }
    }

    private static void nameOf(List<ModelSpec.Problem> p, String at, String name) {
        if (name == null || name.isBlank()) {
            p.add(new ModelSpec.Problem(at + "name", "economy.error.name"));
        } else if (name.length() > 120) {
            p.add(new ModelSpec.Problem(at + "name", "economy.error.nameLength"));
        }
    }

    private static void amount(List<ModelSpec.Problem> p, String path, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            p.add(new ModelSpec.Problem(path, "economy.error.negative"));
        }
    }

    private static void area(List<ModelSpec.Problem> p, String path, double v) {
        if (!(v >= 0 && v <= 1_000_000)) {
            p.add(new ModelSpec.Problem(path, "economy.error.area"));
        }
    }

    private static void hours(List<ModelSpec.Problem> p, String path, int from, int to) {
        if (from < 0 || to > 24 || from >= to) {
            p.add(new ModelSpec.Problem(path, "economy.error.hours"));
        }
    }

    // ---- into the model --------------------------------------------------------------------------

    /** The names of the lines {@link #apply} writes, in the user's language. */
    public record Names(String works, String rent, String lent) {

        String works(String space) {
            return works + " – " + space;
        }

        String rent(String space) {
            return rent + " – " + space;
        }

        String lent(String space) {
            return lent + " – " + space;
        }
    }

    /** What {@link #apply} changed: a line added, updated or removed, or an activity capped. */
    public record Change(Kind kind, String line, double before, double after) {
        public enum Kind {
            INVESTMENT_ADDED,
            INVESTMENT_UPDATED,
            INVESTMENT_REMOVED,
            RENT_ADDED,
            RENT_UPDATED,
            RENT_REMOVED,
            IN_KIND_ADDED,
            IN_KIND_UPDATED,
            IN_KIND_REMOVED,
            OCCUPANCY_CAPPED
        }
    }

    /**
     * Carries the premises into the model's lines: each space whose works are planned becomes the
     * investment « works – space » (cost, years, month), each rented space the premises cost « rent –
     * space », each space lent free of charge the contribution in kind « lent – space » (its rental
     * value); lines of that form whose space no longer calls for them are removed, other lines are
     * never touched. Each activity a need names keeps an occupancy no higher than the share of the
     * need's hours the premises can host ({@link Occupancy.NeedResult#servedShare()}). Applying twice
     * changes nothing the second time.
     */
    public static List<Change> apply(ModelSpec spec, Occupancy.Result result, Names names) {
        List<Change> changes = new ArrayList<>();
        Set<String> works = new HashSet<>();
        Set<String> rents = new HashSet<>();
        Set<String> lent = new HashSet<>();
        for (SpaceSpec s : spec.spaces) {
            String space = s.name.trim();
            if (s.worksPlanned && s.worksCost > 0) {
                String line = names.works(space);
                works.add(line);
                ModelSpec.InvestmentSpec inv = spec.investments.stream()
                        .filter(i -> line.equals(i.name))
                        .findFirst()
                        .orElse(null);
                if (inv == null) {
                    inv = new ModelSpec.InvestmentSpec();
                    inv.name = line;
                    spec.investments.add(inv);
                    changes.add(new Change(Change.Kind.INVESTMENT_ADDED, line, 0, s.worksCost));
                } else if (inv.cost != s.worksCost || inv.years != s.worksYears || inv.startMonth != s.worksMonth) {
                    changes.add(new Change(Change.Kind.INVESTMENT_UPDATED, line, inv.cost, s.worksCost));
                }
                inv.cost = s.worksCost;
                inv.years = s.worksYears;
                inv.startMonth = s.worksMonth;
            }
            if (s.tenure == Tenure.RENTED && s.yearlyRent > 0) {
                String line = names.rent(space);
                rents.add(line);
                ModelSpec.FixedCostSpec c = spec.fixedCosts.stream()
                        .filter(f -> line.equals(f.name))
                        .findFirst()
                        .orElse(null);
                if (c == null) {
                    c = new ModelSpec.FixedCostSpec();
                    c.name = line;
                    spec.fixedCosts.add(c);
                    changes.add(new Change(Change.Kind.RENT_ADDED, line, 0, s.yearlyRent));
                } else if (c.yearly != s.yearlyRent || c.category != ModelSpec.CostCategory.PREMISES) {
                    changes.add(new Change(Change.Kind.RENT_UPDATED, line, c.yearly, s.yearlyRent));
                }
                c.category = ModelSpec.CostCategory.PREMISES;
                c.yearly = s.yearlyRent;
            }
            if (s.tenure == Tenure.LENT && s.yearlyRent > 0) {
                String line = names.lent(space);
                lent.add(line);
                ModelSpec.InKindSpec k = spec.inKind.stream()
                        .filter(f -> line.equals(f.name))
                        .findFirst()
                        .orElse(null);
                if (k == null) {
                    k = new ModelSpec.InKindSpec();
                    k.name = line;
                    spec.inKind.add(k);
                    changes.add(new Change(Change.Kind.IN_KIND_ADDED, line, 0, s.yearlyRent));
                } else if (k.yearly != s.yearlyRent || k.kind != ModelSpec.InKindKind.PREMISES) {
                    changes.add(new Change(Change.Kind.IN_KIND_UPDATED, line, k.yearly, s.yearlyRent));
                }
                k.kind = ModelSpec.InKindKind.PREMISES;
                k.yearly = s.yearlyRent;
            }
        }
        spec.investments.removeIf(i -> {
            boolean stale = derived(i.name, names.works) && !works.contains(i.name);
            if (stale) {
                changes.add(new Change(Change.Kind.INVESTMENT_REMOVED, i.name, i.cost, 0));
            }
            return stale;
        });
        spec.fixedCosts.removeIf(c -> {
            boolean stale = derived(c.name, names.rent) && !rents.contains(c.name);
            if (stale) {
                changes.add(new Change(Change.Kind.RENT_REMOVED, c.name, c.yearly, 0));
            }
            return stale;
        });
        spec.inKind.removeIf(k -> {
            boolean stale = derived(k.name, names.lent) && !lent.contains(k.name);
            if (stale) {
                changes.add(new Change(Change.Kind.IN_KIND_REMOVED, k.name, k.yearly, 0));
            }
            return stale;
        });
        for (ModelSpec.ActivitySpec a : spec.activities) {
            double cap = result.needs().stream()
                    .filter(n -> a.name.equals(n.activity()) && n.demandedHours() > 0)
                    .mapToDouble(n -> Math.floor(n.servedShare() * 1000 + 1e-6) / 10)
                    .min()
                    .orElse(100);
            if (a.occupancyPct > cap) {
                changes.add(new Change(Change.Kind.OCCUPANCY_CAPPED, a.name, a.occupancyPct, cap));
                a.occupancyPct = cap;
            }
        }
        return changes;
    }

    private static boolean derived(String line, String prefix) {
        return line != null && line.startsWith(prefix + " – ");
    }
}
