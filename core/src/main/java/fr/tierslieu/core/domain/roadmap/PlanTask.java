package fr.tierslieu.core.domain.roadmap;

import java.time.LocalDate;

/**
 * One task or milestone as the scheduler sees it.
 *
 * @param id        stable identifier (the task's database id, or any unique number)
 * @param name      shown in warnings
 * @param duration  working days (0 for a milestone)
 * @param milestone a point in time (an AG, an opening day, a funding deadline)
 * @param fixedDate for a milestone, the day it happens (it can be neither earlier nor later);
 *                  for a task, the day by which it must be finished; {@code null} if free
 * @param notBefore the task cannot start before this day (a room only free then…); may be null
 * @param done      finished: it no longer takes time and raises no warning
 */
public record PlanTask(
        long id, String name, int duration, boolean milestone, LocalDate fixedDate, LocalDate notBefore, boolean done) {

    public static PlanTask task(long id, String name, int duration) {
        return new PlanTask(id, name, duration, false, null, null, false);
    }

    public static PlanTask milestone(long id, String name, LocalDate on) {
        return new PlanTask(id, name, 0, true, on, null, false);
    }

    public PlanTask due(LocalDate by) {
        return new PlanTask(id, name, duration, milestone, by, notBefore, done);
    }

    public PlanTask startingFrom(LocalDate from) {
        return new PlanTask(id, name, duration, milestone, fixedDate, from, done);
    }

    public PlanTask finished() {
        return new PlanTask(id, name, duration, milestone, fixedDate, notBefore, true);
    }

    /** Working days still to spend. */
    int remaining() {
        return done || milestone ? 0 : duration;
    }
}
