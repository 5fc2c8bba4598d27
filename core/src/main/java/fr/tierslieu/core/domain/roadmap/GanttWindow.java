package fr.tierslieu.core.domain.roadmap;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * The part of a long plan the Gantt opens on: six months from a month before today, kept inside
 * the plan. A plan of eight months or less is shown whole. (Fitting two years into a laptop's
 * width left bars of a few pixels that could be neither read nor dragged.)
 *
 * @param from first day shown
 * @param to   first day after the window
 */
public record GanttWindow(LocalDate from, LocalDate to) {

    static final Period SHOWN = Period.ofMonths(6);
    static final Period WHOLE_UP_TO = Period.ofMonths(8);

    /** The window to open on, or empty to show the whole plan. */
    public static Optional<GanttWindow> around(Schedule schedule, LocalDate today) {
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
        if (first == null || !first.plus(WHOLE_UP_TO).isBefore(last)) {
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
