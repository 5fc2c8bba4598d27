package fr.tierslieu.core.application.i18n;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Numbers as the reader writes them (the house rules for French (docs/glossary.md)): in French « 1 234,56 € », « −5 484 € »,
 * « 66,67 % », « 12,5 km » — a narrow no-break space (U+202F) between thousands and before « % »,
 * a no-break space (U+00A0) before a unit, the minus sign « − » (U+2212); in English "€1,234.56",
 * "-€5,484", "66.67%", "12.5 km". Every page, PDF and e-mail that shows a number goes through here
 * or through a bundle pattern ({@code {0,number,…}}), never through {@code Locale.ROOT}.
 */
public final class Numbers {

    public static final char NNBSP = '\u202F';
    public static final char NBSP = '\u00A0';
    public static final char MINUS = '\u2212';

    private Numbers() {}

    private static boolean french(Locale l) {
        return !Locale.ENGLISH.getLanguage().equals(MessageBundles.supported(l).getLanguage());
    }

    private static DecimalFormatSymbols symbols(Locale l) {
        DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(MessageBundles.supported(l));
        if (french(l)) {
            s.setMinusSign(MINUS);
            s.setGroupingSeparator(NNBSP);
        }
        return s;
    }

    /** A number with grouping and exactly {@code decimals} decimals: « −1 234,5 ». */
    public static String decimal(Locale l, double v, int decimals) {
        DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), symbols(l));
        return clean(f.format(v));
    }

    /** What stands for a figure that cannot be computed (NaN, infinite): « – ». */
    public static final String NO_FIGURE = "\u2013";

    /**
     * An amount in euros: « 1 234 € » / "€1,234" (decimals 0) or « 1 234,56 € » / "€1,234.56"; « – »
     * when it cannot be computed.
     */
    public static String money(Locale l, double v, int decimals) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return NO_FIGURE;
        }
        String n = decimal(l, Math.abs(v), decimals);
        boolean negative = v < 0 && !n.matches("[0,.\\u202F]+");
        if (french(l)) {
            return (negative ? String.valueOf(MINUS) : "") + n + NBSP + "€";
        }
        return (negative ? "-" : "") + "€" + n;
    }

    /** A share (0.6667) as a percentage: « 66,67 % » / "66.67%"; « – » when it cannot be computed. */
    public static String percent(Locale l, double fraction, int decimals) {
        if (Double.isNaN(fraction) || Double.isInfinite(fraction)) {
            return NO_FIGURE;
        }
        String n = decimal(l, fraction * 100, decimals);
        return french(l) ? n + NNBSP + "%" : n + "%";
    }

    /** A measure with its unit: « 12,5 km » (no break before the unit). */
    public static String withUnit(Locale l, double v, int decimals, String unit) {
        return decimal(l, v, decimals) + NBSP + unit;
    }

    /** A NumberFormat for integers in the reader's format (grouping, minus sign), for tables. */
    public static NumberFormat integerFormat(Locale l) {
        return new DecimalFormat("#,##0", symbols(l));
    }

    /** No « −0 »: a value that rounds to zero is written without a sign. */
    private static String clean(String s) {
        return s.matches("[-\\u2212][0,.\\u202F]+") ? s.substring(1) : s;
    }
}
