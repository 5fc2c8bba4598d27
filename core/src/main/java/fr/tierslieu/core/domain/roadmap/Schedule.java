package fr.tierslieu.core.domain.roadmap;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The result of {@link Scheduler#schedule}: one line per task in the order given, and the issues.
 * When the dependencies contain a cycle, {@code tasks} is empty and the issues name the cycle.
 *
 * @param end the earliest day the whole plan can be finished
 */
public record Schedule(List<TaskSchedule> tasks, List<ScheduleIssue> issues, LocalDate end) {

    public boolean hasCycle() {
        return issues.stream().anyMatch(i -> i.kind() == ScheduleIssue.Kind.CYCLE);
    }

    public Optional<TaskSchedule> task(long id) {
        return tasks.stream().filter(t -> t.id() == id).findFirst();
    }
}
