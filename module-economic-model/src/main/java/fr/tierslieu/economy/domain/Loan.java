package fr.tierslieu.economy.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A bank loan repaid by constant monthly instalments (annuities), after an optional deferral during
 * which only the interest is paid. With a monthly rate r = annual rate / 12 and n monthly
 * instalments, the instalment is P·r / (1 − (1 + r)^−n) (P / n when the rate is zero); each month
 * the interest is the remaining capital × r and the rest of the instalment repays capital. The last
 * instalment absorbs rounding so that the capital repaid is exactly P.
 *
 * @param amount     capital borrowed, in euros (&gt; 0)
 * @param annualRate nominal yearly rate, e.g. 0.04 for 4 % (0 to 1)
 * @param months     number of monthly instalments after the deferral (&gt; 0)
 * @param deferral   months of interest-only payments before the instalments (≥ 0)
 */
public record Loan(double amount, double annualRate, int months, int deferral) {

    public Loan {
        if (!(amount > 0) || !(annualRate >= 0 && annualRate <= 1) || months <= 0 || deferral < 0) {
            throw new IllegalArgumentException("invalid loan: amount > 0, rate 0–100 %, duration > 0, deferral ≥ 0");
        }
    }

    /** One month of the schedule (month 1 is the first month after the loan is granted). */
    public record Line(int month, double payment, double interest, double principal, double remaining) {
    }

    public double instalment() {
        double r = annualRate / 12;
        return r == 0 ? amount / months : amount * r / (1 - Math.pow(1 + r, -months));
    }

    public List<Line> schedule() {
        double r = annualRate / 12;
        List<Line> lines = new ArrayList<>();
        double remaining = amount;
        for (int m = 1; m <= deferral; m++) {
            double interest = remaining * r;
            lines.add(new Line(m, interest, interest, 0, remaining));
        }
        double instalment = instalment();
        for (int k = 1; k <= months; k++) {
            double interest = remaining * r;
            double principal = k == months ? remaining : instalment - interest;
            remaining -= principal;
            lines.add(new Line(deferral + k, interest + principal, interest, principal, k == months ? 0 : remaining));
        }
        return lines;
    }

    /** Interest paid in total. */
    public double totalInterest() {
        return schedule().stream().mapToDouble(Line::interest).sum();
    }
}
