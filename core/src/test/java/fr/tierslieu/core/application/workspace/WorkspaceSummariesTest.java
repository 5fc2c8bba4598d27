package fr.tierslieu.core.application.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import fr.tierslieu.core.application.actor.ActorInsights;
import fr.tierslieu.core.application.actor.ActorRepository;
import fr.tierslieu.core.application.journey.JourneyService;
import fr.tierslieu.core.application.journey.StepProgress;
import fr.tierslieu.core.application.meeting.MeetingDraft;
import fr.tierslieu.core.application.meeting.MeetingService;
import fr.tierslieu.core.application.project.ProjectDraft;
import fr.tierslieu.core.application.project.ProjectService;
import fr.tierslieu.core.application.roadmap.RoadmapDigest;
import fr.tierslieu.core.application.roadmap.RoadmapService;
import fr.tierslieu.core.application.roadmap.TaskDraft;
import fr.tierslieu.core.domain.actor.Actor;
import fr.tierslieu.core.domain.actor.ActorKind;
import fr.tierslieu.core.domain.actor.ActorType;
import fr.tierslieu.core.domain.actor.Position;
import fr.tierslieu.core.domain.project.JourneyActivity;
import fr.tierslieu.core.domain.project.JourneyStep;
import fr.tierslieu.core.domain.project.MeetingKind;
import fr.tierslieu.core.domain.security.Role;
import fr.tierslieu.core.domain.workspace.Workspace;
import fr.tierslieu.core.testsupport.JpaTestSupport;
import fr.tierslieu.core.testsupport.TestModules;
import fr.tierslieu.core.testsupport.WorkspaceIsolation;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A consultant's home reads each workspace in itself: its journey, meeting, late tasks and actors only. */
class WorkspaceSummariesTest {

    static final Locale FR = Locale.FRENCH;
    static final LocalDate TODAY = LocalDate.of(2027, 3, 15);

    @Test
    void eachWorkspaceIsSummarisedFromItsOwnRecords() {
        try (JpaTestSupport db = JpaTestSupport.core()) {
            WorkspaceIsolation.create(db, 2, "kerlouan");
            // workspace 1: a project whose journey has started, two activities of Temps 1 done, a
            // meeting next week, a task that should have started, three actors
            long project = WorkspaceIsolation.in(db, 1, em -> {
                ProjectDraft d = new ProjectDraft();
                d.setName("Atelier Z");
                long id = projects(em).create(d, FR).getId();
                journey(em).start(id, FR);
                return id;
            });
            List<JourneyActivity> activities =
                    WorkspaceIsolation.in(db, 1, em -> journey(em).activities(project));
            List<Long> firstStep = activities.stream()
                    .filter(a -> a.getStep() == JourneyStep.QUALIFICATION)
                    .map(JourneyActivity::getId)
                    .limit(2)
                    .toList();
            WorkspaceIsolation.in(db, 1, em -> {
                firstStep.forEach(id -> journey(em).setDone(id, true));
                MeetingDraft m = new MeetingDraft();
                m.setTitle("Comité de pilotage");
                m.setKind(MeetingKind.COPIL);
                m.setStartsAt(TODAY.plusDays(7).atTime(18, 0));
                new MeetingService(em, TestModules.bundles(), projects(em)).save(project, m, FR);
                MeetingDraft past = new MeetingDraft();
                past.setTitle("Réunion passée");
                past.setKind(MeetingKind.COPIL);
                past.setStartsAt(TODAY.minusDays(7).atTime(18, 0));
                new MeetingService(em, TestModules.bundles(), projects(em)).save(project, past, FR);
                TaskDraft t = new TaskDraft();
                t.setName("Déposer les statuts");
                t.setDurationDays(5);
                t.setFixedDate(TODAY.minusDays(20));
                new RoadmapService(em, TestModules.bundles(), projects(em)).saveTask(project, t, FR);
                for (String name : List.of("Mairie de Névez", "CCA", "Région Bretagne")) {
                    em.persist(new Actor(
                            ActorType.ORGANISATION,
                            name,
                            ActorKind.LOCAL_AUTHORITY,
                            Position.initial(),
                            TODAY.minusDays(200),
                            "t"));
                }
                return null;
            });

            WorkspaceSummaries.Summary first = WorkspaceIsolation.in(
                    db, 1, em -> summaries(em).of(workspace(em, 1), Set.of(Role.CONSULTANT), TODAY));
            int templateTotal = (int) activities.stream()
                    .filter(a -> a.getStep() == JourneyStep.QUALIFICATION)
                    .count();
            StepProgress qualification = first.steps().get(0);
            assertThat(qualification.step()).isEqualTo(JourneyStep.QUALIFICATION);
            assertThat(qualification.done()).isEqualTo(2);
            assertThat(qualification.total()).isEqualTo(templateTotal);
            assertThat(first.whole().total()).isEqualTo(activities.size());
            assertThat(first.whole().done()).isEqualTo(2);
            assertThat(first.nextMeeting()).isNotNull();
            assertThat(first.nextMeeting().title()).isEqualTo("Comité de pilotage");
            assertThat(first.nextMeeting().project()).isEqualTo("Atelier Z");
            assertThat(first.lateCount()).isEqualTo(1);
            assertThat(first.late()).singleElement().satisfies(l -> {
                assertThat(l.task()).isEqualTo("Déposer les statuts");
                assertThat(l.project()).isEqualTo("Atelier Z");
            });
            assertThat(first.actors()).isEqualTo(3);
            assertThat(first.name()).isEqualTo("Espace principal");
            assertThat(first.roles()).containsExactly(Role.CONSULTANT);

            // workspace 2 sees none of it, and its own only
            WorkspaceSummaries.Summary second =
                    WorkspaceIsolation.in(db, 2, em -> summaries(em).of(workspace(em, 2), Set.of(Role.MANAGER), TODAY));
            assertThat(second.whole().total()).isZero();
            assertThat(second.nextMeeting()).isNull();
            assertThat(second.lateCount()).isZero();
            assertThat(second.actors()).isZero();
            assertThat(second.slug()).isEqualTo("kerlouan");
            WorkspaceIsolation.in(db, 2, em -> {
                em.persist(new Actor(
                        ActorType.ORGANISATION,
                        "Mairie de Kerlouan",
                        ActorKind.LOCAL_AUTHORITY,
                        Position.initial(),
                        TODAY.minusDays(10),
                        "t"));
                return null;
            });
            assertThat(WorkspaceIsolation.<WorkspaceSummaries.Summary>in(
                                    db, 2, em -> summaries(em).of(workspace(em, 2), Set.of(), TODAY))
                            .actors())
                    .isEqualTo(1);
            assertThat(WorkspaceIsolation.<WorkspaceSummaries.Summary>in(
                                    db, 1, em -> summaries(em).of(workspace(em, 1), Set.of(), TODAY))
                            .actors())
                    .isEqualTo(3);
        }
    }

    private static Workspace workspace(EntityManager em, long id) {
        return em.find(Workspace.class, id);
    }

    private static WorkspaceSummaries summaries(EntityManager em) {
        return new WorkspaceSummaries(
                em, new ActorInsights(new ActorRepository(em)), new RoadmapDigest(em, TestModules.bundles()));
    }

    private static ProjectService projects(EntityManager em) {
        return new ProjectService(em, TestModules.validation(), TestModules.bundles());
    }

    private static JourneyService journey(EntityManager em) {
        return new JourneyService(em, TestModules.bundles(), projects(em));
    }
}
