package fr.tierslieu.economy.domain;

import java.util.List;

/**
 * The assumptions of an economic model, as the manager enters them. Amounts in euros, rates as
 * fractions (0.2 for 20 %), months of the model numbered from 1 (January of {@code startYear}).
 *
 * @param years       horizon, 3 to 10
 * @param openingCash cash at the start
 */
public record Model(
        int startYear,
        int years,
        double openingCash,
        List<Activity> activities,
        List<FixedCost> fixedCosts,
        List<Staff> staff,
        List<Subsidy> subsidies,
        List<LoanLine> loans,
        List<Investment> investments,
        List<InKind> inKind,
        List<Equity> equity) {

    /**
     * An activity and its revenue drivers: volume × unit price × occupancy, plus a yearly fixed part
     * (sponsorship); direct costs per unit or as a share of revenue.
     *
     * @param growth yearly growth of the volume (0.05 = +5 % a year)
     */
    public record Activity(
            String name,
            double volume,
            double unitPrice,
            double occupancy,
            double fixedRevenue,
            double growth,
            Seasonality seasonality,
            double directCostPerUnit,
            double directCostRate,
            boolean dues) {

        /** An activity that sells (account 70), not members' dues. */
        public Activity(
                String name,
                double volume,
                double unitPrice,
                double occupancy,
                double fixedRevenue,
                double growth,
                Seasonality seasonality,
                double directCostPerUnit,
                double directCostRate) {
            this(
                    name,
                    volume,
                    unitPrice,
                    occupancy,
                    fixedRevenue,
                    growth,
                    seasonality,
                    directCostPerUnit,
                    directCostRate,
                    false);
        }

        /** Units sold in a year of the model (1-based). */
        public double units(int year) {
            return volume * occupancy * Math.pow(1 + growth, year - 1);
        }

        public double revenue(int year) {
            return units(year) * unitPrice + fixedRevenue;
        }

        public double directCosts(int year) {
            return units(year) * directCostPerUnit + revenue(year) * directCostRate;
        }
    }

    /** Premises, energy, insurance, services…: a yearly amount growing at {@code growth}, paid evenly. */
    public record FixedCost(String name, String category, double yearly, double growth) {
        public double amount(int year) {
            return yearly * Math.pow(1 + growth, year - 1);
        }
    }

    /** A position: FTE × gross yearly salary × (1 + employer contribution rate), from a month of the model. */
    public record Staff(String name, double fte, double grossYearly, double employerRate, int startMonth) {
        public double monthly(int month) {
            return month < startMonth ? 0 : fte * grossYearly * (1 + employerRate) / 12;
        }
    }

    /**
     * A subsidy: amounts granted per year of the model; paid as an advance (share {@code advance})
     * in month {@code advanceMonth} of that year and the balance in month {@code balanceMonth}
     * counted from the start of that year (13 = January of the next year, once the report is in).
     *
     * @param operating  operating subsidy (74, in the result the year granted) or investment subsidy
     *                   (13 in the balance sheet, taken to the result through 777)
     * @param financed   for an investment subsidy, the depreciation of the asset it finances: the
     *                   subsidy is taken to the result (777) in step with it; null when not linked
     * @param dedicated  for an operating subsidy, the part of each year's grant not used by the
     *                   year end and carried to the next year as fonds dédiés (689, then 789)
     */
    public record Subsidy(
            String name,
            Long funderActorId,
            boolean operating,
            double[] perYear,
            double advance,
            int advanceMonth,
            int balanceMonth,
            Depreciation financed,
            double[] dedicated) {

        /** A subsidy neither linked to an asset nor carried in fonds dédiés. */
        public Subsidy(
                String name,
                Long funderActorId,
                boolean operating,
                double[] perYear,
                double advance,
                int advanceMonth,
                int balanceMonth) {
            this(name, funderActorId, operating, perYear, advance, advanceMonth, balanceMonth, null, new double[0]);
        }

        public double granted(int year) {
            return year - 1 < perYear.length ? perYear[year - 1] : 0;
        }

        /** The part of year {@code year}'s grant carried to the next year (fonds dédiés). */
        public double carried(int year) {
            return year >= 1 && year - 1 < dedicated.length ? dedicated[year - 1] : 0;
        }

        /** The same subsidy with other yearly amounts (carried parts scaled alike, never above the grant). */
        public Subsidy withPerYear(double[] amounts) {
            double[] carried = new double[dedicated.length];
            for (int i = 0; i < carried.length; i++) {
                double before = i < perYear.length ? perYear[i] : 0;
                double after = i < amounts.length ? amounts[i] : 0;
                carried[i] = before <= 0 ? 0 : Math.min(after, dedicated[i] * after / before);
            }
            return new Subsidy(
                    name, funderActorId, operating, amounts, advance, advanceMonth, balanceMonth, financed, carried);
        }
    }

    /** A loan received in month {@code month} of the model. */
    public record LoanLine(String name, Loan loan, int month) {}

    /** An investment paid in cash at its start month and depreciated straight-line. */
    public record Investment(String name, Depreciation depreciation) {}

    /**
     * Own funds brought in (apports en fonds propres, apports associatifs, capital of a SCIC's
     * members): cash received in month {@code month} of the model; not a revenue, so not in the result.
     */
    public record Equity(String name, double amount, int month) {}

    /** Volunteer time and contributions in kind, valued separately (French accounts 86/87): no cash, no effect on the result. */
    public record InKind(String name, double yearly) {}
}
