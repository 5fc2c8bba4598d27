package fr.tierslieu.core.domain.roadmap;

import java.time.LocalDate;
import java.util.List;

/**
 * Something the team must know about the plan. The task names are given in the order that
 * explains the problem (the cycle's order, or the chain that pushes a deadline back).
 *
 * @param kind  what is wrong
 * @param tasks ids of the tasks involved, first the one the issue is about
 * @param names their names, same order
 * @param date  the date concerned (the missed deadline, the latest start already past), or null
 * @param days  by how many working days (late or over), 0 when irrelevant
 */
public record ScheduleIssue(Kind kind, List<Long> tasks, List<String> names, LocalDate date, int days) {

    public enum Kind {
        /** Dependencies loop back on themselves: nothing can be scheduled. */
        CYCLE,
        /** A fixed date cannot be met: the prerequisites (with their lags) take too long. */
        DEADLINE_IMPOSSIBLE,
        /** The latest start that still meets the deadlines is already past. */
        LATE_START
    }
}
