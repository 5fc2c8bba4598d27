package fr.tierslieu.economy.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Twelve monthly coefficients (January first) that spread a yearly amount over the months: a
 * coefficient of 1 is an average month; they must add up to 12, so that the months add up to the
 * year. A fablab busy in winter and an events programme busy in summer have different ones.
 */
public record Seasonality(double[] coefficients) {

    public static final Seasonality FLAT = new Seasonality(new double[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1});

    /** The problems with the coefficients (empty when valid): a message key and the month concerned (1–12) or 0. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        if (coefficients == null || coefficients.length != 12) {
            out.add("count");
            return out;
        }
        double sum = 0;
        for (int m = 0; m < 12; m++) {
            if (!(coefficients[m] >= 0)) {
                out.add("negative:" + (m + 1));
            }
            sum += coefficients[m];
        }
        if (Math.abs(sum - 12) > 1e-6) {
            out.add("sum:" + Math.round(sum * 100) / 100.0);
        }
        return out;
    }

    /** The part of a yearly amount that falls in a calendar month (1–12). */
    public double share(double yearly, int calendarMonth) {
        return yearly * coefficients[calendarMonth - 1] / 12;
    }
}
