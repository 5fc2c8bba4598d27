package fr.tierslieu.core.domain.roadmap;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * The detail view of a long plan's Gantt: six months from a month before today, kept inside the
 * plan (the Gantt opens on the whole plan; on a laptop two years leave bars of a few pixels). A
 * plan of eight months or less needs no detail view.
 *
 * @param from first day shown
 * @param to   first day after the window
 */
public record GanttWindow(LocalDate from, LocalDate to) {

    static final Period SHOWN = Period.ofMonths(6);
    static final Period WHOLE_UP_TO = Period.ofMonths(8);

    /**
     * The whole plan with a margin of a fortieth of its length (at least two days) on each side:
     * what the Gantt opens on, so that the plan is seen at a glance. Empty for a plan without dates.
     */
    public static Optional<GanttWindow> whole(Schedule schedule) {
        Optional<GanttWindow> span = span(schedule);
        if (span.isEmpty()) {
            return span;
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(
                span.get().from(), span.get().to());
        long margin = Math.max(2, days / 40);
        return Optional.of(new GanttWindow(
                span.get().from().minusDays(margin), span.get().to().plusDays(margin)));
    }

    /** From the first start to the day after the last finish. */
    private static Optional<GanttWindow> span(Schedule schedule) {
        LocalDate first = null;
        LocalDate last = null;
        for (TaskSchedule t : schedule.tasks()) {
            LocalDate start = t.earliestStart();
            LocalDate finish = t.earliestFinish() == null ? start : t.earliestFinish();
            if (start == null) {
                continue;
            }
            first = first == null || start.isBefore(first) ? start : first;
            last = last == null || finish.isAfter(last) ? finish : last;
        }
        return first == null ? Optional.empty() : Optional.of(new GanttWindow(first, last.plusDays(1)));
    }

    /** The zoom levels of the Gantt's buttons besides the whole plan. */
    public enum Zoom {
        WEEK,
        MONTH,
        QUARTER
    }

    /**
     * The calendar week, month or quarter that holds {@code today} (Monday to Monday, 1st to 1st);
     * when today is outside the plan, the one that holds the plan's nearest end, so the zoom always
     * shows part of the plan. Empty for a plan without dates.
     */
    public static Optional<GanttWindow> zoom(Schedule schedule, LocalDate today, Zoom zoom) {
        Optional<GanttWindow> span = span(schedule);
        if (span.isEmpty()) {
            return Optional.empty();
        }
        LocalDate first = span.get().from();
        LocalDate last = span.get().to().minusDays(1);
        LocalDate day = today.isBefore(first) ? first : today.isAfter(last) ? last : today;
        LocalDate from = switch (zoom) {
            case WEEK -> day.with(java.time.DayOfWeek.MONDAY);
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> day.withMonth((day.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
        };
        LocalDate to = switch (zoom) {
            case WEEK -> from.plusWeeks(1);
            case MONTH -> from.plusMonths(1);
            case QUARTER -> from.plusMonths(3);
        };
        return Optional.of(new GanttWindow(from, to));
    }

    /** The detail window, or empty when the whole plan reads well. */
    public static Optional<GanttWindow> around(Schedule schedule, LocalDate today) {
        Optional<GanttWindow> span = span(schedule);
        if (span.isEmpty()) {
            return Optional.empty();
        }
        LocalDate first = span.get().from();
        LocalDate last = span.get().to().minusDays(1);
        if (!first.plus(WHOLE_UP_TO).isBefore(last)) {
            return Optional.empty();
        }
        LocalDate from = today.minusMonths(1);
        LocalDate latest = last.plusDays(1).minus(SHOWN);
        if (from.isAfter(latest)) {
            from = latest;
        }
        if (from.isBefore(first)) {
            from = first;
        }
        return Optional.of(new GanttWindow(from, from.plus(SHOWN)));
    }
}
