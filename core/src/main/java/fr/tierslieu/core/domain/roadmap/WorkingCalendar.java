package fr.tierslieu.core.domain.roadmap;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

/**
 * Working days between two bounds: Monday to Friday, French public holidays excluded. Each working
 * day gets an index (0, 1, 2…) so that the scheduler adds and subtracts working days as integers.
 * Dates outside the bounds are refused, so that a computation never silently falls off the calendar.
 */
public final class WorkingCalendar {

    private final LocalDate first;
    private final LocalDate last;
    /** For each calendar day from {@code first}: number of working days strictly before it. */
    private final int[] before;

    private final LocalDate[] workingDays;

    public WorkingCalendar(LocalDate first, LocalDate last) {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("calendar ends before it starts");
        }
        this.first = first;
        this.last = last;
        int days = (int) ChronoUnit.DAYS.between(first, last) + 1;
        before = new int[days + 1];
        LocalDate[] working = new LocalDate[days];
        int count = 0;
        LocalDate d = first;
        for (int i = 0; i < days; i++, d = d.plusDays(1)) {
            before[i] = count;
            if (isWorking(d)) {
                working[count++] = d;
            }
        }
        before[days] = count;
        workingDays = Arrays.copyOf(working, count);
    }

    /** A calendar wide enough for plans around the given dates (two years of margin each side). */
    public static WorkingCalendar around(LocalDate from, LocalDate to) {
        return new WorkingCalendar(
                from.minusYears(2).withDayOfYear(1), to.plusYears(3).withDayOfYear(1));
    }

    public static boolean isWorking(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !FrenchHolidays.isHoliday(date);
    }

    public int size() {
        return workingDays.length;
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(first) && !date.isAfter(last);
    }

    /** Index of the date if it is a working day, else of the next working day. */
    public int onOrAfter(LocalDate date) {
        return before[offset(date)];
    }

    /** Index of the date if it is a working day, else of the previous working day (may be −1). */
    public int onOrBefore(LocalDate date) {
        int off = offset(date);
        return before[off + 1] - 1;
    }

    /** The working day with this index. */
    public LocalDate date(int index) {
        if (index < 0 || index >= workingDays.length) {
            throw new IndexOutOfBoundsException("working day " + index + " is outside " + first + " – " + last);
        }
        return workingDays[index];
    }

    public LocalDate first() {
        return first;
    }

    public LocalDate last() {
        return last;
    }

    private int offset(LocalDate date) {
        if (!contains(date)) {
            throw new IndexOutOfBoundsException(date + " is outside " + first + " – " + last);
        }
        return (int) ChronoUnit.DAYS.between(first, date);
    }
}
