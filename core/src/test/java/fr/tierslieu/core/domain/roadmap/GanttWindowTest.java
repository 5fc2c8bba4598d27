package fr.tierslieu.core.domain.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class GanttWindowTest {

    private static TaskSchedule task(LocalDate start, LocalDate finish) {
        return new TaskSchedule(1, "t", false, start, finish, start, finish, 0, false, false);
    }

    private static Schedule plan(LocalDate first, LocalDate last) {
        return new Schedule(List.of(task(first, first.plusDays(10)), task(last.minusDays(10), last)), List.of(), last);
    }

    @Test
    void aShortPlanIsShownWhole() {
        LocalDate start = LocalDate.of(2026, 1, 5);
        assertThat(GanttWindow.around(plan(start, start.plusMonths(8)), start.plusMonths(3)))
                .isEmpty();
        assertThat(GanttWindow.around(new Schedule(List.of(), List.of(), null), start))
                .isEmpty();
    }

    @Test
    void aLongPlanOpensOnSixMonthsFromAMonthBeforeToday() {
        Schedule s = plan(LocalDate.of(2026, 1, 5), LocalDate.of(2027, 7, 30));
        assertThat(GanttWindow.around(s, LocalDate.of(2026, 11, 28)))
                .contains(new GanttWindow(LocalDate.of(2026, 10, 28), LocalDate.of(2027, 4, 28)));
    }

    @Test
    void theWindowStaysInsideThePlan() {
        Schedule s = plan(LocalDate.of(2026, 1, 5), LocalDate.of(2027, 7, 30));
        // before the plan starts: its first six months
        assertThat(GanttWindow.around(s, LocalDate.of(2025, 6, 1)))
                .contains(new GanttWindow(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 7, 5)));
        // after it ends: its last six months
        assertThat(GanttWindow.around(s, LocalDate.of(2029, 1, 1)))
                .contains(new GanttWindow(LocalDate.of(2027, 1, 31), LocalDate.of(2027, 7, 31)));
    }

    @Test
    void itOpensOnTheWholePlanWithAMargin() {
        // 2026-01-05 .. 2027-07-30: 572 days, a margin of 14 days on each side
        assertThat(GanttWindow.whole(plan(LocalDate.of(2026, 1, 5), LocalDate.of(2027, 7, 30))))
                .contains(new GanttWindow(LocalDate.of(2025, 12, 22), LocalDate.of(2027, 8, 14)));
        LocalDate day = LocalDate.of(2026, 3, 2);
        assertThat(GanttWindow.whole(new Schedule(List.of(task(day, day)), List.of(), day)))
                .contains(new GanttWindow(day.minusDays(2), day.plusDays(3)));
        assertThat(GanttWindow.whole(new Schedule(List.of(), List.of(), null))).isEmpty();
    }

    @Test
    void theZoomButtonsShowTheWeekMonthOrQuarterHoldingToday() {
        Schedule s = plan(LocalDate.of(2026, 1, 5), LocalDate.of(2027, 7, 30));
        LocalDate saturday = LocalDate.of(2026, 11, 28);
        assertThat(GanttWindow.zoom(s, saturday, GanttWindow.Zoom.WEEK))
                .contains(new GanttWindow(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30)));
        assertThat(GanttWindow.zoom(s, saturday, GanttWindow.Zoom.MONTH))
                .contains(new GanttWindow(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1)));
        assertThat(GanttWindow.zoom(s, saturday, GanttWindow.Zoom.QUARTER))
                .contains(new GanttWindow(LocalDate.of(2026, 10, 1), LocalDate.of(2027, 1, 1)));
        // outside the plan: the period at its nearest end, so the zoom always shows part of it
        assertThat(GanttWindow.zoom(s, LocalDate.of(2030, 1, 1), GanttWindow.Zoom.MONTH))
                .contains(new GanttWindow(LocalDate.of(2027, 7, 1), LocalDate.of(2027, 8, 1)));
        assertThat(GanttWindow.zoom(s, LocalDate.of(2020, 1, 1), GanttWindow.Zoom.QUARTER))
                .contains(new GanttWindow(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1)));
        assertThat(GanttWindow.zoom(new Schedule(List.of(), List.of(), null), saturday, GanttWindow.Zoom.WEEK))
                .isEmpty();
    }
}
