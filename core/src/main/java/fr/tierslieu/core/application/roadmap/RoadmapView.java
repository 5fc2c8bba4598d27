package fr.tierslieu.core.application.roadmap;

import fr.tierslieu.core.domain.roadmap.RoadmapLink;
import fr.tierslieu.core.domain.roadmap.RoadmapTask;
import fr.tierslieu.core.domain.roadmap.Schedule;
import fr.tierslieu.core.domain.roadmap.TaskSchedule;
import fr.tierslieu.core.module.RoadmapContributor;
import java.util.List;
import java.util.Map;

/**
 * A project's roadmap as shown: its tasks and links, the milestones modules contribute (with
 * negative ids in the schedule), the computed schedule and the warnings, already in words.
 */
public record RoadmapView(
        List<RoadmapTask> tasks,
        List<RoadmapLink> links,
        Map<Long, RoadmapContributor.Milestone> contributed,
        Schedule schedule,
        List<String> warnings) {

    public TaskSchedule scheduleOf(long id) {
        return schedule.task(id).orElse(null);
    }

    public boolean isContributed(long id) {
        return contributed.containsKey(id);
    }
}
