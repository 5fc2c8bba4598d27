package fr.tierslieu.economy.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The forecast of a {@link Model}: yearly profit and loss grouped as French associations present it
 * (compte de résultat prévisionnel), the monthly cash plan, the first month of negative cash, the
 * self-financing ratio and the break-even revenue. Pure; no rounding inside (pages round).
 *
 * <ul>
 *   <li>Revenue of an activity is spread over the months with its seasonality; its direct costs
 *   follow the revenue month by month.</li>
 *   <li>Fixed costs are paid evenly; staff from their start month; loans as their schedule; an
 *   investment is paid at its start month and depreciated from it; own funds brought in are cash
 *   in their month (not revenue).</li>
 *   <li>Subsidies: the advance is paid in the advance month of the year granted, the balance in the
 *   balance month (possibly in the next year). Operating subsidies (74) are in the result of the year
 *   granted, less the part carried to the next year as fonds dédiés (689 « Reports en fonds dédiés »
 *   that year, 789 « Utilisations des fonds dédiés » the next). An investment subsidy linked to the
 *   asset it finances is taken to the result (777 « Quote-part des subventions d'investissement virée
 *   au résultat de l'exercice », plan comptable général applied by ANC 2018-06 art. 111-2) in step
 *   with that asset's depreciation: by the end of a year, the share of the subsidy granted so far
 *   that equals the share of the asset depreciated so far. An unlinked investment subsidy stays in
 *   the balance sheet (cash plan only).</li>
 *   <li>Self-financing ratio = own revenue / (own revenue + operating subsidies); subsidy dependence
 *   = operating subsidies / total resources.</li>
 *   <li>Break-even revenue of a year = the charges that do not depend on sales (fixed costs, staff,
 *   depreciation, interest) minus operating subsidies, divided by the margin rate (1 − direct costs /
 *   revenue).</li>
 * </ul>
 */
public final class Forecast {

    private Forecast() {}

    /**
     * One year of the compte de résultat. {@code sales} is every own-activity resource; of it,
     * {@code dues} are the members' dues (activities of kind MEMBERSHIP), which the associations'
     * chart of accounts (règlement ANC n° 2018-06) books in 756 « Cotisations », not in 70 « Ventes ».
     */
    public record Year(
            int year,
            double sales,
            double operatingSubsidies,
            double purchasesAndExternal,
            double staff,
            double depreciation,
            double financialCharges,
            double result,
            double inKind,
            double selfFinancingRatio,
            double subsidyDependence,
            double breakEvenSales,
            double dues,
            double investmentSubsidyShare,
            double dedicatedFundsCarried,
            double dedicatedFundsUsed,
            double taxes,
            double otherCharges) {
        /** 70 « Ventes de marchandises et prestations de services »: own resources other than dues. */
        public double salesWithoutDues() {
            return sales - dues;
        }

        /** Every product of the year: 70, 74, 756, 777 and 789. */
        public double totalProducts() {
            return sales + operatingSubsidies + investmentSubsidyShare + dedicatedFundsUsed;
        }

        /** Every charge of the year: 60–62, 63, 64, 65, 66, 68 and 689. */
        public double totalCharges() {
            return purchasesAndExternal
                    + taxes
                    + staff
                    + otherCharges
                    + financialCharges
                    + depreciation
                    + dedicatedFundsCarried;
        }

        /**
         * Capacité d'autofinancement (additive method): result + depreciation (68) + reports en fonds
         * dédiés (689) − utilisations des fonds dédiés (789) − quote-part of investment subsidies (777):
         * what the year's activity leaves in cash to repay loans and renew equipment.
         */
        public double selfFinancingCapacity() {
            return result + depreciation + dedicatedFundsCarried - dedicatedFundsUsed - investmentSubsidyShare;
        }
    }

    public record Result(List<Year> years, double[] monthlyCash, Integer firstNegativeMonth) {
        /** The lowest end-of-month cash over the horizon. */
        public double lowestCash() {
            double lowest = Double.POSITIVE_INFINITY;
            for (double c : monthlyCash) {
                lowest = Math.min(lowest, c);
            }
            return monthlyCash.length == 0 ? 0 : lowest;
        }
    }

    public static Result compute(Model m) {
        int months = m.years() * 12;
        double[] flow = new double[months];
        List<List<Loan.Line>> schedules = new ArrayList<>();
        double[] interestByYear = new double[m.years()];
        for (Model.LoanLine l : m.loans()) {
            List<Loan.Line> schedule = l.loan().schedule();
            schedules.add(schedule);
            for (Loan.Line line : schedule) {
                // accrued in the month it runs (the line is paid at that month's end: the cash plan)
                int month = l.month() + line.month() - 1;
                if (month >= 1 && month <= months) {
                    interestByYear[(month - 1) / 12] += line.interest();
                }
            }
        }
        List<Year> years = new ArrayList<>();
        for (int y = 1; y <= m.years(); y++) {
            double sales = 0;
            double dues = 0;
            double direct = 0;
            for (Model.Activity a : m.activities()) {
                double units = a.units(
                        y); // one power per activity and year: the engine runs thousands of times in Monte Carlo
                double revenue = units * a.unitPrice() + a.fixedRevenue();
                double costs = units * a.directCostPerUnit() + revenue * a.directCostRate();
                sales += revenue;
                if (a.dues()) {
                    dues += revenue;
                }
                direct += costs;
                for (int cm = 1; cm <= 12; cm++) {
                    double share = a.seasonality().share(1, cm);
                    flow[(y - 1) * 12 + cm - 1] += (revenue - costs) * share;
                }
            }
            double fixed = 0;
            double taxes = 0;
            double otherCharges = 0;
            for (Model.FixedCost c : m.fixedCosts()) {
                double amount = c.amount(y);
                fixed += amount;
                if (ModelSpec.CostCategory.TAXES.name().equals(c.category())) {
                    taxes += amount;
                } else if (ModelSpec.CostCategory.OTHER_MANAGEMENT.name().equals(c.category())) {
                    otherCharges += amount;
                }
                for (int cm = 1; cm <= 12; cm++) {
                    flow[(y - 1) * 12 + cm - 1] -= amount / 12;
                }
            }
            double staff = 0;
            for (Model.Staff s : m.staff()) {
                for (int cm = 1; cm <= 12; cm++) {
                    double cost = s.monthly((y - 1) * 12 + cm);
                    staff += cost;
                    flow[(y - 1) * 12 + cm - 1] -= cost;
                }
            }
            double depreciation = 0;
            for (Model.Investment i : m.investments()) {
                depreciation += i.depreciation().yearly(y);
            }
            double interest = interestByYear[y - 1];
            double opSubsidies = 0;
            double quotePart = 0;
            double carried = 0;
            double used = 0;
            for (Model.Subsidy s : m.subsidies()) {
                if (s.operating()) {
                    opSubsidies += s.granted(y);
                    carried += s.carried(y);
                    used += s.carried(y - 1);
                } else if (s.financed() != null) {
                    quotePart += takenToResultBy(s, y) - takenToResultBy(s, y - 1);
                }
            }
            double inKind =
                    m.inKind().stream().mapToDouble(Model.InKind::yearly).sum();
            double result =
                    sales + opSubsidies + quotePart + used - direct - fixed - staff - depreciation - interest - carried;
            double resources = sales + opSubsidies;
            double margin = sales == 0 ? 0 : 1 - direct / sales;
            double breakEven = margin <= 0
                    ? Double.POSITIVE_INFINITY
                    : Math.max(
                            0,
                            (fixed + staff + depreciation + interest + carried - opSubsidies - quotePart - used)
                                    / margin);
            years.add(new Year(
                    m.startYear() + y - 1,
                    sales,
                    opSubsidies,
                    direct + fixed - taxes - otherCharges,
                    staff,
                    depreciation,
                    interest,
                    result,
                    inKind,
                    resources == 0 ? 0 : sales / resources,
                    resources == 0 ? 0 : opSubsidies / resources,
                    breakEven,
                    dues,
                    quotePart,
                    carried,
                    used,
                    taxes,
                    otherCharges));
        }
        for (Model.Subsidy s : m.subsidies()) {
            for (int y = 1; y <= m.years(); y++) {
                double granted = s.granted(y);
                add(flow, (y - 1) * 12 + s.advanceMonth(), granted * s.advance());
                add(flow, (y - 1) * 12 + s.balanceMonth(), granted * (1 - s.advance()));
            }
        }
        for (int k = 0; k < m.loans().size(); k++) {
            Model.LoanLine l = m.loans().get(k);
            add(flow, l.month(), l.loan().amount());
            for (Loan.Line line : schedules.get(k)) {
                add(flow, l.month() + line.month(), -line.payment());
            }
        }
        for (Model.Investment i : m.investments()) {
            add(flow, i.depreciation().startMonth(), -i.depreciation().cost());
        }
        for (Model.Equity e : m.equity()) {
            add(flow, e.month(), e.amount());
        }
        double[] cash = new double[months];
        double c = m.openingCash();
        Integer firstNegative = null;
        for (int i = 0; i < months; i++) {
            c += flow[i];
            cash[i] = c;
            if (c < -1e-9 && firstNegative == null) {
                firstNegative = i + 1;
            }
        }
        return new Result(years, cash, firstNegative);
    }

    /**
     * The part of an investment subsidy taken to the result by the end of year {@code year} (0 for
     * year 0): the amount granted so far × the share of the financed asset depreciated so far. A
     * subsidy granted after the asset went into service catches up the share already depreciated.
     */
    static double takenToResultBy(Model.Subsidy s, int year) {
        Depreciation asset = s.financed();
        if (year < 1 || asset.cost() <= 0) {
            return 0;
        }
        double granted = 0;
        double depreciated = 0;
        for (int y = 1; y <= year; y++) {
            granted += s.granted(y);
            depreciated += asset.yearly(y);
        }
        return granted * Math.min(1, depreciated / asset.cost());
    }

    private static void add(double[] flow, int month, double amount) {
        if (month >= 1 && month <= flow.length) {
            flow[month - 1] += amount;
        }
    }

    /**
     * Break-even of one activity in a year: the units it must sell, and the occupancy that means,
     * for the year's result to be zero when everything else stays as planned. Units needed = units
     * planned − result / unit margin, where unit margin = price × (1 − direct cost rate) − direct cost
     * per unit. {@code occupancy} is NaN when the activity has no volume; both are NaN when the
     * activity earns nothing per unit (it cannot close the gap).
     */
    public record ActivityBreakEven(String activity, double unitsPlanned, double unitsNeeded, double occupancyNeeded) {}

    public static List<ActivityBreakEven> activityBreakEven(Model m, int year) {
        double result = compute(m).years().get(year - 1).result();
        List<ActivityBreakEven> out = new ArrayList<>();
        for (Model.Activity a : m.activities()) {
            double planned = a.units(year);
            double unitMargin = a.unitPrice() * (1 - a.directCostRate()) - a.directCostPerUnit();
            if (unitMargin <= 1e-12) {
                out.add(new ActivityBreakEven(a.name(), planned, Double.NaN, Double.NaN));
                continue;
            }
            double needed = Math.max(0, planned - result / unitMargin);
            double capacity = a.volume() * Math.pow(1 + a.growth(), year - 1);
            out.add(new ActivityBreakEven(a.name(), planned, needed, capacity > 0 ? needed / capacity : Double.NaN));
        }
        return out;
    }
}
