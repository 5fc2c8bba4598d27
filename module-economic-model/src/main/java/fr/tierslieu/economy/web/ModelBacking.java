package fr.tierslieu.economy.web;

import fr.tierslieu.core.application.Choice;
import fr.tierslieu.core.application.actor.ActorService;
import fr.tierslieu.core.application.project.ProjectService;
import fr.tierslieu.core.application.security.AccessDeniedException;
import fr.tierslieu.core.domain.shared.ConcurrentEditException;
import fr.tierslieu.core.domain.shared.NotFoundException;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.ChartConfig;
import fr.tierslieu.core.web.support.FacesSupport;
import fr.tierslieu.economy.application.EconomyService;
import fr.tierslieu.economy.domain.Actual;
import fr.tierslieu.economy.domain.EconomicModel;
import fr.tierslieu.economy.domain.Forecast;
import fr.tierslieu.economy.domain.Model;
import fr.tierslieu.economy.domain.ModelSpec;
import fr.tierslieu.economy.domain.Risk;
import fr.tierslieu.economy.domain.Scenario;
import fr.tierslieu.economy.domain.Scenarios;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One economic model: the assumptions form (every change recomputes the forecast at once, without
 * saving), the forecast with its charts, scenarios, risk, and actual figures. The manager saves;
 * others read. Every figure comes from the services; the page only shows them.
 */
@Named
@ViewScoped
public class ModelBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final String FORM = "modelForm";
    private static final String[] PALETTE = {"#2f6f4e", "#d08c2a", "#3b6ea8", "#a8473b", "#7a5ea8", "#4d9a9a", "#8a8a3b", "#b05c8a"};

    @Inject
    EconomyService economy;
    @Inject
    ProjectService projects;
    @Inject
    ActorService actors;
    @Inject
    Msg msg;

    private Long id;
    private long version;
    private String name;
    private Long projectId;
    private boolean illustrative;
    private ModelSpec spec;
    private boolean expired;
    private transient Forecast.Result forecast;
    private transient List<String> problems;
    private List<Choice> projectChoices;
    private List<Choice> actorChoices;
    // forecast tab
    private int breakEvenYear = 1;
    private Integer cerfaYear;
    // scenarios
    private Long scenarioId;
    private Long scenarioVersion;
    private String scenarioName;
    private List<OverrideRow> overrides = new ArrayList<>();
    private transient List<EconomyService.Comparison> comparison;
    // risk
    private int sensitivityYear = 1;
    private double sensitivityPct = 10;
    private transient List<Risk.Bar> tornado;
    private double activityPct = 20;
    private double costPct = 10;
    private double subsidyDownPct = 30;
    private boolean normal;
    private int runs = 10_000;
    private transient List<Risk.YearRisk> risk;
    // actuals
    private Integer actualYear;
    private Actual.Line actualLine = Actual.Line.SALES;
    private String actualPeriod;
    private BigDecimal actualAmount;
    private transient UploadedFile actualsFile;
    private transient List<Actual> actuals;
    private transient UploadedFile fecFile;
    private EconomyService.FecSummary fecSummary;
    private transient List<fr.tierslieu.economy.domain.AccountMapping> accountMappings;
    private String mappingAccount;
    private Actual.Line mappingLine;
    // derived figures kept for the view (a getter is called several times per render): reset by
    // changed(), or by what they depend on
    private transient List<Forecast.ActivityBreakEven> breakEven;
    private transient List<fr.tierslieu.economy.domain.FunderOverview.Row> funderOverview;
    private transient Forecast.Result funderOverviewOf;
    private transient List<Scenario> scenarios;
    private transient List<EconomyService.Variance> variance;
    /** The tab shown: only it is rendered (dynamic tabs), the others load when opened. */
    private int tab;

    /** A scenario override being edited: which assumption (JSON Pointer) and its value. */
    public static class OverrideRow implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private String pointer;
        private Double value;

        public String getPointer() {
            return pointer;
        }

        public void setPointer(String pointer) {
            this.pointer = pointer;
        }

        public Double getValue() {
            return value;
        }

        public void setValue(Double value) {
            this.value = value;
        }
    }

    /**
     * The assumptions being edited. A view can be lost between the page's action and its rendering
     * (several tabs of one session opening pages at once evict each other's views): a new bean then
     * reads the model again from the request's {@code id}, instead of failing; with no id at all it
     * shows an empty model and {@link #isExpired()} asks the user to reload.
     */
    private ModelSpec spec() {
        if (spec == null) {
            if (id == null) {
                String param = FacesContext.getCurrentInstance() == null ? null
                        : FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
                try {
                    id = param == null ? null : Long.valueOf(param);
                } catch (NumberFormatException e) {
                    id = null;
                }
            }
            try {
                if (id != null) {
                    reload(economy.model(id));
                }
            } catch (NotFoundException e) {
                id = null;
            }
            if (spec == null) {
                spec = new ModelSpec();
                expired = true;
            }
        }
        return spec;
    }

    /** The page lost its model (see {@link #spec()}): it says so and offers to reload. */
    public boolean isExpired() {
        return expired;
    }

    /**
     * A bean created for a GET reads its model at once from the request's {@code id}: when
     * concurrent requests of one session evict this view between the page's action and its
     * rendering, the new bean that rendering creates is complete too.
     */
    @PostConstruct
    void init() {
        FacesContext context = FacesContext.getCurrentInstance();
        String param = context == null ? null : context.getExternalContext().getRequestParameterMap().get("id");
        if (param == null || context.isPostback()) {
            return;
        }
        try {
            id = Long.valueOf(param);
            reload(economy.model(id));
        } catch (NumberFormatException | NotFoundException e) {
            spec = null; // load() answers 404
        }
    }

    public void load() throws IOException {
        if (spec != null) {
            return;
        }
        if (id == null) {
            FacesSupport.notFound();
            return;
        }
        try {
            reload(economy.model(id));
        } catch (NotFoundException e) {
            FacesSupport.notFound();
        }
    }

    private void reload(EconomicModel m) {
        version = m.getVersion();
        name = m.getName();
        projectId = m.getProjectId();
        illustrative = m.isIllustrative();
        spec = m.spec();
        expired = false;
        actualYear = spec.startYear;
        changed();
    }

    /** Called by every input of the assumptions: the forecast follows at once (nothing is saved). */
    public void changed() {
        forecast = null;
        problems = null;
        comparison = null;
        breakEven = null;
        variance = null;
        tornado = null;
        risk = null;
        List<ModelSpec.Problem> found = spec().problems();
        if (!found.isEmpty()) {
            FacesContext context = FacesContext.getCurrentInstance();
            for (ModelSpec.Problem p : found) {
                String text = msg.formatAll(p.key(), p.args());
                if (context != null) {
                    context.addMessage(clientId(p.path()), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
                }
            }
        }
    }

    /** {@code activities[2].unitPrice} → the input's client id in the assumptions tab. */
    static String clientId(String path) {
        if (path == null) {
            return null;
        }
        String p = path;
        int bracket = p.indexOf('[');
        if (bracket < 0) {
            return FORM + ":tabs:" + p;
        }
        String section = p.substring(0, bracket);
        String index = p.substring(bracket + 1, p.indexOf(']'));
        String field = p.substring(p.indexOf("].") + 2);
        return FORM + ":tabs:" + section + ":" + index + ":" + field;
    }

    public boolean isValid() {
        return getProblemCount() == 0;
    }

    public int getProblemCount() {
        if (problems == null) {
            problems = spec().problems().stream().map(ModelSpec.Problem::path).toList();
        }
        return problems.size();
    }

    public Forecast.Result getForecast() {
        if (forecast == null && isValid()) {
            forecast = Forecast.compute(spec().toModel());
        }
        return forecast;
    }

    public void save() {
        try {
            EconomicModel m = economy.save(id, version, name, projectId, spec(), Msg.locale());
            version = m.getVersion();
            FacesSupport.info(msg.get("economy.saved"));
        } catch (ValidationFailure e) {
            showProblems(e);
        } catch (ConcurrentEditException e) {
            FacesSupport.error(msg.get("economy.error.conflict"));
        } catch (AccessDeniedException e) {
            FacesSupport.error(msg.get("core.error.denied"));
        }
    }

    /** Throws away the changes and reads the model as saved (e.g. after a conflict). */
    public void revert() {
        reload(economy.model(id));
    }

    private void showProblems(ValidationFailure e) {
        FacesContext context = FacesContext.getCurrentInstance();
        for (ValidationFailure.Violation v : e.getViolations()) {
            String clientId = "modelName".equals(v.field()) ? FORM + ":modelName" : clientId(v.field());
            context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, v.message(), v.message()));
        }
        context.validationFailed();
    }

    // ---- rows of the assumptions ---------------------------------------------------------------

    public void addActivity() {
        ModelSpec.ActivitySpec a = new ModelSpec.ActivitySpec();
        a.name = msg.get("economy.new.activity") + " " + (spec().activities.size() + 1);
        spec().activities.add(a);
        changed();
    }

    public void addCost() {
        ModelSpec.FixedCostSpec c = new ModelSpec.FixedCostSpec();
        c.name = msg.get("economy.new.cost") + " " + (spec().fixedCosts.size() + 1);
        spec().fixedCosts.add(c);
        changed();
    }

    public void addStaff() {
        ModelSpec.StaffSpec s = new ModelSpec.StaffSpec();
        s.name = msg.get("economy.new.staff") + " " + (spec().staff.size() + 1);
        spec().staff.add(s);
        changed();
    }

    public void addSubsidy() {
        ModelSpec.SubsidySpec s = new ModelSpec.SubsidySpec();
        s.name = msg.get("economy.new.subsidy") + " " + (spec().subsidies.size() + 1);
        s.perYear = new double[spec().years];
        spec().subsidies.add(s);
        changed();
    }

    public void addLoan() {
        ModelSpec.LoanSpec l = new ModelSpec.LoanSpec();
        l.name = msg.get("economy.new.loan") + " " + (spec().loans.size() + 1);
        l.months = 60;
        spec().loans.add(l);
        changed();
    }

    public void addInvestment() {
        ModelSpec.InvestmentSpec i = new ModelSpec.InvestmentSpec();
        i.name = msg.get("economy.new.investment") + " " + (spec().investments.size() + 1);
        spec().investments.add(i);
        changed();
    }

    public void addInKind() {
        ModelSpec.InKindSpec k = new ModelSpec.InKindSpec();
        k.name = msg.get("economy.new.inKind") + " " + (spec().inKind.size() + 1);
        spec().inKind.add(k);
        changed();
    }

    public void addOwnFunds() {
        ModelSpec.EquitySpec e = new ModelSpec.EquitySpec();
        e.name = msg.get("economy.new.ownFunds") + " " + (spec().ownFunds.size() + 1);
        spec().ownFunds.add(e);
        changed();
    }

    /** Removes row {@code index} of a section ({@code activities}, {@code fixedCosts}…). */
    public void remove(String section, int index) {
        List<?> list = switch (section) {
            case "activities" -> spec().activities;
            case "fixedCosts" -> spec().fixedCosts;
            case "staff" -> spec().staff;
            case "subsidies" -> spec().subsidies;
            case "loans" -> spec().loans;
            case "investments" -> spec().investments;
            case "inKind" -> spec().inKind;
            case "ownFunds" -> spec().ownFunds;
            default -> throw new IllegalArgumentException(section);
        };
        if (index >= 0 && index < list.size()) {
            list.remove(index);
        }
        changed();
    }

    // ---- figures for the page --------------------------------------------------------------------

    public List<Forecast.Year> getYears() {
        return getForecast() == null ? List.of() : getForecast().years();
    }

    /** The subsidies by funder and year, by status: computed again only when the forecast was (the assumptions changed). */
    public List<fr.tierslieu.economy.domain.FunderOverview.Row> getFunderOverview() {
        Forecast.Result current = getForecast();
        if (funderOverview == null || funderOverviewOf != current) {
            Map<Long, String> names = new java.util.HashMap<>();
            getActorChoices().forEach(c -> names.put(c.id(), c.label()));
            funderOverview = fr.tierslieu.economy.domain.FunderOverview.of(spec(), names::get);
            funderOverviewOf = current;
        }
        return funderOverview;
    }

    /** Whether any year carries or uses fonds dédiés (their two rows are shown only then; a pass over five years at most). */
    public boolean isDedicatedFunds() {
        return getYears().stream().anyMatch(y -> y.dedicatedFundsCarried() != 0 || y.dedicatedFundsUsed() != 0);
    }

    public String money(double v) {
        return Double.isInfinite(v) || Double.isNaN(v) ? "–" : fr.tierslieu.core.application.i18n.Numbers.money(Msg.locale(), v, 0);
    }

    public String percent(double fraction) {
        return Double.isNaN(fraction) ? "–" : fr.tierslieu.core.application.i18n.Numbers.percent(Msg.locale(), fraction, 0);
    }

    public String getFirstNegative() {
        Forecast.Result f = getForecast();
        if (f == null) {
            return "";
        }
        return f.firstNegativeMonth() == null ? msg.get("economy.cash.never") : spec().monthLabel(f.firstNegativeMonth());
    }

    public double getLowestCash() {
        Forecast.Result f = getForecast();
        return f == null ? 0 : f.lowestCash();
    }

    /** Break-even of each activity in the chosen year of the model. */
    public List<Forecast.ActivityBreakEven> getBreakEven() {
        if (getForecast() == null) {
            return List.of();
        }
        if (breakEven == null) {
            breakEven = Forecast.activityBreakEven(spec().toModel(), Math.min(Math.max(1, breakEvenYear), spec().years));
        }
        return breakEven;
    }

    public List<Integer> getYearNumbers() {
        List<Integer> out = new ArrayList<>();
        for (int y = 1; y <= spec().years; y++) {
            out.add(y);
        }
        return out;
    }

    /** The calendar year of the Cerfa budget to download: this year when the model covers it, else its first. */
    public int getCerfaYear() {
        int first = spec().startYear;
        int last = first + spec().years - 1;
        if (cerfaYear == null || cerfaYear < first || cerfaYear > last) {
            int now = java.time.LocalDate.now().getYear();
            cerfaYear = now >= first && now <= last ? now : first;
        }
        return cerfaYear;
    }

    public void setCerfaYear(int v) {
        cerfaYear = v;
    }

    public int calendarYear(int modelYear) {
        return spec().startYear + modelYear - 1;
    }

    public String getRevenueChart() {
        if (getForecast() == null) {
            return "";
        }
        Model m = spec().toModel();
        List<String> labels = getYears().stream().map(y -> String.valueOf(y.year())).toList();
        ChartConfig c = ChartConfig.of("bar").labels(labels);
        for (int i = 0; i < m.activities().size(); i++) {
            Model.Activity a = m.activities().get(i);
            List<Long> values = new ArrayList<>();
            for (int y = 1; y <= m.years(); y++) {
                values.add(Math.round(a.revenue(y)));
            }
            c.dataset(a.name(), values, Map.of("backgroundColor", PALETTE[i % PALETTE.length], "stack", "revenue"));
        }
        List<Long> subsidies = getYears().stream().map(y -> Math.round(y.operatingSubsidies())).toList();
        c.dataset(msg.get("economy.pl.subsidies"), subsidies, Map.of("backgroundColor", "#c9d3cd", "stack", "revenue"));
        return c.option("scales.x.stacked", true).option("scales.y.stacked", true).option("maintainAspectRatio", false).toJson();
    }

    public String getCashChart() {
        Forecast.Result f = getForecast();
        if (f == null) {
            return "";
        }
        List<String> labels = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        for (int i = 0; i < f.monthlyCash().length; i++) {
            labels.add(spec().monthLabel(i + 1));
            values.add(Math.round(f.monthlyCash()[i]));
        }
        Map<String, Object> fill = Map.of("target", "origin", "above", "rgba(47,111,78,0.12)", "below", "rgba(200,40,40,0.35)");
        return ChartConfig.of("line").labels(labels)
                .dataset(msg.get("economy.cash.title"), values, Map.of("borderColor", "#2f6f4e", "fill", fill, "pointRadius", 0, "tension", 0.2))
                .option("maintainAspectRatio", false).option("plugins.legend.display", false).toJson();
    }

    public String getDependenceChart() {
        if (getForecast() == null) {
            return "";
        }
        List<String> labels = getYears().stream().map(y -> String.valueOf(y.year())).toList();
        return ChartConfig.of("line").labels(labels)
                .dataset(msg.get("economy.pl.dependence"), getYears().stream().map(y -> Math.round(y.subsidyDependence() * 1000) / 10.0).toList(),
                        Map.of("borderColor", "#a8473b", "backgroundColor", "#a8473b"))
                .dataset(msg.get("economy.pl.selfFinancing"), getYears().stream().map(y -> Math.round(y.selfFinancingRatio() * 1000) / 10.0).toList(),
                        Map.of("borderColor", "#2f6f4e", "backgroundColor", "#2f6f4e"))
                .option("scales.y.min", 0).option("scales.y.max", 100).option("maintainAspectRatio", false).toJson();
    }

    // ---- scenarios --------------------------------------------------------------------------------

    public List<Scenario> getScenarios() {
        if (scenarios == null) {
            scenarios = economy.scenarios(id);
        }
        return scenarios;
    }

    public List<EconomyService.Comparison> getComparison() {
        if (comparison == null) {
            comparison = economy.compare(id, Msg.locale());
        }
        return comparison;
    }

    public String scenarioFirstNegative(EconomyService.Comparison c) {
        if (c.forecast() == null) {
            return "";
        }
        return c.forecast().firstNegativeMonth() == null ? msg.get("economy.cash.never") : spec().monthLabel(c.forecast().firstNegativeMonth());
    }

    public String getComparisonChart() {
        List<EconomyService.Comparison> list = getComparison();
        if (list.isEmpty() || list.get(0).forecast() == null) {
            return "";
        }
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < list.get(0).forecast().monthlyCash().length; i++) {
            labels.add(spec().monthLabel(i + 1));
        }
        ChartConfig c = ChartConfig.of("line").labels(labels);
        for (int k = 0; k < list.size(); k++) {
            if (list.get(k).forecast() != null) {
                c.dataset(list.get(k).name(), Arrays.stream(list.get(k).forecast().monthlyCash()).mapToObj(Math::round).toList(),
                        Map.of("borderColor", PALETTE[k % PALETTE.length], "pointRadius", 0, "fill", false));
            }
        }
        return c.option("maintainAspectRatio", false).toJson();
    }

    /** Assumptions the scenario form offers, labelled; from the saved model. */
    public List<Scenarios.Assumption> getAssumptions() {
        Map<String, String> names = new HashMap<>();
        for (String f : List.of("startYear", "years", "openingCash", "volume", "unitPrice", "occupancyPct", "fixedRevenue", "growthPct",
                "directCostPerUnit", "directCostRatePct", "yearly", "fte", "grossYearly", "employerRatePct", "startMonth", "perYear",
                "advancePct", "advanceMonth", "balanceMonth", "amount", "annualRatePct", "months", "deferral", "month", "cost",
                "funderActorId", "activities", "fixedCosts", "staff", "subsidies", "loans", "investments", "inKind", "ownFunds")) {
            names.put(f, msg.get("economy.field." + f));
        }
        return Scenarios.assumptions(economy.model(id).spec(), names).stream()
                .filter(a -> !a.pointer().endsWith("/funderActorId")).toList();
    }

    public void newScenario() {
        scenarioId = null;
        scenarioVersion = null;
        scenarioName = "";
        overrides = new ArrayList<>();
        overrides.add(new OverrideRow());
    }

    public void editScenario(Scenario s) {
        scenarioId = s.getId();
        scenarioVersion = s.getVersion();
        scenarioName = s.getName();
        overrides = new ArrayList<>();
        s.overrides().forEach((k, v) -> {
            OverrideRow r = new OverrideRow();
            r.pointer = k;
            r.value = v;
            overrides.add(r);
        });
    }

    public void addOverride() {
        overrides.add(new OverrideRow());
    }

    public void removeOverride(int index) {
        if (index >= 0 && index < overrides.size()) {
            overrides.remove(index);
        }
    }

    public void saveScenario() {
        Map<String, Double> values = new LinkedHashMap<>();
        for (int i = 0; i < overrides.size(); i++) {
            OverrideRow r = overrides.get(i);
            if (r.pointer == null || r.pointer.isBlank()) {
                continue;
            }
            if (r.value == null) {
                FacesContext.getCurrentInstance().addMessage(FORM + ":tabs:overrides:" + i + ":overrideValue",
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, msg.get("core.error.required"), msg.get("core.error.required")));
                FacesContext.getCurrentInstance().validationFailed();
                return;
            }
            values.put(r.pointer, r.value);
        }
        if (FacesSupport.attempt(msg, FORM + ":tabs", () -> economy.saveScenario(id, scenarioId, scenarioVersion, scenarioName, values,
                Msg.locale()))) {
            FacesSupport.info(msg.get("economy.saved"));
            scenarioId = null;
            scenarioName = null;
            overrides = new ArrayList<>();
            comparison = null;
            scenarios = null;
        }
    }

    public void deleteScenario(long scenario) {
        if (FacesSupport.attempt(msg, FORM, () -> economy.deleteScenario(scenario))) {
            comparison = null;
            scenarios = null;
        }
    }

    public boolean isEditingScenario() {
        return scenarioName != null;
    }

    // ---- risk ---------------------------------------------------------------------------------------

    public void computeSensitivity() {
        try {
            tornado = economy.sensitivity(spec(), sensitivityYear, sensitivityPct, Msg.locale());
        } catch (ValidationFailure e) {
            FacesSupport.showViolations(e, FORM + ":tabs");
        }
    }

    public String getTornadoChart() {
        if (tornado == null) {
            return "";
        }
        List<Risk.Bar> bars = tornado.stream().limit(12).toList();
        Forecast.Result f = getForecast();
        if (f == null || sensitivityYear < 1 || sensitivityYear > f.years().size()) {
            return "";
        }
        double base = f.years().get(sensitivityYear - 1).result();
        List<List<Long>> lows = new ArrayList<>();
        List<List<Long>> highs = new ArrayList<>();
        for (Risk.Bar b : bars) {
            lows.add(List.of(Math.round(base), Math.round(b.low())));
            highs.add(List.of(Math.round(base), Math.round(b.high())));
        }
        return ChartConfig.of("bar").labels(bars.stream().map(Risk.Bar::driver).toList())
                .dataset(msg.formatAll("economy.risk.minus", sensitivityPct), lows, Map.of("backgroundColor", "#a8473b", "grouped", false))
                .dataset(msg.formatAll("economy.risk.plus", sensitivityPct), highs, Map.of("backgroundColor", "#2f6f4e", "grouped", false))
                .option("indexAxis", "y").option("maintainAspectRatio", false).toJson();
    }

    public List<Risk.Bar> getTornado() {
        return tornado;
    }

    public void computeRisk() {
        try {
            risk = economy.monteCarlo(spec(), new EconomyService.Uncertainty(activityPct, costPct, subsidyDownPct, normal), runs, 42,
                    Msg.locale());
        } catch (ValidationFailure e) {
            FacesSupport.showViolations(e, FORM + ":tabs");
        }
    }

    public List<Risk.YearRisk> getRisk() {
        return risk;
    }

    public String getFanChart() {
        if (risk == null) {
            return "";
        }
        List<String> labels = risk.stream().map(r -> String.valueOf(r.year())).toList();
        return ChartConfig.of("line").labels(labels)
                .dataset("P95", risk.stream().map(r -> Math.round(r.p95())).toList(),
                        Map.of("borderColor", "#7fa892", "backgroundColor", "rgba(47,111,78,0.15)", "fill", "+2", "pointRadius", 2))
                .dataset("P50", risk.stream().map(r -> Math.round(r.p50())).toList(), Map.of("borderColor", "#2f6f4e", "borderWidth", 3))
                .dataset("P5", risk.stream().map(r -> Math.round(r.p5())).toList(), Map.of("borderColor", "#a8473b", "pointRadius", 2))
                .option("maintainAspectRatio", false).toJson();
    }

    // ---- actuals ------------------------------------------------------------------------------------

    public List<Actual> getActuals() {
        if (actuals == null) {
            actuals = economy.actuals(id);
        }
        return actuals;
    }

    public List<EconomyService.Variance> getVariance() {
        if (!isValid() || actualYear == null) {
            return List.of();
        }
        if (variance == null) {
            variance = economy.variance(id, actualYear, Msg.locale());
        }
        return variance;
    }

    public void addActual() {
        YearMonth period;
        try {
            period = YearMonth.parse(actualPeriod == null ? "" : actualPeriod.trim());
        } catch (DateTimeParseException e) {
            FacesSupport.showViolations(ValidationFailure.of("actualPeriod", msg.formatAll("economy.error.csvPeriod", actualPeriod)),
                    FORM + ":tabs");
            return;
        }
        if (actualAmount == null) {
            FacesSupport.showViolations(ValidationFailure.of("actualAmount", msg.get("core.error.required")), FORM + ":tabs");
            return;
        }
        if (FacesSupport.attempt(msg, FORM + ":tabs", () -> economy.setActual(id, actualLine, period, actualAmount))) {
            actuals = null;
            variance = null;
            actualAmount = null;
        }
    }

    public void removeActual(Actual a) {
        if (FacesSupport.attempt(msg, FORM, () -> economy.setActual(id, a.getLine(), a.getPeriod(), null))) {
            actuals = null;
            variance = null;
        }
    }

    public void importActuals() {
        if (actualsFile == null || actualsFile.getSize() == 0) {
            FacesSupport.showViolations(ValidationFailure.of("actualsFile", msg.get("economy.error.emptyFile")), FORM + ":tabs");
            return;
        }
        try {
            fr.tierslieu.core.application.export.Uploads.checkSize(actualsFile.getSize());
        } catch (fr.tierslieu.core.application.export.Uploads.Refused e) {
            FacesSupport.showViolations(ValidationFailure.of("actualsFile", msg.formatAll(e.key(), e.limit())), FORM + ":tabs");
            return;
        }
        String text = new String(actualsFile.getContent(), StandardCharsets.UTF_8);
        int[] count = new int[1];
        if (FacesSupport.attempt(msg, FORM + ":tabs", () -> count[0] = economy.importActuals(id, text, Msg.locale()))) {
            FacesSupport.info(msg.formatAll("economy.actuals.imported", count[0]));
            actuals = null;
            variance = null;
        }
    }

    // ---- FEC -----------------------------------------------------------------------------------------

    public void importFec() {
        if (fecFile == null || fecFile.getSize() == 0) {
            FacesSupport.showViolations(ValidationFailure.of("fecFile", msg.get("economy.fec.empty")), FORM + ":tabs");
            return;
        }
        byte[] content = fecFile.getContent();
        EconomyService.FecSummary[] done = new EconomyService.FecSummary[1];
        if (FacesSupport.attempt(msg, FORM + ":tabs", () -> done[0] = economy.importFec(id, content, Msg.locale()))) {
            fecSummary = done[0];
            actuals = null;
            variance = null;
        }
    }

    public EconomyService.FecSummary getFecSummary() {
        return fecSummary;
    }

    /** The accounts the last import left out, each with its total (« 671 : 120 € »). */
    public List<String> getFecUnmapped() {
        if (fecSummary == null) {
            return List.of();
        }
        return fecSummary.unmapped().entrySet().stream()
                .map(e -> msg.formatAll("economy.fec.unmappedAccount", e.getKey(), money(e.getValue().doubleValue()))).toList();
    }

    public List<fr.tierslieu.economy.domain.AccountMapping> getAccountMappings() {
        if (accountMappings == null) {
            accountMappings = economy.accountMappings(id);
        }
        return accountMappings;
    }

    public void addMapping() {
        if (FacesSupport.attempt(msg, FORM + ":tabs", () -> economy.mapAccount(id, mappingAccount, mappingLine, Msg.locale()))) {
            accountMappings = null;
            mappingAccount = null;
        }
    }

    public void removeMapping(fr.tierslieu.economy.domain.AccountMapping mapping) {
        if (FacesSupport.attempt(msg, FORM, () -> economy.unmapAccount(id, mapping.getId()))) {
            accountMappings = null;
        }
    }

    public UploadedFile getFecFile() {
        return fecFile;
    }

    public void setFecFile(UploadedFile v) {
        fecFile = v;
    }

    public String getMappingAccount() {
        return mappingAccount;
    }

    public void setMappingAccount(String v) {
        mappingAccount = v;
    }

    public Actual.Line getMappingLine() {
        return mappingLine;
    }

    public void setMappingLine(Actual.Line v) {
        mappingLine = v;
    }

    // ---- choices -------------------------------------------------------------------------------------

    public List<Choice> getProjectChoices() {
        if (projectChoices == null) {
            projectChoices = projects.choices();
        }
        return projectChoices;
    }

    public List<Choice> getActorChoices() {
        if (actorChoices == null) {
            actorChoices = actors.choices();
        }
        return actorChoices;
    }

    public ModelSpec.ActivityKind[] getActivityKinds() {
        return ModelSpec.ActivityKind.values();
    }

    public ModelSpec.CostCategory[] getCostCategories() {
        return ModelSpec.CostCategory.values();
    }

    public ModelSpec.LoanKind[] getLoanKinds() {
        return ModelSpec.LoanKind.values();
    }

    public ModelSpec.FunderLevel[] getFunderLevels() {
        return ModelSpec.FunderLevel.values();
    }

    public ModelSpec.SubsidyStatus[] getSubsidyStatuses() {
        return ModelSpec.SubsidyStatus.values();
    }

    public ModelSpec.InKindKind[] getInKindKinds() {
        return ModelSpec.InKindKind.values();
    }

    public Actual.Line[] getLines() {
        return Actual.Line.values();
    }

    // ---- properties ------------------------------------------------------------------------------------

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Long getProjectId() { return projectId; }
    public void setProjectId(Long projectId) { this.projectId = projectId; }
    public boolean isIllustrative() { return illustrative; }
    public ModelSpec getSpec() { return spec(); }
    public int getBreakEvenYear() { return breakEvenYear; }
    public void setBreakEvenYear(int v) {
        if (v != breakEvenYear) {
            breakEven = null;
        }
        breakEvenYear = v;
    }
    public String getScenarioName() { return scenarioName; }
    public void setScenarioName(String v) { scenarioName = v; }
    public List<OverrideRow> getOverrides() { return overrides; }
    public int getSensitivityYear() { return sensitivityYear; }
    public void setSensitivityYear(int v) { sensitivityYear = v; }
    public double getSensitivityPct() { return sensitivityPct; }
    public void setSensitivityPct(double v) { sensitivityPct = v; }
    public double getActivityPct() { return activityPct; }
    public void setActivityPct(double v) { activityPct = v; }
    public double getCostPct() { return costPct; }
    public void setCostPct(double v) { costPct = v; }
    public double getSubsidyDownPct() { return subsidyDownPct; }
    public void setSubsidyDownPct(double v) { subsidyDownPct = v; }
    public boolean isNormal() { return normal; }
    public void setNormal(boolean v) { normal = v; }
    public int getRuns() { return runs; }
    public void setRuns(int v) { runs = v; }
    public Integer getActualYear() { return actualYear; }
    public void setActualYear(Integer v) {
        if (!java.util.Objects.equals(v, actualYear)) {
            variance = null;
        }
        actualYear = v;
    }

    public int getTab() { return tab; }

    public void setTab(int tab) { this.tab = tab; }

    public void onTabChange(org.primefaces.event.TabChangeEvent<?> event) {
        int index = event.getComponent().getChildren().indexOf(event.getTab());
        if (index >= 0) {
            tab = index;
        }
    }
    public Actual.Line getActualLine() { return actualLine; }
    public void setActualLine(Actual.Line v) { actualLine = v; }
    public String getActualPeriod() { return actualPeriod; }
    public void setActualPeriod(String v) { actualPeriod = v; }
    public BigDecimal getActualAmount() { return actualAmount; }
    public void setActualAmount(BigDecimal v) { actualAmount = v; }
    public UploadedFile getActualsFile() { return actualsFile; }
    public void setActualsFile(UploadedFile v) { actualsFile = v; }
}
