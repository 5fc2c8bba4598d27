package fr.tierslieu.core.domain.roadmap;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;
import java.util.TreeSet;

/**
 * Public holidays of metropolitan France (Code du travail, art. L3133-1): eight fixed dates and
 * three that move with Easter (lundi de Pâques, Ascension = Easter + 39 days, lundi de Pentecôte =
 * Easter + 50 days). Alsace-Moselle's two extra days are not included.
 */
public final class FrenchHolidays {

    private static final Set<MonthDay> FIXED = Set.of(
            MonthDay.of(1, 1), // Jour de l'an
            MonthDay.of(5, 1), // Fête du travail
            MonthDay.of(5, 8), // Victoire 1945
            MonthDay.of(7, 14), // Fête nationale
            MonthDay.of(8, 15), // Assomption
            MonthDay.of(11, 1), // Toussaint
            MonthDay.of(11, 11), // Armistice
            MonthDay.of(12, 25)); // Noël

    private FrenchHolidays() {}

    /**
     * Easter Sunday of a Gregorian year (anonymous Gregorian algorithm, "Meeus/Jones/Butcher").
     */
    public static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }

    /** The eleven public holidays of the year, in date order. */
    public static Set<LocalDate> of(int year) {
        Set<LocalDate> days = new TreeSet<>();
        for (MonthDay md : FIXED) {
            days.add(md.atYear(year));
        }
        LocalDate easter = easter(year);
        days.add(easter.plusDays(1));
        days.add(easter.plusDays(39));
        days.add(easter.plusDays(50));
        return days;
    }

    public static boolean isHoliday(LocalDate date) {
        MonthDay md = MonthDay.from(date);
        if (FIXED.contains(md)) {
            return true;
        }
        LocalDate easter = easter(date.getYear());
        return date.equals(easter.plusDays(1)) || date.equals(easter.plusDays(39)) || date.equals(easter.plusDays(50));
    }
}
