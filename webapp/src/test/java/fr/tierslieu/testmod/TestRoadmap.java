package fr.tierslieu.testmod;

import fr.tierslieu.core.module.FindingPublished;
import fr.tierslieu.core.module.RoadmapContributor;
import fr.tierslieu.core.module.TaskSuggested;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The test module's part of a project's journey: one milestone on every roadmap, and findings and
 * suggested tasks published through CDI events, as the study trip does — the core never names it.
 */
@ApplicationScoped
public class TestRoadmap implements RoadmapContributor {

    public static final LocalDate DECISION = LocalDate.of(2027, 3, 15);

    @Inject
    Event<FindingPublished> findings;

    @Inject
    Event<TaskSuggested> tasks;

    @Override
    public List<Milestone> milestones(long projectId, Locale locale) {
        return List.of(
                new Milestone("testmod", "decision", "Décision du module de test", DECISION, "/testmod/notes.xhtml"));
    }

    /** Publishes a success factor and suggests a task, in one transaction. */
    @Transactional
    public void publish(long projectId, String ref, boolean thenFail) {
        findings.fire(new FindingPublished(
                projectId,
                fr.tierslieu.core.domain.project.FindingKind.SUCCESS_FACTOR,
                "Facteur du module de test " + ref,
                fr.tierslieu.core.domain.project.JourneyStep.STUDY_TRIP,
                null,
                "testmod",
                ref));
        tasks.fire(new TaskSuggested(projectId, "Tâche suggérée " + ref, thenFail ? 0 : 3, "testmod", ref));
    }
}
