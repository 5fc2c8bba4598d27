package fr.tierslieu.economy.domain;

/**
 * Straight-line depreciation of an investment (a machine of the fablab, works on the farm
 * buildings): the cost spread evenly over its useful life, month by month from the month it is put
 * into service ("prorata temporis"), so that the yearly charges add up to the cost exactly.
 *
 * @param cost       purchase cost in euros (≥ 0)
 * @param years      useful life in years (&gt; 0)
 * @param startMonth month of the model when it is put into service (1 = first month)
 */
public record Depreciation(double cost, int years, int startMonth) {

    public Depreciation {
        if (!(cost >= 0) || years <= 0 || startMonth < 1) {
            throw new IllegalArgumentException("invalid investment: cost ≥ 0, life > 0 years, start month ≥ 1");
        }
    }

    /** The charge of a month of the model (1-based). */
    public double monthly(int month) {
        int first = startMonth;
        int last = startMonth + years * 12 - 1;
        return month < first || month > last ? 0 : cost / (years * 12.0);
    }

    /** The charge of a year of the model (1-based: months 12·(y−1)+1 to 12·y). */
    public double yearly(int year) {
        double sum = 0;
        for (int m = 12 * (year - 1) + 1; m <= 12 * year; m++) {
            sum += monthly(m);
        }
        return sum;
    }
}
