package fr.tierslieu.economy.application;

import fr.tierslieu.core.application.export.Csv;
import fr.tierslieu.core.application.export.Uploads;
import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.application.security.RequiresRole;
import fr.tierslieu.core.domain.security.Role;
import fr.tierslieu.core.domain.shared.ConcurrentEditException;
import fr.tierslieu.core.domain.shared.NotFoundException;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.core.module.ActorDeleted;
import fr.tierslieu.economy.domain.AccountMapping;
import fr.tierslieu.economy.domain.Actual;
import fr.tierslieu.economy.domain.EconomicModel;
import fr.tierslieu.economy.domain.Fec;
import fr.tierslieu.economy.domain.Forecast;
import fr.tierslieu.economy.domain.Model;
import fr.tierslieu.economy.domain.ModelJson;
import fr.tierslieu.economy.domain.ModelSpec;
import fr.tierslieu.economy.domain.Occupancy;
import fr.tierslieu.economy.domain.Risk;
import fr.tierslieu.economy.domain.Scenario;
import fr.tierslieu.economy.domain.Scenarios;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Economic models, their scenarios and actual figures. The manager (and admins) change them; the
 * board and viewers read. Every computation goes through the pure engine ({@link Forecast},
 * {@link Risk}); nothing is saved unless every field is valid, and a stale copy never overwrites a
 * newer save.
 */
@ApplicationScoped
@Transactional
@RequiresRole
public class EconomyService {

    /** Largest number of Monte Carlo runs one request may ask for. */
    public static final int MAX_RUNS = 20_000;
    /** Lines of one CSV import of actual figures at most. */
    public static final int MAX_ACTUAL_LINES = 10_000;

    @PersistenceContext(unitName = "economy")
    EntityManager em;

    @Inject
    MessageBundles messages;

    Clock clock = Clock.systemUTC();

    public EconomyService() {}

    public EconomyService(EntityManager em, MessageBundles messages) {
        this.em = em;
        this.messages = messages;
    }

    // ---- models ------------------------------------------------------------------------------

    public List<EconomicModel> models() {
        return em.createQuery("select m from EconomicModel m order by m.name", EconomicModel.class)
                .getResultList();
    }

    /** The models of one project, by name: the first 50 (the project page links to the full list). */
    public List<EconomicModel> modelsOf(long projectId) {
        return em.createQuery(
                        "select m from EconomicModel m where m.projectId = :p order by m.name", EconomicModel.class)
                .setParameter("p", projectId)
                .setMaxResults(50)
                .getResultList();
    }

    public EconomicModel model(long id) {
        EconomicModel m = em.find(EconomicModel.class, id);
        if (m == null) {
            throw new NotFoundException("EconomicModel", id);
        }
        em.refresh(m);
        return m;
    }

    @RequiresRole({Role.MANAGER})
    public EconomicModel create(String name, Long projectId, boolean illustrative, ModelSpec spec, Locale locale) {
        checkName(name, null, locale);
        check(spec, locale);
        EconomicModel m = new EconomicModel(name.trim(), projectId, illustrative, spec, clock.instant());
        em.persist(m);
        em.flush();
        return m;
    }

    /**
     * Saves new assumptions (and name, project) of a model read at {@code version}.
     *
     * @throws ConcurrentEditException if someone saved the model since
     */
    @RequiresRole({Role.MANAGER})
    public EconomicModel save(long id, long version, String name, Long projectId, ModelSpec spec, Locale locale) {
        EconomicModel m = model(id);
        if (m.getVersion() != version) {
            throw new ConcurrentEditException("EconomicModel", id);
        }
        checkName(name, id, locale);
        check(spec, locale);
        m.rename(name.trim(), projectId, m.isIllustrative());
        m.change(spec, clock.instant());
        em.flush();
        return m;
    }

    @RequiresRole({Role.MANAGER})
    public void delete(long id) {
        em.remove(model(id));
    }

    private void checkName(String name, Long id, Locale locale) {
        if (name == null || name.isBlank()) {
            throw ValidationFailure.of("modelName", messages.get(locale, "core.error.required"));
        }
        if (name.trim().length() > EconomicModel.NAME_MAX) {
            throw ValidationFailure.of(
                    "modelName", messages.format(locale, "core.error.tooLong", EconomicModel.NAME_MAX));
        }
        List<Long> same = em.createQuery("select m.id from EconomicModel m where lower(m.name) = :n", Long.class)
                .setParameter("n", name.trim().toLowerCase(Locale.ROOT))
                .getResultList();
        if (same.stream().anyMatch(other -> !other.equals(id))) {
            throw ValidationFailure.of("modelName", messages.get(locale, "economy.error.nameTaken"));
        }
    }

    /**
     * @throws ValidationFailure naming each field at fault ({@code activities[0].unitPrice}) with a
     *                           message in {@code locale}
     */
    public void check(ModelSpec spec, Locale locale) {
        if (spec == null) {
            throw ValidationFailure.of(null, messages.get(locale, "core.error.required"));
        }
        List<ModelSpec.Problem> problems = spec.problems();
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems.stream()
                    .map(p -> new ValidationFailure.Violation(p.path(), messages.format(locale, p.key(), p.args())))
                    .toList());
        }
    }

    /** The forecast of assumptions (saved or not). */
    public Forecast.Result forecast(ModelSpec spec, Locale locale) {
        check(spec, locale);
        return Forecast.compute(spec.toModel());
    }

    /**
     * The year of occupancy of a saved model's premises (its first year), or null when it
     * describes no space or no need.
     */
    public Occupancy.Result occupancy(long modelId) {
        ModelSpec spec = model(modelId).spec();
        if (spec.spaces.isEmpty() || spec.needs.isEmpty()) {
            return null;
        }
        return Occupancy.simulate(spec.spaces, spec.needs, spec.startYear);
    }

    // ---- scenarios -----------------------------------------------------------------------------

    public List<Scenario> scenarios(long modelId) {
        return em.createQuery("select s from Scenario s where s.model.id = :m order by s.name", Scenario.class)
                .setParameter("m", modelId)
                .getResultList();
    }

    /** The assumptions of a scenario: the model's, with the scenario's overrides. */
    public ModelSpec variant(ModelSpec base, Map<String, Double> overrides, Locale locale) {
        try {
            return Scenarios.apply(base, overrides);
        } catch (ModelJson.Unreadable e) {
            throw ValidationFailure.of("overrides", messages.format(locale, "economy.error.override", e.path()));
        }
    }

    /**
     * Creates ({@code scenarioId} null) or changes a scenario. The overrides must designate numbers
     * of the model and give a model that can be computed.
     */
    @RequiresRole({Role.MANAGER})
    public Scenario saveScenario(
            long modelId, Long scenarioId, Long version, String name, Map<String, Double> overrides, Locale locale) {
        EconomicModel model = model(modelId);
        if (name == null || name.isBlank()) {
            throw ValidationFailure.of("scenarioName", messages.get(locale, "core.error.required"));
        }
        if (name.trim().length() > Scenario.NAME_MAX) {
            throw ValidationFailure.of(
                    "scenarioName", messages.format(locale, "core.error.tooLong", Scenario.NAME_MAX));
        }
        if (overrides != null && overrides.size() > Scenario.MAX_OVERRIDES) {
            throw ValidationFailure.of(
                    "overrides", messages.format(locale, "core.error.tooMany", Scenario.MAX_OVERRIDES));
        }
        if (scenarioId == null && scenarios(modelId).size() >= Scenario.MAX_PER_MODEL) {
            throw ValidationFailure.of(
                    "scenarioName", messages.format(locale, "core.error.tooMany", Scenario.MAX_PER_MODEL));
        }
        boolean taken = scenarios(modelId).stream()
                .anyMatch(s -> s.getName().equalsIgnoreCase(name.trim()) && !Objects.equals(s.getId(), scenarioId));
        if (taken) {
            throw ValidationFailure.of("scenarioName", messages.get(locale, "economy.error.nameTaken"));
        }
        ModelSpec variant = variant(model.spec(), overrides, locale);
        check(variant, locale);
        Scenario s;
        if (scenarioId == null) {
            s = new Scenario(model, name.trim(), overrides);
            em.persist(s);
        } else {
            s = em.find(Scenario.class, scenarioId);
            if (s == null || !s.getModel().getId().equals(modelId)) {
                throw new NotFoundException("Scenario", scenarioId);
            }
            if (version != null && s.getVersion() != version) {
                throw new ConcurrentEditException("Scenario", scenarioId);
            }
            s.rename(name.trim());
            s.setOverrides(overrides);
        }
        em.flush();
        return s;
    }

    @RequiresRole({Role.MANAGER})
    public void deleteScenario(long scenarioId) {
        Scenario s = em.find(Scenario.class, scenarioId);
        if (s != null) {
            em.remove(s);
        }
    }

    /** One column of the side-by-side comparison. */
    public record Comparison(String name, Forecast.Result forecast, String error) {}

    /** The base model and each scenario, computed; a scenario that no longer fits the model says why. */
    public List<Comparison> compare(long modelId, Locale locale) {
        ModelSpec base = model(modelId).spec();
        List<Comparison> out = new ArrayList<>();
        out.add(comparison(messages.get(locale, "economy.scenario.base"), base, locale));
        for (Scenario s : scenarios(modelId)) {
            try {
                out.add(comparison(s.getName(), variant(base, s.overrides(), locale), locale));
            } catch (ValidationFailure e) {
                out.add(new Comparison(
                        s.getName(), null, e.getViolations().get(0).message()));
            }
        }
        return out;
    }

    private Comparison comparison(String name, ModelSpec spec, Locale locale) {
        List<ModelSpec.Problem> problems = spec.problems();
        if (!problems.isEmpty()) {
            ModelSpec.Problem p = problems.get(0);
            return new Comparison(name, null, p.path() + " : " + messages.format(locale, p.key(), p.args()));
        }
        return new Comparison(name, Forecast.compute(spec.toModel()), null);
    }

    // ---- risk ----------------------------------------------------------------------------------

    /**
     * How uncertain the drivers are, in percent: volumes and prices of activities vary within
     * ±{@code activityPct}, costs within ±{@code costPct}, subsidies between −{@code subsidyDownPct}
     * and their planned amount (a subsidy is rarely more than asked).
     */
    public record Uncertainty(double activityPct, double costPct, double subsidyDownPct, boolean normal) {}

    public List<Risk.YearRisk> monteCarlo(ModelSpec spec, Uncertainty u, int runs, long seed, Locale locale) {
        check(spec, locale);
        if (runs < 100 || runs > MAX_RUNS) {
            throw ValidationFailure.of("runs", messages.format(locale, "economy.error.runs", 100, MAX_RUNS));
        }
        if (!(u.activityPct() >= 0 && u.activityPct() <= 100)
                || !(u.costPct() >= 0 && u.costPct() <= 100)
                || !(u.subsidyDownPct() >= 0 && u.subsidyDownPct() <= 100)) {
            throw ValidationFailure.of("uncertainty", messages.get(locale, "economy.error.percent"));
        }
        Model m = spec.toModel();
        return Risk.monteCarlo(m, ranges(m, u), runs, seed);
    }

    static List<Risk.Range> ranges(Model m, Uncertainty u) {
        List<Risk.Range> ranges = new ArrayList<>();
        List<Risk.Driver> drivers = Risk.drivers(m);
        int activityDrivers = m.activities().size() * 2;
        int costDrivers = m.fixedCosts().size() + m.staff().size();
        for (int i = 0; i < drivers.size(); i++) {
            Risk.Driver d = drivers.get(i);
            if (i < activityDrivers) {
                double x = u.activityPct() / 100;
                ranges.add(new Risk.Range(d, 1 - x, 1, 1 + x, u.normal()));
            } else if (i < activityDrivers + costDrivers) {
                double x = u.costPct() / 100;
                ranges.add(new Risk.Range(d, 1 - x, 1, 1 + x, u.normal()));
            } else {
                double x = u.subsidyDownPct() / 100;
                ranges.add(new Risk.Range(d, 1 - x, 1, 1, false));
            }
        }
        return ranges;
    }

    public List<Risk.Bar> sensitivity(ModelSpec spec, int year, double pct, Locale locale) {
        check(spec, locale);
        if (year < 1 || year > spec.years) {
            throw ValidationFailure.of("sensitivityYear", messages.format(locale, "economy.error.month", spec.years));
        }
        if (!(pct > 0 && pct <= 100)) {
            throw ValidationFailure.of("sensitivityPct", messages.get(locale, "economy.error.percent"));
        }
        return Risk.sensitivity(spec.toModel(), year, pct / 100);
    }

    // ---- actuals -------------------------------------------------------------------------------

    public List<Actual> actuals(long modelId) {
        return em.createQuery("select a from Actual a where a.modelId = :m order by a.period, a.line", Actual.class)
                .setParameter("m", modelId)
                .getResultList();
    }

    /** Sets (or, with a null amount, removes) the actual figure of a line for a month. */
    @RequiresRole({Role.MANAGER})
    public void setActual(long modelId, Actual.Line line, YearMonth period, BigDecimal amount) {
        model(modelId);
        List<Actual> existing = em.createQuery(
                        "select a from Actual a where a.modelId = :m and a.line = :l and a.period = :p", Actual.class)
                .setParameter("m", modelId)
                .setParameter("l", line)
                .setParameter("p", period.toString())
                .getResultList();
        if (amount == null) {
            existing.forEach(em::remove);
        } else if (existing.isEmpty()) {
            em.persist(new Actual(modelId, line, period, amount.setScale(2, RoundingMode.HALF_UP)));
        } else {
            existing.get(0).setAmount(amount.setScale(2, RoundingMode.HALF_UP));
        }
    }

    /**
     * Imports actual figures from CSV text: {@code line;period;amount} per row (line as its code or
     * French/English name, period {@code YYYY-MM}, amount with a comma or a dot). A header row is
     * skipped. All rows or none: the first problems are reported with their line numbers.
     *
     * @return number of figures imported
     */
    @RequiresRole({Role.MANAGER})
    public int importActuals(long modelId, String text, Locale locale) {
        model(modelId);
        if (text == null || text.isBlank()) {
            throw ValidationFailure.of("actualsFile", messages.get(locale, "economy.error.emptyFile"));
        }
        if (text.length() > Uploads.MAX_FILE_BYTES) {
            throw ValidationFailure.of(
                    "actualsFile",
                    messages.format(locale, "core.upload.tooLarge", Uploads.MAX_FILE_BYTES / (1024 * 1024)));
        }
        String clean = text.startsWith(Csv.BOM) ? text.substring(1) : text;
        List<Csv.Row> rows = Csv.parse(clean, Csv.detectSeparator(clean));
        if (rows.size() > MAX_ACTUAL_LINES + 1) {
            throw ValidationFailure.of(
                    "actualsFile", messages.format(locale, "core.upload.tooManyLines", MAX_ACTUAL_LINES));
        }
        Map<Actual.Line, String> names = lineNames(locale);
        List<ValidationFailure.Violation> problems = new ArrayList<>();
        record Parsed(Actual.Line line, YearMonth period, BigDecimal amount) {}
        List<Parsed> parsed = new ArrayList<>();
        for (Csv.Row row : rows) {
            List<String> f = row.fields();
            if (f.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (parsed.isEmpty()
                    && problems.isEmpty()
                    && row.line() == 1
                    && f.size() >= 3
                    && !f.get(2).matches("[-0-9 ,.\u00a0]+")) {
                continue; // header
            }
            if (f.size() < 3) {
                problems.add(lineProblem(row.line(), messages.get(locale, "economy.error.csvColumns"), locale));
                continue;
            }
            Actual.Line line = parseLine(f.get(0).trim(), names);
            YearMonth period = null;
            BigDecimal amount = null;
            try {
                period = YearMonth.parse(f.get(1).trim());
            } catch (DateTimeParseException e) {
                problems.add(
                        lineProblem(row.line(), messages.format(locale, "economy.error.csvPeriod", f.get(1)), locale));
            }
            try {
                amount = new BigDecimal(
                        f.get(2).trim().replace("\u00a0", "").replace(" ", "").replace(',', '.'));
            } catch (NumberFormatException e) {
                problems.add(
                        lineProblem(row.line(), messages.format(locale, "economy.error.csvAmount", f.get(2)), locale));
            }
            if (line == null) {
                problems.add(lineProblem(
                        row.line(),
                        messages.format(locale, "economy.error.csvLine", f.get(0), String.join(", ", names.values())),
                        locale));
            }
            if (line != null && period != null && amount != null) {
                parsed.add(new Parsed(line, period, amount));
            }
            if (problems.size() >= 20) {
                break;
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        if (parsed.isEmpty()) {
            throw ValidationFailure.of("actualsFile", messages.get(locale, "economy.error.emptyFile"));
        }
        parsed.forEach(p -> setActual(modelId, p.line(), p.period(), p.amount()));
        return parsed.size();
    }

    private ValidationFailure.Violation lineProblem(int line, String text, Locale locale) {
        return new ValidationFailure.Violation(
                "actualsFile", messages.format(locale, "economy.error.csvRow", line, text));
    }

    public Map<Actual.Line, String> lineNames(Locale locale) {
        Map<Actual.Line, String> out = new EnumMap<>(Actual.Line.class);
        for (Actual.Line l : Actual.Line.values()) {
            out.put(l, messages.label(locale, l));
        }
        return out;
    }

    private Actual.Line parseLine(String text, Map<Actual.Line, String> names) {
        for (Actual.Line l : Actual.Line.values()) {
            if (l.name().equalsIgnoreCase(text)
                    || names.get(l).equalsIgnoreCase(text)
                    || messages.label(Locale.ENGLISH, l).equalsIgnoreCase(text)
                    || messages.label(Locale.FRENCH, l).equalsIgnoreCase(text)) {
                return l;
            }
        }
        return null;
    }

    // ---- FEC import ----------------------------------------------------------------------------

    /** Account choices of one model at most. */
    public static final int MAX_MAPPINGS = 500;

    /** The model's own choices for accounts of its books, by account. */
    public List<AccountMapping> accountMappings(long modelId) {
        return em.createQuery(
                        "select m from AccountMapping m where m.modelId = :m order by m.account", AccountMapping.class)
                .setParameter("m", modelId)
                .getResultList();
    }

    /**
     * Remembers where an account (or account prefix) of the books goes when a FEC is imported: a
     * line, or none (null: left out). Replaces the model's previous choice for that account.
     */
    @RequiresRole({Role.MANAGER})
    public AccountMapping mapAccount(long modelId, String account, Actual.Line line, Locale locale) {
        model(modelId);
        String a = account == null ? "" : account.strip();
        if (!a.matches(AccountMapping.ACCOUNT_PATTERN)) {
            throw ValidationFailure.of("mappingAccount", messages.get(locale, "economy.fec.mappingAccount"));
        }
        if (a.charAt(0) != '6' && a.charAt(0) != '7') {
            throw ValidationFailure.of("mappingAccount", messages.get(locale, "economy.fec.mappingClass"));
        }
        List<AccountMapping> existing = accountMappings(modelId);
        for (AccountMapping m : existing) {
            if (m.getAccount().equals(a)) {
                m.setLine(line);
                return m;
            }
        }
        if (existing.size() >= MAX_MAPPINGS) {
            throw ValidationFailure.of("mappingAccount", messages.format(locale, "core.error.tooMany", MAX_MAPPINGS));
        }
        AccountMapping m = new AccountMapping(modelId, a, line);
        em.persist(m);
        return m;
    }

    /** Forgets a choice: the account follows the chart's default again. */
    @RequiresRole({Role.MANAGER})
    public void unmapAccount(long modelId, long mappingId) {
        AccountMapping m = em.find(AccountMapping.class, mappingId);
        if (m != null && m.getModelId() == modelId) {
            em.remove(m);
        }
    }

    /**
     * What a FEC import did.
     *
     * @param entries  entry lines read
     * @param figures  monthly actual figures written (one per line and month)
     * @param unmapped result accounts left out, with their totals
     */
    public record FecSummary(int entries, int figures, Map<String, BigDecimal> unmapped)
            implements java.io.Serializable {}

    /**
     * Imports the actual figures of a FEC: every result account added to its line, month by month,
     * through the model's choices then the chart's defaults ({@link Fec}); each line and month
     * found replaces the figure entered before. All or nothing: the first problems are reported
     * with their line numbers and nothing is saved.
     */
    @RequiresRole({Role.MANAGER})
    public FecSummary importFec(long modelId, byte[] file, Locale locale) {
        model(modelId);
        if (file == null || file.length == 0) {
            throw ValidationFailure.of("fecFile", messages.get(locale, "economy.fec.empty"));
        }
        if (file.length > Fec.MAX_BYTES) {
            throw ValidationFailure.of(
                    "fecFile", messages.format(locale, "core.upload.tooLarge", Fec.MAX_BYTES / (1024 * 1024)));
        }
        Map<String, Actual.Line> choices = new java.util.HashMap<>();
        accountMappings(modelId).forEach(m -> choices.put(m.getAccount(), m.getLine()));
        Fec.Result r = Fec.read(Fec.decode(file), Fec.mapping(choices));
        if (!r.ok()) {
            throw new ValidationFailure(r.problems().stream()
                    .map(p -> {
                        String text = messages.format(locale, p.key(), p.args());
                        return new ValidationFailure.Violation(
                                "fecFile",
                                p.line() == 0 ? text : messages.format(locale, "economy.error.csvRow", p.line(), text));
                    })
                    .toList());
        }
        BigDecimal limit = new BigDecimal("1000000000000"); // DECIMAL(14, 2) of the actual figures
        for (Map<YearMonth, BigDecimal> months : r.sums().values()) {
            for (Map.Entry<YearMonth, BigDecimal> m : months.entrySet()) {
                if (m.getValue().abs().compareTo(limit) >= 0) {
                    throw ValidationFailure.of(
                            "fecFile",
                            messages.format(
                                    locale, "economy.fec.tooLarge", m.getKey().toString()));
                }
            }
        }
        Map<String, Actual> current = new java.util.HashMap<>();
        for (Actual a : actuals(modelId)) {
            current.put(a.getLine() + " " + a.getPeriod(), a);
        }
        int figures = 0;
        for (Map.Entry<Actual.Line, Map<YearMonth, BigDecimal>> line : r.sums().entrySet()) {
            for (Map.Entry<YearMonth, BigDecimal> month : line.getValue().entrySet()) {
                BigDecimal amount = month.getValue().setScale(2, RoundingMode.HALF_UP);
                Actual a = current.get(line.getKey() + " " + month.getKey());
                if (a == null) {
                    em.persist(new Actual(modelId, line.getKey(), month.getKey(), amount));
                } else {
                    a.setAmount(amount);
                }
                figures++;
            }
        }
        return new FecSummary(r.entries(), figures, r.unmapped());
    }

    /** One row of the variance table: a line of a year, forecast against the months entered. */
    public record Variance(
            Actual.Line line, int months, double forecast, double forecastToDate, double actual, double variance) {}

    /**
     * Actual against forecast for a calendar year: per line, the months entered, the forecast of
     * the whole year, the forecast of those months (pro rata of the months entered), the actual and
     * the variance (actual − forecast to date).
     */
    public List<Variance> variance(long modelId, int calendarYear, Locale locale) {
        ModelSpec spec = model(modelId).spec();
        Forecast.Result f = forecast(spec, locale);
        int y = calendarYear - spec.startYear;
        if (y < 0 || y >= spec.years) {
            return List.of();
        }
        Forecast.Year year = f.years().get(y);
        Map<Actual.Line, double[]> sums = new LinkedHashMap<>();
        Map<Actual.Line, java.util.Set<Integer>> months = new EnumMap<>(Actual.Line.class);
        for (Actual a : actuals(modelId)) {
            if (a.getPeriod().getYear() == calendarYear) {
                sums.computeIfAbsent(a.getLine(), k -> new double[1])[0] +=
                        a.getAmount().doubleValue();
                months.computeIfAbsent(a.getLine(), k -> new java.util.TreeSet<>())
                        .add(a.getPeriod().getMonthValue());
            }
        }
        List<Variance> out = new ArrayList<>();
        for (Actual.Line line : Actual.Line.values()) {
            double planned = switch (line) {
                case SALES -> year.salesWithoutDues();
                case DUES -> year.dues();
                case OPERATING_SUBSIDIES -> year.operatingSubsidies();
                case PURCHASES_EXTERNAL -> year.purchasesAndExternal();
                case TAXES -> year.taxes();
                case STAFF -> year.staff();
                case OTHER_CHARGES -> year.otherCharges();
                case DEPRECIATION -> year.depreciation();
                case FINANCIAL -> year.financialCharges();
            };
            int n = months.getOrDefault(line, java.util.Set.of()).size();
            double actual = sums.containsKey(line) ? sums.get(line)[0] : 0;
            double toDate = planned * n / 12;
            out.add(new Variance(line, n, planned, toDate, actual, actual - toDate));
        }
        return out;
    }

    // ---- around --------------------------------------------------------------------------------

    /** A subsidy whose application or report is due, for the roadmap and the dashboard. */
    public record Deadline(
            long modelId,
            String modelName,
            Long projectId,
            int index,
            String subsidy,
            LocalDate date,
            ModelSpec.SubsidyStatus status) {}

    /** Deadlines of subsidies still to request or requested, soonest first. */
    public List<Deadline> deadlines() {
        List<Deadline> out = new ArrayList<>();
        for (EconomicModel m : models()) {
            List<ModelSpec.SubsidySpec> subs = m.spec().subsidies;
            for (int i = 0; i < subs.size(); i++) {
                ModelSpec.SubsidySpec s = subs.get(i);
                if (s.deadline != null && s.status != ModelSpec.SubsidyStatus.REFUSED) {
                    out.add(new Deadline(m.getId(), m.getName(), m.getProjectId(), i, s.name, s.deadline, s.status));
                }
            }
        }
        out.sort(java.util.Comparator.comparing(Deadline::date));
        return out;
    }

    /** A project was deleted: its models stay, attached to no project. */
    void onProjectDeleted(@Observes fr.tierslieu.core.module.ProjectDeleted event) {
        em.createQuery("select m from EconomicModel m where m.projectId = :p", EconomicModel.class)
                .setParameter("p", event.projectId())
                .getResultList()
                .forEach(EconomicModel::forgetProject);
    }

    /** The funder of a subsidy was deleted from the registry: the subsidy stays, without funder. */
    void onActorDeleted(@Observes ActorDeleted event) {
        for (EconomicModel m : em.createQuery("select m from EconomicModel m", EconomicModel.class)
                .getResultList()) {
            ModelSpec spec = m.spec();
            boolean changed = false;
            for (ModelSpec.SubsidySpec s : spec.subsidies) {
                if (Objects.equals(s.funderActorId, event.actorId())) {
                    s.funderActorId = null;
                    changed = true;
                }
            }
            if (changed) {
                m.change(spec, Instant.now(clock));
            }
        }
    }

    /** Names of the subsidies an actor funds, for the confirmation before deleting it. */
    public List<String> fundedBy(long actorId) {
        List<String> out = new ArrayList<>();
        for (EconomicModel m : models()) {
            for (ModelSpec.SubsidySpec s : m.spec().subsidies) {
                if (Objects.equals(s.funderActorId, actorId)) {
                    out.add(s.name + " (" + m.getName() + ")");
                }
            }
        }
        return out;
    }
}
