package fr.tierslieu.economy.application;

import fr.tierslieu.core.application.export.Csv;
import fr.tierslieu.core.application.export.PdfDocument;
import fr.tierslieu.core.application.export.XlsxTable;
import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.application.project.ProjectService;
import fr.tierslieu.economy.domain.CerfaBudget;
import fr.tierslieu.economy.domain.EconomicModel;
import fr.tierslieu.economy.domain.Forecast;
import fr.tierslieu.economy.domain.ModelSpec;
import fr.tierslieu.economy.domain.Occupancy;
import fr.tierslieu.economy.domain.Premises;
import fr.tierslieu.economy.domain.Scenario;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the manager shares: an Excel workbook (assumptions, compte de résultat, cash plan,
 * scenarios), a PDF budget prévisionnel a funder can read (with the contributions in kind, accounts
 * 86/87), and the cash plan as CSV.
 */
@ApplicationScoped
public class EconomyExports {

    @Inject
    EconomyService economy;

    @Inject
    MessageBundles messages;

    @Inject
    FunderLevels funderLevels;

    @Inject
    ProjectService projects;

    public EconomyExports() {}

    /** Without the registry: funder levels are read from the subsidies' names, the action has no project name. */
    public EconomyExports(EconomyService economy, MessageBundles messages) {
        this.economy = economy;
        this.messages = messages;
        this.funderLevels = new FunderLevels(null);
    }

    private String t(Locale l, String key, Object... args) {
        return messages.format(l, key, args);
    }

    /** Rows of the compte de résultat: label then one amount per year. */
    List<List<Object>> incomeStatement(Forecast.Result f, Locale l) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row(t(l, "economy.pl.sales"), f, Forecast.Year::sales));
        rows.add(row(t(l, "economy.pl.subsidies"), f, Forecast.Year::operatingSubsidies));
        rows.add(row(t(l, "economy.pl.quotePart"), f, Forecast.Year::investmentSubsidyShare));
        rows.add(row(t(l, "economy.pl.dedicatedUsed"), f, Forecast.Year::dedicatedFundsUsed));
        rows.add(row(t(l, "economy.pl.purchases"), f, y -> -y.purchasesAndExternal()));
        rows.add(row(t(l, "economy.pl.taxes"), f, y -> -y.taxes()));
        rows.add(row(t(l, "economy.pl.staff"), f, y -> -y.staff()));
        rows.add(row(t(l, "economy.pl.otherCharges"), f, y -> -y.otherCharges()));
        rows.add(row(t(l, "economy.pl.depreciation"), f, y -> -y.depreciation()));
        rows.add(row(t(l, "economy.pl.financial"), f, y -> -y.financialCharges()));
        rows.add(row(t(l, "economy.pl.dedicatedCarried"), f, y -> -y.dedicatedFundsCarried()));
        rows.add(row(t(l, "economy.pl.result"), f, Forecast.Year::result));
        rows.add(row(t(l, "economy.pl.caf"), f, Forecast.Year::selfFinancingCapacity));
        rows.add(row(t(l, "economy.pl.inKind"), f, Forecast.Year::inKind));
        rows.add(row(t(l, "economy.pl.selfFinancing"), f, y -> Math.round(y.selfFinancingRatio() * 1000) / 10.0));
        rows.add(row(
                t(l, "economy.pl.breakEven"),
                f,
                y -> Double.isInfinite(y.breakEvenSales()) ? "–" : (Object) round(y.breakEvenSales())));
        return rows;
    }

    private static List<Object> row(
            String label, Forecast.Result f, java.util.function.Function<Forecast.Year, Object> value) {
        List<Object> r = new ArrayList<>();
        r.add(label);
        for (Forecast.Year y : f.years()) {
            Object v = value.apply(y);
            r.add(v instanceof Double d ? round(d) : v);
        }
        return r;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private List<String> yearHeader(String first, Forecast.Result f) {
        List<String> h = new ArrayList<>();
        h.add(first);
        f.years().forEach(y -> h.add(String.valueOf(y.year())));
        return h;
    }

    public byte[] workbook(long modelId, Locale l) {
        EconomicModel model = economy.model(modelId);
        ModelSpec spec = model.spec();
        Forecast.Result f = economy.forecast(spec, l);
        List<XlsxTable.Sheet> sheets = new ArrayList<>();
        List<List<Object>> assumptions = new ArrayList<>();
        for (ModelSpec.ActivitySpec a : spec.activities) {
            assumptions.add(List.of(
                    t(l, "economy.section.activities"),
                    a.name,
                    a.unit,
                    a.volume,
                    a.unitPrice,
                    a.occupancyPct,
                    a.growthPct,
                    a.fixedRevenue,
                    a.directCostPerUnit,
                    a.directCostRatePct));
        }
        for (ModelSpec.FixedCostSpec c : spec.fixedCosts) {
            assumptions.add(List.of(
                    t(l, "economy.section.costs"),
                    c.name,
                    messages.label(l, c.category),
                    "",
                    "",
                    "",
                    c.growthPct,
                    -c.yearly,
                    "",
                    ""));
        }
        for (ModelSpec.StaffSpec s : spec.staff) {
            assumptions.add(List.of(
                    t(l, "economy.section.staff"),
                    s.name,
                    t(l, "economy.staff.fromMonth", s.startMonth),
                    s.fte,
                    -s.grossYearly,
                    s.employerRatePct,
                    "",
                    "",
                    "",
                    ""));
        }
        for (ModelSpec.SubsidySpec s : spec.subsidies) {
            assumptions.add(List.of(
                    t(l, "economy.section.subsidies"),
                    s.name,
                    messages.label(l, s.status),
                    s.total(),
                    "",
                    s.advancePct,
                    "",
                    "",
                    "",
                    s.deadline == null ? "" : s.deadline.toString()));
        }
        for (ModelSpec.LoanSpec s : spec.loans) {
            assumptions.add(List.of(
                    t(l, "economy.section.loans"),
                    s.name + " (" + messages.label(l, s.kind) + ")",
                    t(l, "economy.loan.months", s.months),
                    s.amount,
                    "",
                    s.annualRatePct,
                    "",
                    "",
                    "",
                    ""));
        }
        for (ModelSpec.InvestmentSpec s : spec.investments) {
            assumptions.add(List.of(
                    t(l, "economy.section.investments"),
                    s.name,
                    t(l, "economy.investment.years", s.years),
                    s.cost,
                    "",
                    "",
                    "",
                    "",
                    "",
                    ""));
        }
        for (ModelSpec.InKindSpec s : spec.inKind) {
            assumptions.add(List.of(
                    t(l, "economy.section.inKind"),
                    s.name,
                    messages.label(l, s.kind),
                    s.yearly,
                    "",
                    "",
                    "",
                    "",
                    "",
                    ""));
        }
        for (ModelSpec.EquitySpec s : spec.ownFunds) {
            assumptions.add(List.of(
                    t(l, "economy.section.ownFunds"),
                    s.name,
                    spec.monthLabel(s.month),
                    s.amount,
                    "",
                    "",
                    "",
                    "",
                    "",
                    ""));
        }
        sheets.add(new XlsxTable.Sheet(
                t(l, "economy.export.assumptions"),
                List.of(
                        t(l, "economy.export.section"),
                        t(l, "economy.field.name"),
                        t(l, "economy.export.detail"),
                        t(l, "economy.export.amount"),
                        t(l, "economy.field.unitPrice"),
                        t(l, "economy.export.rate"),
                        t(l, "economy.field.growthPct"),
                        t(l, "economy.field.fixedRevenue"),
                        t(l, "economy.field.directCostPerUnit"),
                        t(l, "economy.field.directCostRatePct")),
                assumptions));
        sheets.add(new XlsxTable.Sheet(t(l, "economy.export.pl"), yearHeader("", f), incomeStatement(f, l)));
        List<List<Object>> cash = new ArrayList<>();
        for (int i = 0; i < f.monthlyCash().length; i++) {
            cash.add(List.of(spec.monthLabel(i + 1), round(f.monthlyCash()[i])));
        }
        sheets.add(new XlsxTable.Sheet(
                t(l, "economy.export.cash"),
                List.of(t(l, "economy.export.month"), t(l, "economy.export.cashEnd")),
                cash));
        List<List<Object>> scen = new ArrayList<>();
        for (EconomyService.Comparison c : economy.compare(modelId, l)) {
            List<Object> r = new ArrayList<>();
            r.add(c.name());
            if (c.forecast() == null) {
                r.add(c.error());
            } else {
                c.forecast().years().forEach(y -> r.add(round(y.result())));
                r.add(round(c.forecast().lowestCash()));
            }
            scen.add(r);
        }
        List<String> scenHeader = yearHeader(t(l, "economy.export.scenario"), f);
        scenHeader.add(t(l, "economy.compare.lowestCash"));
        sheets.add(new XlsxTable.Sheet(t(l, "economy.export.scenarios"), scenHeader, scen));
        List<List<Object>> funders = new ArrayList<>();
        for (fr.tierslieu.economy.domain.FunderOverview.Row r :
                fr.tierslieu.economy.domain.FunderOverview.of(spec, funderLevels::funderName)) {
            funders.add(List.of(
                    r.funder(),
                    r.year(),
                    round(r.amount(ModelSpec.SubsidyStatus.TO_REQUEST)),
                    round(r.amount(ModelSpec.SubsidyStatus.REQUESTED)),
                    round(r.granted()),
                    round(r.amount(ModelSpec.SubsidyStatus.PAID)),
                    round(r.amount(ModelSpec.SubsidyStatus.REFUSED)),
                    r.conditions(),
                    r.deadline() == null ? "" : r.deadline().toString()));
        }
        sheets.add(new XlsxTable.Sheet(
                t(l, "economy.export.funders"),
                List.of(
                        t(l, "economy.field.funderActorId"),
                        t(l, "economy.funders.year"),
                        messages.label(l, ModelSpec.SubsidyStatus.TO_REQUEST),
                        messages.label(l, ModelSpec.SubsidyStatus.REQUESTED),
                        messages.label(l, ModelSpec.SubsidyStatus.GRANTED),
                        messages.label(l, ModelSpec.SubsidyStatus.PAID),
                        messages.label(l, ModelSpec.SubsidyStatus.REFUSED),
                        t(l, "economy.field.conditions"),
                        t(l, "economy.field.deadline")),
                funders));
        List<List<Object>> overrides = new ArrayList<>();
        for (Scenario s : economy.scenarios(modelId)) {
            for (Map.Entry<String, Double> o : s.overrides().entrySet()) {
                overrides.add(List.of(s.getName(), o.getKey(), o.getValue()));
            }
        }
        sheets.add(new XlsxTable.Sheet(
                t(l, "economy.export.overrides"),
                List.of(
                        t(l, "economy.export.scenario"),
                        t(l, "economy.scenario.assumption"),
                        t(l, "economy.scenario.value")),
                overrides));
        premisesSheets(spec, l, sheets);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxTable.write(out, sheets);
        return out.toByteArray();
    }

    /** The premises and their simulated year, when the model describes spaces and needs: two sheets. */
    private void premisesSheets(ModelSpec spec, Locale l, List<XlsxTable.Sheet> sheets) {
        if (spec.spaces.isEmpty() || spec.needs.isEmpty()) {
            return;
        }
        Occupancy.Result r = Occupancy.simulate(spec.spaces, spec.needs, spec.startYear);
        List<List<Object>> spaces = new ArrayList<>();
        for (int i = 0; i < spec.spaces.size(); i++) {
            Premises.SpaceSpec s = spec.spaces.get(i);
            Occupancy.SpaceResult y = r.spaces().get(i);
            spaces.add(List.of(
                    s.name,
                    messages.label(l, s.use),
                    s.surface,
                    s.maxPeople,
                    s.erpCategory,
                    messages.label(l, s.state),
                    s.worksPlanned ? s.worksCost : 0,
                    messages.label(l, s.tenure),
                    s.yearlyRent,
                    Math.round(y.average() * 1000) / 10.0,
                    Math.round(y.peak() * 1000) / 10.0,
                    y.saturatedHours(),
                    y.openHours(),
                    messages.label(l, y.status())));
        }
        sheets.add(new XlsxTable.Sheet(
                t(l, "economy.export.spaces"),
                List.of(
                        t(l, "economy.premises.space"),
                        t(l, "economy.premises.use"),
                        t(l, "economy.premises.surface"),
                        t(l, "economy.premises.maxPeople"),
                        t(l, "economy.premises.erpCategory"),
                        t(l, "economy.premises.state"),
                        t(l, "economy.premises.worksCost"),
                        t(l, "economy.premises.tenure"),
                        t(l, "economy.premises.yearlyRent"),
                        t(l, "economy.export.averagePct"),
                        t(l, "economy.export.peakPct"),
                        t(l, "economy.export.saturatedHours"),
                        t(l, "economy.export.openHours"),
                        t(l, "economy.premises.status")),
                spaces));
        List<List<Object>> needs = new ArrayList<>();
        for (Occupancy.NeedResult n : r.needs()) {
            needs.add(List.of(
                    n.name(),
                    n.activity(),
                    n.area(),
                    n.demandedHours(),
                    n.servedHours(),
                    Math.round(n.servedShare() * 1000) / 10.0,
                    n.space() == null ? "" : n.space(),
                    String.join(", ", n.conflicts()),
                    n.worksOn() == null ? "" : n.worksOn(),
                    n.storageMissing()));
        }
        sheets.add(new XlsxTable.Sheet(
                t(l, "economy.export.needs"),
                List.of(
                        t(l, "economy.premises.need"),
                        t(l, "economy.premises.activity"),
                        t(l, "economy.premises.area"),
                        t(l, "economy.export.hoursDemanded"),
                        t(l, "economy.export.hoursHosted"),
                        t(l, "economy.export.hostedPct"),
                        t(l, "economy.premises.space"),
                        t(l, "economy.export.conflicts"),
                        t(l, "economy.export.worksOn"),
                        t(l, "economy.export.storageMissing")),
                needs));
    }

    /** The cash plan, one row per month, semicolon-separated with a BOM (opens in French spreadsheets). */
    public byte[] cashCsv(long modelId, Locale l) {
        ModelSpec spec = economy.model(modelId).spec();
        Forecast.Result f = economy.forecast(spec, l);
        StringBuilder sb = new StringBuilder(Csv.BOM);
        sb.append(Csv.line(
                        List.of(t(l, "economy.export.month"), t(l, "economy.export.cashEnd")), Csv.DEFAULT_SEPARATOR))
                .append("\r\n");
        for (int i = 0; i < f.monthlyCash().length; i++) {
            sb.append(Csv.line(
                            List.of(spec.monthLabel(i + 1), String.format(Locale.FRANCE, "%.2f", f.monthlyCash()[i])),
                            Csv.DEFAULT_SEPARATOR))
                    .append("\r\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The budget prévisionnel as a funder reads it: products, charges, result, contributions in kind. */
    public byte[] budgetPdf(long modelId, Locale l) {
        EconomicModel model = economy.model(modelId);
        ModelSpec spec = model.spec();
        Forecast.Result f = economy.forecast(spec, l);
        NumberFormat money = fr.tierslieu.core.application.i18n.Numbers.integerFormat(l);
        PdfDocument pdf = new PdfDocument(true, model.getName());
        pdf.title(t(l, "economy.pdf.title")).subtitle(model.getName());
        if (model.isIllustrative()) {
            pdf.paragraph(t(l, "economy.illustrative"));
        }
        List<String> header = yearHeader("", f);
        List<List<String>> rows = new ArrayList<>();
        rows.add(line(t(l, "economy.pdf.products"), f, null, money));
        rows.add(line("70 – " + t(l, "economy.pl.sales"), f, Forecast.Year::salesWithoutDues, money));
        for (ModelSpec.SubsidySpec s : spec.subsidies) {
            if (s.operating && s.status != ModelSpec.SubsidyStatus.REFUSED) {
                List<String> r = new ArrayList<>();
                r.add("74 – " + s.name + " (" + messages.label(l, s.status) + ")");
                for (int y = 0; y < spec.years; y++) {
                    r.add(money.format(y < s.perYear.length ? s.perYear[y] : 0));
                }
                rows.add(r);
            }
        }
        rows.add(line("756 – " + t(l, "economy.pl.dues"), f, Forecast.Year::dues, money));
        rows.add(line("777 – " + t(l, "economy.pl.quotePart"), f, Forecast.Year::investmentSubsidyShare, money));
        if (f.years().stream().anyMatch(y -> y.dedicatedFundsUsed() != 0 || y.dedicatedFundsCarried() != 0)) {
            rows.add(line("789 – " + t(l, "economy.pl.dedicatedUsed"), f, Forecast.Year::dedicatedFundsUsed, money));
        }
        rows.add(line(t(l, "economy.pdf.totalProducts"), f, Forecast.Year::totalProducts, money));
        rows.add(line(t(l, "economy.pdf.charges"), f, null, money));
        rows.add(line("60-62 – " + t(l, "economy.pl.purchases"), f, Forecast.Year::purchasesAndExternal, money));
        rows.add(line("63 – " + t(l, "economy.pl.taxes"), f, Forecast.Year::taxes, money));
        rows.add(line("64 – " + t(l, "economy.pl.staff"), f, Forecast.Year::staff, money));
        rows.add(line("65 – " + t(l, "economy.pl.otherCharges"), f, Forecast.Year::otherCharges, money));
        rows.add(line("66 – " + t(l, "economy.pl.financial"), f, Forecast.Year::financialCharges, money));
        rows.add(line("68 – " + t(l, "economy.pl.depreciation"), f, Forecast.Year::depreciation, money));
        if (f.years().stream().anyMatch(y -> y.dedicatedFundsUsed() != 0 || y.dedicatedFundsCarried() != 0)) {
            rows.add(line(
                    "689 – " + t(l, "economy.pl.dedicatedCarried"), f, Forecast.Year::dedicatedFundsCarried, money));
        }
        rows.add(line(t(l, "economy.pdf.totalCharges"), f, Forecast.Year::totalCharges, money));
        rows.add(line(t(l, "economy.pl.result"), f, Forecast.Year::result, money));
        rows.add(line(t(l, "economy.pdf.caf"), f, Forecast.Year::selfFinancingCapacity, money));
        rows.add(line(t(l, "economy.pdf.inKindHeading"), f, null, money));
        for (ModelSpec.InKindSpec k : spec.inKind) {
            rows.add(line(
                    k.kind.use() + "/" + k.kind.contribution() + " – " + k.name + " (" + messages.label(l, k.kind)
                            + ")",
                    f,
                    y -> k.yearly,
                    money));
        }
        rows.add(line(t(l, "economy.pdf.totalInKind"), f, Forecast.Year::inKind, money));
        float[] widths = new float[header.size()];
        widths[0] = 4;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 1;
        }
        List<Boolean> bold =
                rows.stream().map(r -> r.size() > 1 && r.get(1).isEmpty()).toList();
        pdf.table(header, rows, widths, bold);
        pdf.heading(t(l, "economy.pdf.indicators"));
        for (Forecast.Year y : f.years()) {
            pdf.bullet(t(
                    l,
                    "economy.pdf.indicatorYear",
                    String.valueOf(y.year()),
                    Math.round(y.selfFinancingRatio() * 100),
                    Math.round(y.subsidyDependence() * 100)));
        }
        double lowest = f.lowestCash();
        pdf.bullet(
                f.firstNegativeMonth() == null
                        ? t(l, "economy.cash.neverNegative", money.format(lowest))
                        : t(
                                l,
                                "economy.cash.negativeFrom",
                                spec.monthLabel(f.firstNegativeMonth()),
                                money.format(lowest)));
        pdf.paragraph(t(l, "economy.pdf.method"));
        return pdf.toBytes();
    }

    /**
     * The budget of the subsidy form (Cerfa n° 12156*06) for one year of the model (1-based): of the
     * association, or of the action when the model belongs to a project.
     *
     * @throws IllegalArgumentException if the year is outside the model's horizon
     */
    public CerfaBudget.Budget cerfa(long modelId, int year) {
        ModelSpec spec = economy.model(modelId).spec();
        if (year < 1 || year > spec.years) {
            throw new IllegalArgumentException("year");
        }
        return CerfaBudget.of(spec, year, funderLevels::of);
    }

    /** The Cerfa budget's title: of the association, or of the action (the model's project). */
    private String cerfaTitle(EconomicModel model, int calendarYear, Locale l) {
        String action = null;
        if (model.getProjectId() != null && projects != null) {
            try {
                action = projects.summary(model.getProjectId()).name();
            } catch (fr.tierslieu.core.domain.shared.NotFoundException e) {
                action = null;
            }
        }
        return action == null
                ? t(l, "economy.cerfa.titleAssociation", String.valueOf(calendarYear))
                : t(l, "economy.cerfa.titleAction", action, String.valueOf(calendarYear));
    }

    /** The label of a Cerfa line: its account, its wording and, for a funder level, the subsidies in it. */
    private String cerfaLabel(CerfaBudget.Line line, Locale l) {
        String text = (line.sub() ? "    " : "") + line.account() + " – " + t(l, line.key());
        return line.detail().isEmpty() ? text : text + " (" + line.detail() + ")";
    }

    /** Charges and products side by side, as on the form, then the totals. */
    private List<List<String>> cerfaRows(
            List<CerfaBudget.Line> left,
            List<CerfaBudget.Line> right,
            double leftTotal,
            double rightTotal,
            String totalLeft,
            String totalRight,
            NumberFormat money,
            Locale l) {
        List<List<String>> rows = sideBySide(
                left, right, line -> cerfaLabel(line, l), line -> money.format(Math.round(line.amount())), "");
        rows.add(List.of(
                totalLeft, money.format(Math.round(leftTotal)), totalRight, money.format(Math.round(rightTotal))));
        return rows;
    }

    /**
     * Two columns of Cerfa lines side by side, as on the form: each row holds a line's label and
     * amount from the left, then from the right, {@code blank} where one side is shorter.
     */
    private static <T> List<List<T>> sideBySide(
            List<CerfaBudget.Line> left,
            List<CerfaBudget.Line> right,
            java.util.function.Function<CerfaBudget.Line, T> label,
            java.util.function.Function<CerfaBudget.Line, T> amount,
            T blank) {
        List<List<T>> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            List<T> r = new ArrayList<>();
            for (List<CerfaBudget.Line> side : List.of(left, right)) {
                r.add(i < side.size() ? label.apply(side.get(i)) : blank);
                r.add(i < side.size() ? amount.apply(side.get(i)) : blank);
            }
            rows.add(r);
        }
        return rows;
    }

    /** What to tell the funder when the year is not balanced, or null when it is (within one euro). */
    private String cerfaGap(CerfaBudget.Budget b, NumberFormat money, Locale l) {
        double gap = b.gap();
        if (Math.abs(gap) < 0.5) {
            return null;
        }
        return gap > 0
                ? t(l, "economy.cerfa.surplus", money.format(Math.round(gap)))
                : t(l, "economy.cerfa.deficit", money.format(Math.round(-gap)));
    }

    public byte[] cerfaPdf(long modelId, int year, Locale l) {
        EconomicModel model = economy.model(modelId);
        CerfaBudget.Budget b = cerfa(modelId, year);
        NumberFormat money = fr.tierslieu.core.application.i18n.Numbers.integerFormat(l);
        String title = cerfaTitle(model, b.year(), l);
        PdfDocument pdf = new PdfDocument(true, title);
        pdf.title(title).subtitle(model.getName() + " — " + t(l, "economy.cerfa.form"));
        if (model.isIllustrative()) {
            pdf.paragraph(t(l, "economy.illustrative"));
        }
        float[] widths = {5, 1.3f, 5, 1.3f};
        List<List<String>> rows = cerfaRows(
                b.charges(),
                b.products(),
                b.totalCharges(),
                b.totalProducts(),
                t(l, "economy.cerfa.totalCharges"),
                t(l, "economy.cerfa.totalProducts"),
                money,
                l);
        List<Boolean> bold = new ArrayList<>();
        rows.forEach(r -> bold.add(false));
        bold.set(rows.size() - 1, true);
        pdf.table(
                List.of(
                        t(l, "economy.cerfa.charges"),
                        t(l, "economy.export.amount"),
                        t(l, "economy.cerfa.products"),
                        t(l, "economy.export.amount")),
                rows,
                widths,
                bold);
        String gap = cerfaGap(b, money, l);
        if (gap != null) {
            pdf.warning(gap);
        }
        pdf.heading(t(l, "economy.cerfa.inKind"));
        List<List<String>> kinds = cerfaRows(
                b.uses(),
                b.contributions(),
                b.totalUses(),
                b.totalContributions(),
                t(l, "economy.cerfa.total"),
                t(l, "economy.cerfa.total"),
                money,
                l);
        List<Boolean> boldKinds = new ArrayList<>();
        kinds.forEach(r -> boldKinds.add(false));
        boldKinds.set(kinds.size() - 1, true);
        pdf.table(
                List.of(
                        t(l, "economy.cerfa.86"),
                        t(l, "economy.export.amount"),
                        t(l, "economy.cerfa.87"),
                        t(l, "economy.export.amount")),
                kinds,
                widths,
                boldKinds);
        pdf.paragraph(t(l, "economy.cerfa.notes"));
        return pdf.toBytes();
    }

    public byte[] cerfaXlsx(long modelId, int year, Locale l) {
        EconomicModel model = economy.model(modelId);
        CerfaBudget.Budget b = cerfa(modelId, year);
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(cerfaTitle(model, b.year(), l), "", "", ""));
        rows.addAll(sideBySide(
                b.charges(), b.products(), line -> cerfaLabel(line, l).strip(), line -> round(line.amount()), ""));
        rows.add(List.of(
                t(l, "economy.cerfa.totalCharges"),
                round(b.totalCharges()),
                t(l, "economy.cerfa.totalProducts"),
                round(b.totalProducts())));
        String gap = cerfaGap(b, fr.tierslieu.core.application.i18n.Numbers.integerFormat(l), l);
        if (gap != null) {
            rows.add(List.of(gap, "", "", ""));
        }
        rows.add(List.of(t(l, "economy.cerfa.86"), "", t(l, "economy.cerfa.87"), ""));
        rows.addAll(
                sideBySide(b.uses(), b.contributions(), line -> cerfaLabel(line, l), line -> round(line.amount()), ""));
        rows.add(List.of(
                t(l, "economy.cerfa.total"),
                round(b.totalUses()),
                t(l, "economy.cerfa.total"),
                round(b.totalContributions())));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxTable.write(
                out,
                List.of(new XlsxTable.Sheet(
                        t(l, "economy.cerfa.sheet"),
                        List.of(
                                t(l, "economy.cerfa.charges"),
                                t(l, "economy.export.amount"),
                                t(l, "economy.cerfa.products"),
                                t(l, "economy.export.amount")),
                        rows)));
        return out.toByteArray();
    }

    private static List<String> line(
            String label, Forecast.Result f, java.util.function.ToDoubleFunction<Forecast.Year> v, NumberFormat money) {
        List<String> r = new ArrayList<>();
        r.add(label);
        for (Forecast.Year y : f.years()) {
            r.add(v == null ? "" : money.format(Math.round(v.applyAsDouble(y))));
        }
        return r;
    }
}
