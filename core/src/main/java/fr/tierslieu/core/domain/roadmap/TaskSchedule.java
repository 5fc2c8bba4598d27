package fr.tierslieu.core.domain.roadmap;

import java.time.LocalDate;

/**
 * Dates computed for one task. Start and finish are working days, both inclusive (a one-day task
 * starts and finishes on the same day); a milestone has start = finish.
 *
 * @param slack    working days the task can slip without moving a fixed date or the end of the
 *                 plan; negative when a fixed date is already impossible
 * @param critical on the critical path (least slack of the plan)
 * @param lateStart its latest start is before today
 */
public record TaskSchedule(
        long id,
        String name,
        boolean milestone,
        LocalDate earliestStart,
        LocalDate earliestFinish,
        LocalDate latestStart,
        LocalDate latestFinish,
        int slack,
        boolean critical,
        boolean lateStart) {}
