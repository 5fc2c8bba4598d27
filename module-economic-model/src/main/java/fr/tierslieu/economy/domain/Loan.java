package fr.tierslieu.economy.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A bank loan repaid by constant monthly instalments (annuities), after an optional deferral during
 * which only the interest is paid. As French banks count it, the duration includes the deferral: a
 * loan over 120 months with 6 months of deferral has 6 interest-only payments then 114
 * instalments. With a monthly rate r = annual rate / 12 and n = months − deferral instalments, the
 * instalment is P·r / (1 − (1 + r)^−n) (P / n when the rate is zero); each month the interest is
 * the remaining capital × r and the rest of the instalment repays capital. The last instalment
 * absorbs rounding so that the capital repaid is exactly P.
 *
 * <p>Line k of the {@link #schedule()} is paid at the end of the k-th month after the money
 * arrives, and its interest is the cost of that month: the compte de résultat books it in the month
 * it runs (accrual), the cash plan in the month it is paid.
 *
 * @param amount     capital borrowed, in euros (&gt; 0)
 * @param annualRate nominal yearly rate, e.g. 0.04 for 4 % (0 to 1)
 * @param months     duration in months, deferral included (&gt; deferral)
 * <p>A <em>total</em> deferral ({@code capitalised}) pays nothing during the deferral: each month's
 * interest is added to the capital (it is still a charge of that month), and the instalments repay
 * the capital so grown. A <em>partial</em> deferral (the default) pays the interest only.</p>
 *
 * @param deferral    months of deferral at the start of the duration (≥ 0)
 * @param capitalised total deferral: the interest of the deferral is capitalised, nothing is paid
 */
public record Loan(double amount, double annualRate, int months, int deferral, boolean capitalised) {

    /** A loan with a partial deferral (interest only) or none. */
    public Loan(double amount, double annualRate, int months, int deferral) {
        this(amount, annualRate, months, deferral, false);
    }

    public Loan {
        if (!(amount > 0)
                || !(annualRate >= 0 && annualRate <= 1)
                || months <= 0
                || deferral < 0
                || deferral >= months) {
            throw new IllegalArgumentException(
                    "invalid loan: amount > 0, rate 0–100 %, duration > 0, deferral ≥ 0 and shorter than the duration");
        }
    }

    /** Instalments repaying the capital: the duration less the deferral. */
    public int instalments() {
        return months - deferral;
    }

    /** One month of the schedule (month 1 is the first month after the loan is granted). */
    public record Line(int month, double payment, double interest, double principal, double remaining) {}

    /** The capital the instalments repay: the amount, grown by the interest of a total deferral. */
    public double capitalAfterDeferral() {
        return capitalised ? amount * Math.pow(1 + annualRate / 12, deferral) : amount;
    }

    public double instalment() {
        double r = annualRate / 12;
        int n = instalments();
        double capital = capitalAfterDeferral();
        return r == 0 ? capital / n : capital * r / (1 - Math.pow(1 + r, -n));
    }

    public List<Line> schedule() {
        double r = annualRate / 12;
        List<Line> lines = new ArrayList<>();
        double remaining = amount;
        for (int m = 1; m <= deferral; m++) {
            double interest = remaining * r;
            if (capitalised) {
                remaining += interest; // nothing paid: the interest joins the capital
                lines.add(new Line(m, 0, interest, -interest, remaining));
            } else {
                lines.add(new Line(m, interest, interest, 0, remaining));
            }
        }
        double instalment = instalment();
        int n = instalments();
        for (int k = 1; k <= n; k++) {
            double interest = remaining * r;
            double principal = k == n ? remaining : instalment - interest;
            remaining -= principal;
            lines.add(new Line(deferral + k, interest + principal, interest, principal, k == n ? 0 : remaining));
        }
        return lines;
    }

    /** Interest paid in total. */
    public double totalInterest() {
        return schedule().stream().mapToDouble(Line::interest).sum();
    }
}
