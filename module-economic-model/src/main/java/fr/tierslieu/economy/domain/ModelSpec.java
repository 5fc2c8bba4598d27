package fr.tierslieu.economy.domain;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The assumptions of an economic model as the manager types them and as they are stored and
 * exported (see {@link ModelJson}): mutable, rates in percent (20 for 20 %), months counted from 1
 * (January of {@link #startYear}). {@link #problems()} names each field at fault by its path
 * ({@code activities[0].unitPrice}); {@link #toModel()} gives the engine's {@link Model}.
 */
public class ModelSpec implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** Years a model covers at most. */
    public static final int MAX_YEARS = 10;
    /** Longest source note of a line. */
    public static final int SOURCE_MAX = 400;

    public int startYear = LocalDate.now().getYear();
    public int years = 5;
    public double openingCash;
    // The maxima of every list (and array) of a model, the same on the page and in the REST API;
    // ModelJson refuses a longer one before reading it, problems() names it.
    @Size(max = 100)
    public List<ActivitySpec> activities = new ArrayList<>();

    @Size(max = 200)
    public List<FixedCostSpec> fixedCosts = new ArrayList<>();

    @Size(max = 100)
    public List<StaffSpec> staff = new ArrayList<>();

    @Size(max = 100)
    public List<SubsidySpec> subsidies = new ArrayList<>();

    @Size(max = 50)
    public List<LoanSpec> loans = new ArrayList<>();

    @Size(max = 100)
    public List<InvestmentSpec> investments = new ArrayList<>();

    @Size(max = 100)
    public List<InKindSpec> inKind = new ArrayList<>();
    /** Own funds and members' contributions to the capital, received in cash (not revenue). */
    @Size(max = 50)
    public List<EquitySpec> ownFunds = new ArrayList<>();
    /** The spaces of the premises (see {@link Premises}). */
    @Size(max = Premises.MAX_SPACES)
    public List<Premises.SpaceSpec> spaces = new ArrayList<>();
    /** What each activity needs of the premises (see {@link Premises}). */
    @Size(max = Premises.MAX_NEEDS)
    public List<Premises.NeedSpec> needs = new ArrayList<>();

    public int getStartYear() {
        return startYear;
    }

    public void setStartYear(int v) {
        startYear = v;
    }

    public int getYears() {
        return years;
    }

    public void setYears(int v) {
        years = v;
    }

    public double getOpeningCash() {
        return openingCash;
    }

    public void setOpeningCash(double v) {
        openingCash = v;
    }

    public List<ActivitySpec> getActivities() {
        return activities;
    }

    public List<FixedCostSpec> getFixedCosts() {
        return fixedCosts;
    }

    public List<StaffSpec> getStaff() {
        return staff;
    }

    public List<SubsidySpec> getSubsidies() {
        return subsidies;
    }

    public List<LoanSpec> getLoans() {
        return loans;
    }

    public List<InvestmentSpec> getInvestments() {
        return investments;
    }

    public List<InKindSpec> getInKind() {
        return inKind;
    }

    public List<EquitySpec> getOwnFunds() {
        return ownFunds;
    }

    public List<Premises.SpaceSpec> getSpaces() {
        return spaces;
    }

    public List<Premises.NeedSpec> getNeeds() {
        return needs;
    }

    /** The sections of rows, by the name the pages, the JSON and the problems' paths use. */
    public static final List<String> SECTIONS = List.of(
            "activities",
            "fixedCosts",
            "staff",
            "subsidies",
            "loans",
            "investments",
            "inKind",
            "ownFunds",
            "spaces",
            "needs");

    private List<?> rows(String section) {
        return switch (section) {
            case "activities" -> activities;
            case "fixedCosts" -> fixedCosts;
            case "staff" -> staff;
            case "subsidies" -> subsidies;
            case "loans" -> loans;
            case "investments" -> investments;
            case "inKind" -> inKind;
            case "ownFunds" -> ownFunds;
            case "spaces" -> spaces;
            case "needs" -> needs;
            default -> throw new IllegalArgumentException("no section " + section);
        };
    }

    /**
     * Adds a row to {@code section}, named « {@code baseName} n » (n its rank), with the section's
     * defaults: a subsidy has an amount for each year of the model, a loan runs 60 months.
     */
    public void addRow(String section, String baseName) {
        String rowName = baseName + " " + (rows(section).size() + 1);
        switch (section) {
            case "activities" -> {
                ActivitySpec a = new ActivitySpec();
                a.name = rowName;
                activities.add(a);
            }
            case "fixedCosts" -> {
                FixedCostSpec c = new FixedCostSpec();
                c.name = rowName;
                fixedCosts.add(c);
            }
            case "staff" -> {
                StaffSpec p = new StaffSpec();
                p.name = rowName;
                staff.add(p);
            }
            case "subsidies" -> {
                SubsidySpec s = new SubsidySpec();
                s.name = rowName;
                s.perYear = new double[years];
                subsidies.add(s);
            }
            case "loans" -> {
                LoanSpec l = new LoanSpec();
                l.name = rowName;
                l.months = 60;
                loans.add(l);
            }
            case "investments" -> {
                InvestmentSpec v = new InvestmentSpec();
                v.name = rowName;
                investments.add(v);
            }
            case "inKind" -> {
                InKindSpec k = new InKindSpec();
                k.name = rowName;
                inKind.add(k);
            }
            case "ownFunds" -> {
                EquitySpec e = new EquitySpec();
                e.name = rowName;
                ownFunds.add(e);
            }
            case "spaces" -> {
                Premises.SpaceSpec sp = new Premises.SpaceSpec();
                sp.name = rowName;
                spaces.add(sp);
            }
            case "needs" -> {
                Premises.NeedSpec ne = new Premises.NeedSpec();
                ne.name = rowName;
                needs.add(ne);
            }
            default -> throw new IllegalArgumentException("no section " + section);
        }
    }

    /** Removes row {@code index} of {@code section}; an index out of the list changes nothing. */
    public void removeRow(String section, int index) {
        List<?> list = rows(section);
        if (index >= 0 && index < list.size()) {
            list.remove(index);
        }
    }

    /** The kinds of activity a tiers-lieu runs. */
    public enum ActivityKind {
        FABLAB,
        COWORKING,
        EVENTS,
        SEMINARS,
        TRAINING,
        CAFE,
        MEMBERSHIP,
        OTHER
    }

    /**
     * Where a structural cost is booked (ANC 2018-06): energy 606 (60), premises 613/614 and insurance
     * 616 (61), services and other 62, taxes 63, other current charges 65 (e.g. dues paid to networks).
     */
    public enum CostCategory {
        PREMISES("61"),
        ENERGY("60"),
        INSURANCE("61"),
        SERVICES("62"),
        OTHER("62"),
        TAXES("63"),
        OTHER_MANAGEMENT("65");

        private final String account;

        CostCategory(String account) {
            this.account = account;
        }

        /** The two-digit account of the chart the cost is booked in. */
        public String account() {
            return account;
        }
    }

    /** The funder levels of the Cerfa n° 12156*06 budget, line 74 « Subventions d'exploitation ». */
    public enum FunderLevel {
        STATE,
        REGION,
        DEPARTMENT,
        EPCI,
        COMMUNE,
        SOCIAL_BODIES,
        EUROPEAN_FUNDS,
        ASP,
        OTHER_PUBLIC,
        PRIVATE
    }

    /** Where a subsidy stands; a refused one counts for nothing. */
    public enum SubsidyStatus {
        TO_REQUEST,
        REQUESTED,
        GRANTED,
        PAID,
        REFUSED
    }

    /** Volunteer time and contributions in kind (French accounts 86/87). */
    /**
     * Contributions volontaires en nature, each booked twice (ANC 2018-06): its use in 86 and the
     * contribution in 87 — volunteering 864/875, premises lent 861/871, equipment given or lent 861/870,
     * services given 862/871 (860 « Secours en nature » is aid an association hands out: not a kind here).
     */
    public enum InKindKind {
        VOLUNTEERING("864", "875"),
        PREMISES("861", "871"),
        GOODS("861", "870"),
        SERVICES("862", "871");

        private final String use;
        private final String contribution;

        InKindKind(String use, String contribution) {
            this.use = use;
            this.contribution = contribution;
        }

        /** The account of 86 « Emplois des contributions volontaires en nature ». */
        public String use() {
            return use;
        }

        /** The account of 87 « Contributions volontaires en nature ». */
        public String contribution() {
            return contribution;
        }
    }

    /**
     * An activity: volume × unit price × occupancy (members × yearly fee, machine hours × rate,
     * desks × 12 months × price at an occupancy, events × attendance × ticket, seminar days × day rate).
     */
    public static class ActivitySpec implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        public String name = "";
        public ActivityKind kind = ActivityKind.OTHER;
        /** What the volume counts, e.g. "heures machine", "journées séminaire". */
        public String unit = "";

        public double volume;
        public double unitPrice;
        public double occupancyPct = 100;
        /** Yearly revenue not tied to volume, e.g. sponsorship of events. */
        public double fixedRevenue;

        public double growthPct;

        @Size(max = 12)
        public double[] seasonality = flat();

        public double directCostPerUnit;
        public double directCostRatePct;
        /** Where the figures come from, e.g. « Modèle : ordre de grandeur à adapter (source…) »; empty for figures typed. */
        public String source = "";

        public String getName() {
            return name;
        }

        public void setName(String v) {
            name = v;
        }

        public String getSource() {
            return source;
        }

        public void setSource(String v) {
            source = v;
        }

        public ActivityKind getKind() {
            return kind;
        }

        public void setKind(ActivityKind v) {
            kind = v;
        }

        public String getUnit() {
            return unit;
        }

        public void setUnit(String v) {
            unit = v;
        }

        public double getVolume() {
            return volume;
        }

        public void setVolume(double v) {
            volume = v;
        }

        public double getUnitPrice() {
            return unitPrice;
        }

        public void setUnitPrice(double v) {
            unitPrice = v;
        }

        public double getOccupancyPct() {
            return occupancyPct;
        }

        public void setOccupancyPct(double v) {
            occupancyPct = v;
        }

        public double getFixedRevenue() {
            return fixedRevenue;
        }

        public void setFixedRevenue(double v) {
            fixedRevenue = v;
        }

        public double getGrowthPct() {
            return growthPct;
        }

        public void setGrowthPct(double v) {
            growthPct = v;
        }

        public double getDirectCostPerUnit() {
            return directCostPerUnit;
        }

        public void setDirectCostPerUnit(double v) {
            directCostPerUnit = v;
        }

        public double getDirectCostRatePct() {
            return directCostRatePct;
        }

        public void setDirectCostRatePct(double v) {
            directCostRatePct = v;
        }
        /** The 12 coefficients as typed, separated by semicolons. */
        public String getSeasonalityText() {
            return numbers(seasonality);
        }

        public void setSeasonalityText(String v) {
            seasonality = parseNumbers(v);
        }
    }

    public static class FixedCostSpec implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        public String name = "";
        public CostCategory category = CostCategory.OTHER;
        public double yearly;
        public double growthPct;
        /** Where the figures come from, e.g. « Modèle : ordre de grandeur à adapter (source…) »; empty for figures typed. */
        public String source = "";

        public String getName() {
            return name;
        }

        public void setName(String v) {
            name = v;
        }

        public String getSource() {
            return source;
        }

        public void setSource(String v) {
            source = v;
        }

        public CostCategory getCategory() {
            return category;
        }

        public void setCategory(CostCategory v) {
            category = v;
        }

        public double getYearly() {
            return yearly;
        }

        public void setYearly(double v) {
            yearly = v;
        }

        public double getGrowthPct() {
            return growthPct;
        }

        public void setGrowthPct(double v) {
            growthPct = v;
        }
    }

    public static class StaffSpec implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        public String name = "";
        public double fte = 1;
        public double grossYearly;
        public double employerRatePct = 45;
        public int startMonth = 1;
        /** Where the figures come from, e.g. « Modèle : ordre de grandeur à adapter (source…) »; empty for figures typed. */
        public String source = "";

        public String getName() {
            return name;
        }

        public void setName(String v) {
            name = v;
        }

        public String getSource() {
            return source;
        }

        public void setSource(String v) {
            source = v;
        }

        public double getFte() {
            return fte;
        }

        public void setFte(double v) {
            fte = v;
        }

        public double getGrossYearly() {
            return grossYearly;
        }

        public void setGrossYearly(double v) {
            grossYearly = v;
        }

        public double getEmployerRatePct() {
            return employerRatePct;
        }

        public void setEmployerRatePct(double v) {
            employerRatePct = v;
        }

        public int getStartMonth() {
            return startMonth;
        }

        public void setStartMonth(int v) {
            startMonth = v;
        }
    }

    public static class SubsidySpec implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        public String name = "";
        /** The funder, an actor of the core registry (by id), or null. */
        public Long funderActorId;
        /** The funder's level in the Cerfa budget; null: derived from the funder actor's kind and name. */
        @ModelJson.Optional
        public FunderLevel funderLevel;

        public boolean operating = true;
        public SubsidyStatus status = SubsidyStatus.TO_REQUEST;
        public String conditions = "";
        /** Date by which the application (or report) is due; a milestone on the roadmap. */
        public LocalDate deadline;
        /** Amount per year of the model, first year first. */
        @Size(max = MAX_YEARS)
        public double[] perYear = new double[0];

        public double advancePct = 50;
        public int advanceMonth = 3;
        /** Month of the balance counted from the start of the year granted (13 = January after). */
        public int balanceMonth = 13;
        /**
         * Investment subsidy: the name of the investment it finances, whose depreciation sets the
         * quote-part taken to the result each year (777); blank when not linked.
         */
        public String investment = "";
        /**
         * Operating subsidy: the part of each year's amount not used by the year end, carried to the
         * next year as fonds dédiés (689 that year, 789 the next); first year first.
         */
        @Size(max = MAX_YEARS)
        public double[] dedicatedPerYear = new double[0];

        public String getName() {
            return name;
        }

        public void setName(String v) {
            name = v;
        }

        public FunderLevel getFunderLevel() {
            return funderLevel;
        }

        public void setFunderLevel(FunderLevel v) {
            funderLevel = v;
        }

        public Long getFunderActorId() {
            return funderActorId;
        }

        public void setFunderActorId(Long v) {
            funderActorId = v;
        }

        public boolean isOperating() {
            return operating;
        }

        public void setOperating(boolean v) {
            operating = v;
        }

        public SubsidyStatus getStatus() {
            return status;
        }

        public void setStatus(SubsidyStatus v) {
            status = v;
        }

        public String getConditions() {
            return conditions;
        }

        public void setConditions(String v) {
            conditions = v;
        }

        public LocalDate getDeadline() {
            return deadline;
        }

        public void setDeadline(LocalDate v) {
            deadline = v;
        }

        public double getAdvancePct() {
            return advancePct;
        }

        public void setAdvancePct(double v) {
            advancePct = v;
        }

        public int getAdvanceMonth() {
            return advanceMonth;
        }

        public void setAdvanceMonth(int v) {
            advanceMonth = v;
        }

        public int getBalanceMonth() {
            return balanceMonth;
        }

        public void setBalanceMonth(int v) {
            balanceMonth = v;
        }

        public String getPerYearText() {
            return numbers(perYear);
        }

        public void setPerYearText(String v) {
            perYear = parseNumbers(v);
        }

        public String getInvestment() {
            return investment;
        }

        public void setInvestment(String v) {
            investment = v == null ? "" : v;
        }

        public String getDedicatedText() {
            return numbers(dedicatedPerYear);
        }

        public void setDedicatedText(String v) {
            dedicatedPerYear = parseNumbers(v);
        }

        public double total() {
            return Arrays.stream(perYear).sum();
        }
    }

    /**
     * The loans a tiers-lieu meets: a bank loan (164), a prêt participatif (1675, quasi own funds), an
     * avance remboursable (1674, often at 0 %, repaid if the project succeeds), and a prêt d'honneur,
     * which is lent to a person, not to the structure: the founder brings it as an apport, so the
     * model counts it as own funds received (no instalments, no interest for the structure).
     */
    public enum LoanKind {
        BANK,
        PARTICIPATIVE,
        REPAYABLE_ADVANCE,
        HONOUR
    }

    public static class LoanSpec implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        public String name = "";
        public LoanKind kind = LoanKind.BANK;
        /** Total deferral: nothing paid, the interest capitalised (otherwise interest only). */
        public boolean capitalised;

        public double amount;
        public double annualRatePct;
        /** Duration in months; null is refused ("a loan without duration"). */
        public Integer months;

        public int deferral;
        /** Month of the model the money arrives. */
        public int month = 1;

        public String getName() {
            return name;
        }

        public void setName(String v) {
            name = v;
        }

        public LoanKind getKind() {
            return kind;
        }

        public void setKind(LoanKind v) {
            kind = v;
        }

        public boolean isCapitalised() {
            return capitalised;
        }

        public void setCapitalised(boolean v) {
            capitalised = v;
        }

        public double getAmount() {
            return amount;
        }

        public void setAmount(double v) {
            amount = v;
        }

        public double getAnnualRatePct() {
            return annualRatePct;
        }

        public void setAnnualRatePct(double v) {
            annualRatePct = v;
        }

        public Integer getMonths() {
            return months;
        }

        public void setMonths(Integer v) {
            months = v;
        }

        public int getDeferral() {
            return deferral;
        }

        public void setDeferral(int v) {
            deferral = v;
        }

        public int getMonth() {
            return month;
        }

        public void setMonth(int v) {
            month = v;
        }
    }

    public static class InvestmentSpec implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        public String name = "";
        public double cost;
        public int years = 5;
        public int startMonth = 1;

        public String getName() {
            return name;
        }

        public void setName(String v) {
            name = v;
        }

        public double getCost() {
            return cost;
        }

        public void setCost(double v) {
            cost = v;
        }

        public int getYears() {
            return years;
        }

        public void setYears(int v) {
            years = v;
        }

        public int getStartMonth() {
            return startMonth;
        }

        public void setStartMonth(int v) {
            startMonth = v;
        }
    }

    public static class InKindSpec implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        public String name = "";
        public InKindKind kind = InKindKind.VOLUNTEERING;
        public double yearly;
        /**
         * Volunteering: the hours given in a year and the hourly value they are counted at; when both
         * are set, the valuation is their product (the impact panorama reads the hours from here).
         */
        public double hours;

        public double hourlyRate;

        /** Hours × hourly value, for volunteering with both set; otherwise null (the valuation is typed). */
        public Double valuationFromHours() {
            return kind == InKindKind.VOLUNTEERING && hours > 0 && hourlyRate > 0
                    ? Math.round(hours * hourlyRate * 100) / 100.0
                    : null;
        }

        private void derive() {
            Double v = valuationFromHours();
            if (v != null) {
                yearly = v;
            }
        }

        public double getHours() {
            return hours;
        }

        public void setHours(double v) {
            hours = v;
            derive();
        }

        public double getHourlyRate() {
            return hourlyRate;
        }

        public void setHourlyRate(double v) {
            hourlyRate = v;
            derive();
        }

        public String getName() {
            return name;
        }

        public void setName(String v) {
            name = v;
        }

        public InKindKind getKind() {
            return kind;
        }

        public void setKind(InKindKind v) {
            kind = v;
        }

        public double getYearly() {
            return yearly;
        }

        public void setYearly(double v) {
            yearly = v;
        }
    }

    public static class EquitySpec implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        public String name = "";
        public double amount;
        /** Month of the model the money arrives. */
        public int month = 1;

        public String getName() {
            return name;
        }

        public void setName(String v) {
            name = v;
        }

        public double getAmount() {
            return amount;
        }

        public void setAmount(double v) {
            amount = v;
        }

        public int getMonth() {
            return month;
        }

        public void setMonth(int v) {
            month = v;
        }
    }

    /**
     * A problem with one field.
     *
     * @param path e.g. {@code activities[2].seasonality}
     * @param key  bundle key of the message ({@code economy.error.*})
     * @param args message arguments
     */
    public record Problem(String path, String key, Object... args) {}

    public static double[] flat() {
        double[] d = new double[12];
        Arrays.fill(d, 1);
        return d;
    }

    static String numbers(double[] values) {
        if (values == null) {
            return "";
        }
        return Arrays.stream(values).mapToObj(ModelSpec::plain).collect(Collectors.joining(" ; "));
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }

    /**
     * Numbers separated by semicolons (or spaces or tabs, as pasted from a spreadsheet); a comma is a
     * decimal separator. An unreadable number becomes NaN, which {@link #problems()} reports.
     */
    static double[] parseNumbers(String text) {
        if (text == null || text.isBlank()) {
            return new double[0];
        }
        String[] parts = text.trim().split("\\s*[;\\t]\\s*|\\s+");
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                out[i] = Double.parseDouble(parts[i].replace(',', '.').replace("\u00a0", ""));
            } catch (NumberFormatException e) {
                out[i] = Double.NaN;
            }
        }
        return out;
    }

    /** Every problem of the assumptions, each naming its field; empty when the model can be computed. */
    public List<Problem> problems() {
        List<Problem> p = new ArrayList<>();
        if (years < 3 || years > MAX_YEARS) {
            p.add(new Problem("years", "economy.error.years"));
        }
        for (java.lang.reflect.Field f : ModelSpec.class.getFields()) {
            Size size = f.getAnnotation(Size.class);
            try {
                if (size != null && f.get(this) instanceof List<?> list && list.size() > size.max()) {
                    p.add(new Problem(f.getName(), "core.error.tooMany", size.max()));
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        if (startYear < 1990 || startYear > 2100) {
            p.add(new Problem("startYear", "economy.error.startYear"));
        }
        finite(p, "openingCash", openingCash);
        int months = Math.max(1, years) * 12;
        for (int i = 0; i < activities.size(); i++) {
            ActivitySpec a = activities.get(i);
            String at = "activities[" + i + "].";
            name(p, at, a.name);
            source(p, at, a.source);
            positive(p, at + "volume", a.volume);
            positive(p, at + "unitPrice", a.unitPrice);
            percent(p, at + "occupancyPct", a.occupancyPct);
            positive(p, at + "fixedRevenue", a.fixedRevenue);
            growth(p, at + "growthPct", a.growthPct);
            positive(p, at + "directCostPerUnit", a.directCostPerUnit);
            percent(p, at + "directCostRatePct", a.directCostRatePct);
            List<String> season = a.seasonality == null ? List.of("12") : seasonalityProblems(a.seasonality);
            if (!season.isEmpty()) {
                p.add(new Problem(
                        at + "seasonality",
                        "economy.error.seasonality",
                        a.seasonality == null ? 0 : a.seasonality.length,
                        sumOf(a.seasonality)));
            }
        }
        for (int i = 0; i < fixedCosts.size(); i++) {
            FixedCostSpec c = fixedCosts.get(i);
            String at = "fixedCosts[" + i + "].";
            name(p, at, c.name);
            source(p, at, c.source);
            positive(p, at + "yearly", c.yearly);
            growth(p, at + "growthPct", c.growthPct);
        }
        for (int i = 0; i < staff.size(); i++) {
            StaffSpec s = staff.get(i);
            String at = "staff[" + i + "].";
            name(p, at, s.name);
            source(p, at, s.source);
            if (!(s.fte >= 0 && s.fte <= 50)) {
                p.add(new Problem(at + "fte", "economy.error.fte"));
            }
            positive(p, at + "grossYearly", s.grossYearly);
            percent(p, at + "employerRatePct", s.employerRatePct);
            month(p, at + "startMonth", s.startMonth, months);
        }
        for (int i = 0; i < subsidies.size(); i++) {
            SubsidySpec s = subsidies.get(i);
            String at = "subsidies[" + i + "].";
            name(p, at, s.name);
            if (s.perYear == null || s.perYear.length > years) {
                p.add(new Problem(at + "perYear", "economy.error.perYear", years));
            } else {
                for (double v : s.perYear) {
                    if (!(v >= 0) || Double.isInfinite(v)) {
                        p.add(new Problem(at + "perYear", "economy.error.perYear", years));
                        break;
                    }
                }
            }
            percent(p, at + "advancePct", s.advancePct);
            if (s.advanceMonth < 1 || s.advanceMonth > 12) {
                p.add(new Problem(at + "advanceMonth", "economy.error.calendarMonth"));
            }
            if (s.balanceMonth < 1 || s.balanceMonth > 24) {
                p.add(new Problem(at + "balanceMonth", "economy.error.balanceMonth"));
            }
            if (s.status == null) {
                p.add(new Problem(at + "status", "economy.error.required"));
            }
            boolean linked = s.investment != null && !s.investment.isBlank();
            if (linked && s.operating) {
                p.add(new Problem(at + "investment", "economy.error.investmentOnOperating"));
            } else if (linked && s.investment.length() > 120) {
                p.add(new Problem(at + "investment", "economy.error.nameLength")); // never echo an over-long text
            } else if (linked
                    && investments.stream()
                                    .filter(inv -> s.investment.equals(inv.name))
                                    .count()
                            != 1) {
                p.add(new Problem(at + "investment", "economy.error.investmentUnknown", s.investment));
            }
            double[] dedicated = s.dedicatedPerYear == null ? new double[0] : s.dedicatedPerYear;
            if (dedicated.length > 0 && !s.operating) {
                p.add(new Problem(at + "dedicatedPerYear", "economy.error.dedicatedOnInvestment"));
            } else {
                for (int y = 0; y < dedicated.length; y++) {
                    double granted = s.perYear != null && y < s.perYear.length ? s.perYear[y] : 0;
                    if (!(dedicated[y] >= 0) || dedicated[y] > granted || y >= years) {
                        p.add(new Problem(at + "dedicatedPerYear", "economy.error.dedicated"));
                        break;
                    }
                }
            }
        }
        for (int i = 0; i < loans.size(); i++) {
            LoanSpec l = loans.get(i);
            String at = "loans[" + i + "].";
            name(p, at, l.name);
            if (!(l.amount > 0) || Double.isInfinite(l.amount)) {
                p.add(new Problem(at + "amount", "economy.error.loanAmount"));
            }
            if (!(l.annualRatePct >= 0 && l.annualRatePct <= 30)) {
                p.add(new Problem(at + "annualRatePct", "economy.error.loanRate"));
            }
            if (l.months == null || l.months < 1 || l.months > 600) {
                p.add(new Problem(at + "months", "economy.error.loanMonths"));
            } else if (l.deferral < 0 || l.deferral >= l.months) {
                p.add(new Problem(at + "deferral", "economy.error.deferral"));
            }
            month(p, at + "month", l.month, months);
            if (l.kind == null) {
                p.add(new Problem(at + "kind", "economy.error.required"));
            }
        }
        for (int i = 0; i < investments.size(); i++) {
            InvestmentSpec inv = investments.get(i);
            String at = "investments[" + i + "].";
            name(p, at, inv.name);
            positive(p, at + "cost", inv.cost);
            if (inv.years < 1 || inv.years > 50) {
                p.add(new Problem(at + "years", "economy.error.depreciationYears"));
            }
            month(p, at + "startMonth", inv.startMonth, months);
        }
        for (int i = 0; i < inKind.size(); i++) {
            InKindSpec k = inKind.get(i);
            String at = "inKind[" + i + "].";
            name(p, at, k.name);
            positive(p, at + "yearly", k.yearly);
            positive(p, at + "hours", k.hours);
            positive(p, at + "hourlyRate", k.hourlyRate);
            if (k.hours > 0 && k.kind != InKindKind.VOLUNTEERING) {
                p.add(new Problem(at + "hours", "economy.error.hoursOnlyVolunteering"));
            }
            Double fromHours = k.valuationFromHours();
            if (fromHours != null && Math.abs(fromHours - k.yearly) > 0.01) {
                p.add(new Problem(at + "yearly", "economy.error.inKindHours", fromHours));
            }
        }
        for (int i = 0; i < ownFunds.size(); i++) {
            EquitySpec e = ownFunds.get(i);
            String at = "ownFunds[" + i + "].";
            name(p, at, e.name);
            positive(p, at + "amount", e.amount);
            month(p, at + "month", e.month, months);
        }
        Premises.problems(this, p);
        return p;
    }

    /** Problems of 12 seasonality coefficients (count, negative, sum not 12), as short codes. */
    public static List<String> seasonalityProblems(double[] c) {
        return new Seasonality(c).problems();
    }

    private static double sumOf(double[] c) {
        return c == null ? 0 : Math.round(Arrays.stream(c).sum() * 100) / 100.0;
    }

    private static void name(List<Problem> p, String at, String name) {
        if (name == null || name.isBlank()) {
            p.add(new Problem(at + "name", "economy.error.name"));
        } else if (name.length() > 120) {
            p.add(new Problem(at + "name", "economy.error.nameLength"));
        }
    }

    /** A line's source note: at most {@link #SOURCE_MAX} characters. */
    private static void source(List<Problem> p, String at, String source) {
        if (source != null && source.length() > SOURCE_MAX) {
            p.add(new Problem(at + "source", "economy.error.sourceLength", SOURCE_MAX));
        }
    }

    private static void finite(List<Problem> p, String path, double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            p.add(new Problem(path, "economy.error.number"));
        }
    }

    private static void positive(List<Problem> p, String path, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            p.add(new Problem(path, "economy.error.negative"));
        }
    }

    private static void percent(List<Problem> p, String path, double v) {
        if (!(v >= 0 && v <= 100)) {
            p.add(new Problem(path, "economy.error.percent"));
        }
    }

    private static void growth(List<Problem> p, String path, double v) {
        if (!(v >= -100 && v <= 1000)) {
            p.add(new Problem(path, "economy.error.growth"));
        }
    }

    private static void month(List<Problem> p, String path, int month, int months) {
        if (month < 1 || month > months) {
            p.add(new Problem(path, "economy.error.month", months));
        }
    }

    /**
     * The engine's model. Refused subsidies count for nothing.
     *
     * @throws IllegalArgumentException if {@link #problems()} is not empty
     */
    public Model toModel() {
        List<Problem> p = problems();
        if (!p.isEmpty()) {
            throw new IllegalArgumentException(
                    "invalid model: " + p.stream().map(Problem::path).toList());
        }
        return toModelUnchecked();
    }

    /** The engine's model without the checks (tests reach occupancies over 100 % this way). */
    Model toModelUnchecked() {
        List<Model.Activity> acts = activities.stream()
                .map(a -> new Model.Activity(
                        a.name,
                        a.volume,
                        a.unitPrice,
                        a.occupancyPct / 100,
                        a.fixedRevenue,
                        a.growthPct / 100,
                        new Seasonality(a.seasonality.clone()),
                        a.directCostPerUnit,
                        a.directCostRatePct / 100,
                        a.kind == ActivityKind.MEMBERSHIP))
                .toList();
        List<Model.FixedCost> costs = fixedCosts.stream()
                .map(c -> new Model.FixedCost(c.name, c.category.name(), c.yearly, c.growthPct / 100))
                .toList();
        List<Model.Staff> st = staff.stream()
                .map(s -> new Model.Staff(s.name, s.fte, s.grossYearly, s.employerRatePct / 100, s.startMonth))
                .toList();
        List<Model.Subsidy> subs = subsidies.stream()
                .map(s -> new Model.Subsidy(
                        s.name,
                        s.funderActorId,
                        s.operating,
                        s.status == SubsidyStatus.REFUSED ? new double[0] : s.perYear.clone(),
                        s.advancePct / 100,
                        s.advanceMonth,
                        s.balanceMonth,
                        financed(s),
                        s.status == SubsidyStatus.REFUSED || s.dedicatedPerYear == null
                                ? new double[0]
                                : s.dedicatedPerYear.clone()))
                .toList();
        List<Model.LoanLine> ls = loans.stream()
                .filter(l -> l.kind != LoanKind.HONOUR)
                .map(l -> new Model.LoanLine(
                        l.name,
                        new Loan(l.amount, l.annualRatePct / 100, l.months, l.deferral, l.capitalised),
                        l.month))
                .toList();
        List<Model.Investment> inv = investments.stream()
                .map(i -> new Model.Investment(i.name, new Depreciation(i.cost, i.years, i.startMonth)))
                .toList();
        List<Model.InKind> kinds =
                inKind.stream().map(k -> new Model.InKind(k.name, k.yearly)).toList();
        List<Model.Equity> equity = new ArrayList<>(ownFunds.stream()
                .map(e -> new Model.Equity(e.name, e.amount, e.month))
                .toList());
        // a prêt d'honneur is the founder's: brought to the structure as an apport
        loans.stream()
                .filter(l -> l.kind == LoanKind.HONOUR)
                .forEach(l -> equity.add(new Model.Equity(l.name, l.amount, l.month)));
        return new Model(startYear, years, openingCash, acts, costs, st, subs, ls, inv, kinds, equity);
    }

    /** The depreciation of the investment a subsidy finances, or null when it is not linked to one. */
    private Depreciation financed(SubsidySpec s) {
        if (s.operating || s.investment == null || s.investment.isBlank()) {
            return null;
        }
        return investments.stream()
                .filter(i -> s.investment.equals(i.name))
                .findFirst()
                .map(i -> new Depreciation(i.cost, i.years, i.startMonth))
                .orElse(null);
    }

    /** Name of a month of the model, e.g. 14 → "02/2027" for a model starting in 2026. */
    public String monthLabel(int month) {
        int y = startYear + (month - 1) / 12;
        int m = (month - 1) % 12 + 1;
        return String.format(Locale.ROOT, "%02d/%d", m, y);
    }
}
