package fr.tierslieu.core.application.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.tierslieu.core.application.meeting.Attendance;
import fr.tierslieu.core.application.meeting.MeetingDraft;
import fr.tierslieu.core.application.meeting.MeetingService;
import fr.tierslieu.core.application.project.ProjectDraft;
import fr.tierslieu.core.application.project.ProjectService;
import fr.tierslieu.core.application.roadmap.RoadmapService;
import fr.tierslieu.core.domain.actor.Actor;
import fr.tierslieu.core.domain.actor.ActorKind;
import fr.tierslieu.core.domain.actor.ActorType;
import fr.tierslieu.core.domain.actor.Position;
import fr.tierslieu.core.domain.project.ActivityStatus;
import fr.tierslieu.core.domain.project.JourneyActivity;
import fr.tierslieu.core.domain.project.JourneyStep;
import fr.tierslieu.core.domain.project.MeetingAttendee;
import fr.tierslieu.core.domain.project.MeetingKind;
import fr.tierslieu.core.domain.roadmap.RoadmapTask;
import fr.tierslieu.core.domain.shared.ConcurrentEditException;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.core.testsupport.JpaTestSupport;
import fr.tierslieu.core.testsupport.TestModules;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The journey (template, adaptation, progress), meetings (attendance, follow-ups) and Gantt moves on a real schema. */
class JourneyAndMeetingTest {

    static final Locale FR = Locale.FRENCH;
    private JpaTestSupport db;
    private long projectId;

    @BeforeEach
    void setUp() {
        db = JpaTestSupport.core();
        ProjectDraft d = new ProjectDraft();
        d.setName("P");
        projectId = db.tx(em -> projects(em).create(d, FR).getId());
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    ProjectService projects(EntityManager em) {
        return new ProjectService(em, TestModules.validation(), TestModules.bundles());
    }

    JourneyService journey(EntityManager em) {
        return new JourneyService(em, TestModules.bundles(), projects(em));
    }

    MeetingService meetings(EntityManager em) {
        return new MeetingService(em, TestModules.bundles(), projects(em));
    }

    long actor(String name) {
        return db.tx(em -> {
            Actor a = new Actor(
                    ActorType.ORGANISATION,
                    name,
                    ActorKind.ASSOCIATION,
                    Position.initial(),
                    LocalDate.of(2026, 1, 1),
                    "t");
            em.persist(a);
            em.flush();
            return a.getId();
        });
    }

    @Test
    void theTemplateFollowsTheSeedAndCanBeAdapted() {
        db.run(em -> journey(em).start(projectId, FR));
        List<JourneyActivity> all = db.tx(em -> journey(em).activities(projectId));
        assertThat(all).hasSize(16);
        assertThat(all.get(0).getTitle()).isEqualTo("Partage des ambitions et objectifs du projet");
        assertThat(all)
                .filteredOn(a -> a.getStep() == JourneyStep.MODELLING)
                .extracting(JourneyActivity::getTitle)
                .contains("Définition du mode de gouvernance");
        List<?> outcomes = db.tx(em -> journey(em).outcomes(projectId));
        assertThat(outcomes).hasSize(15);
        assertThatThrownBy(() -> db.run(em -> journey(em).start(projectId, FR))).isInstanceOf(ValidationFailure.class);

        // adapt: add one to Temps 2, move it first, remove another
        long added = db.tx(em -> journey(em)
                .addActivity(projectId, JourneyStep.CO_CONSTRUCTION, "Visite du site", FR)
                .getId());
        db.run(em -> journey(em).move(added, -1));
        db.run(em -> journey(em).move(added, -1));
        db.run(em -> journey(em).move(added, -1));
        db.run(em -> journey(em).move(added, -1)); // already first: no-op
        List<JourneyActivity> temps2 = db.tx(em -> journey(em).activities(projectId)).stream()
                .filter(a -> a.getStep() == JourneyStep.CO_CONSTRUCTION)
                .toList();
        assertThat(temps2.get(0).getTitle()).isEqualTo("Visite du site");
        assertThat(temps2).extracting(JourneyActivity::getPosition).containsExactly(1, 2, 3, 4);
        db.run(em -> journey(em).removeActivity(temps2.get(3).getId()));
        List<?> after = db.tx(em -> journey(em).activities(projectId));
        assertThat(after).hasSize(16);
        assertThatThrownBy(() -> db.run(em -> journey(em).addActivity(projectId, JourneyStep.MODELLING, " ", FR)))
                .isInstanceOf(ValidationFailure.class);
    }

    @Test
    void progressCountsDoneActivitiesIgnoringSkippedOnes() {
        db.run(em -> journey(em).start(projectId, FR));
        List<JourneyActivity> all = db.tx(em -> journey(em).activities(projectId));
        db.run(em -> journey(em).setDone(all.get(0).getId(), true));
        db.run(em -> journey(em).setDone(all.get(1).getId(), true));
        long third = all.get(2).getId();
        ActivityDraft skip = db.tx(em -> ActivityDraft.of(journey(em).activity(third)));
        skip.setStatus(ActivityStatus.SKIPPED);
        db.run(em -> journey(em).save(skip, FR));
        var progress = db.tx(em -> journey(em).progress(projectId));
        StepProgress temps1 = progress.get(0);
        assertThat(temps1.step()).isEqualTo(JourneyStep.QUALIFICATION);
        assertThat(temps1.done()).isEqualTo(2);
        assertThat(temps1.total()).isEqualTo(5);
        assertThat(temps1.percent()).isEqualTo(40);
        assertThat(progress.get(progress.size() - 1).step()).isNull();
        assertThat(progress.get(progress.size() - 1).total()).isEqualTo(15);
        // a stale draft is refused
        assertThatThrownBy(() -> db.run(em -> journey(em).save(skip, FR))).isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void activityDetailsAreCheckedField_byField() {
        db.run(em -> journey(em).start(projectId, FR));
        long first = db.tx(em -> journey(em).activities(projectId).get(0).getId());
        ActivityDraft d = db.tx(em -> ActivityDraft.of(journey(em).activity(first)));
        d.setTitle("");
        d.setEvidence("https://ok.example\nnot a link");
        assertThatThrownBy(() -> db.run(em -> journey(em).save(d, FR)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        f -> assertThat(f.getViolations())
                                .extracting(ValidationFailure.Violation::field)
                                .containsExactly("activityTitle", "activityEvidence"));
        long a1 = actor("A1");
        d.setTitle("Cartographie");
        d.setEvidence("https://ok.example");
        d.setParticipantIds(new Long[] {a1});
        db.run(em -> journey(em).save(d, FR));
        int participants =
                db.tx(em -> journey(em).activity(first).getParticipants().size());
        assertThat(participants).isEqualTo(1);
    }

    @Test
    void attendanceFeedsTheActorsRecordAndFollowUpsBecomeTasks() {
        long a = actor("Présente");
        long b = actor("Absente");
        MeetingDraft d = new MeetingDraft();
        d.setTitle("COPIL");
        d.setKind(MeetingKind.COPIL);
        d.setStartsAt(LocalDateTime.of(2026, 3, 10, 18, 0));
        long meeting = db.tx(em -> meetings(em).save(projectId, d, FR).getId());
        MeetingDraft d2 = new MeetingDraft();
        d2.setTitle("Atelier");
        d2.setKind(MeetingKind.WORKSHOP);
        d2.setStartsAt(LocalDateTime.of(2026, 6, 12, 18, 0));
        long meeting2 = db.tx(em -> meetings(em).save(projectId, d2, FR).getId());
        db.run(em -> meetings(em).invite(meeting, List.of(a, b), FR));
        db.run(em -> meetings(em).invite(meeting2, List.of(a, b), FR));
        for (long m : List.of(meeting, meeting2)) {
            List<MeetingAttendee> attendees = db.tx(em -> meetings(em).attendees(m));
            MeetingAttendee present = attendees.stream()
                    .filter(x -> x.getActor().getId() == a)
                    .findFirst()
                    .orElseThrow();
            db.run(em -> meetings(em).setPresent(present.getId(), true));
        }
        Attendance came = db.tx(em -> meetings(em).attendanceOf(a));
        Attendance absent = db.tx(em -> meetings(em).attendanceOf(b));
        assertThat(came.present()).isEqualTo(2);
        assertThat(came.rate()).isEqualTo(100);
        assertThat(absent.invited()).isEqualTo(2);
        assertThat(absent.present()).isZero();
        assertThat(came.lines().get(0).title()).isEqualTo("Atelier"); // most recent first

        // un-inviting removes the attendance
        db.run(em -> meetings(em).invite(meeting, List.of(a), FR));
        Attendance after = db.tx(em -> meetings(em).attendanceOf(b));
        assertThat(after.invited()).isEqualTo(1);

        RoadmapTask task = db.tx(em -> meetings(em).addFollowUp(meeting, "Rédiger le compte rendu", 2, a, FR));
        List<?> followUps = db.tx(em -> meetings(em).followUps(meeting));
        assertThat(followUps).hasSize(1);
        assertThat(task.getNotBefore()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThatThrownBy(() -> db.run(em -> meetings(em).addFollowUp(meeting, "", 0, null, FR)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        f -> assertThat(f.getViolations())
                                .extracting(ValidationFailure.Violation::field)
                                .containsExactly("actionName", "actionDuration"));

        MeetingDraft bad = new MeetingDraft();
        bad.setTitle(" ");
        bad.setKind(null);
        assertThatThrownBy(() -> db.run(em -> meetings(em).save(projectId, bad, FR)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        f -> assertThat(f.getViolations())
                                .extracting(ValidationFailure.Violation::field, ValidationFailure.Violation::message)
                                .containsExactlyInAnyOrder(
                                        org.assertj.core.groups.Tuple.tuple("meetingTitle", "Champ obligatoire."),
                                        org.assertj.core.groups.Tuple.tuple("kind", "Champ obligatoire."),
                                        org.assertj.core.groups.Tuple.tuple("startsAt", "Champ obligatoire.")));
        MeetingDraft long_ = new MeetingDraft();
        long_.setTitle("Réunion");
        long_.setStartsAt(java.time.LocalDateTime.of(2027, 1, 5, 18, 0));
        long_.setPlace("x".repeat(fr.tierslieu.core.domain.project.Meeting.PLACE_MAX + 1));
        assertThatThrownBy(() -> db.run(em -> meetings(em).save(projectId, long_, FR)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        f -> assertThat(f.getViolations())
                                .extracting(ValidationFailure.Violation::field, ValidationFailure.Violation::message)
                                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                        "place",
                                        "Texte trop long\u202F: "
                                                + fr.tierslieu.core.domain.project.Meeting.PLACE_MAX
                                                + " caractères au maximum.")));
    }

    @Test
    void aFindingCanNameTheMeetingOfItsProjectThatRaisedIt() {
        MeetingDraft d = new MeetingDraft();
        d.setTitle("Réunion élargie");
        d.setKind(MeetingKind.EXTENDED);
        d.setStartsAt(LocalDateTime.of(2026, 6, 12, 17, 30));
        long meeting = db.tx(em -> meetings(em).save(projectId, d, FR).getId());
        long finding = db.tx(em -> projects(em)
                .addFinding(
                        projectId,
                        fr.tierslieu.core.domain.project.FindingKind.VIGILANCE,
                        "Bruit des soirées",
                        JourneyStep.CO_CONSTRUCTION,
                        null,
                        meeting,
                        FR)
                .getId());
        String title =
                db.tx(em -> projects(em).findings(projectId).get(0).getMeeting().getTitle());
        assertThat(title).isEqualTo("Réunion élargie");
        ProjectDraft other = new ProjectDraft();
        other.setName("Autre");
        long otherProject = db.tx(em -> projects(em).create(other, FR).getId());
        assertThatThrownBy(() -> db.run(em -> projects(em)
                        .addFinding(
                                otherProject,
                                fr.tierslieu.core.domain.project.FindingKind.VIGILANCE,
                                "x",
                                null,
                                null,
                                meeting,
                                FR)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        f -> assertThat(f.getViolations().get(0).field()).isEqualTo("findingMeeting"));
        assertThat(finding).isPositive();
    }

    @Test
    void draggingInTheGanttMovesAMilestoneOrTheStartOfATask() {
        fr.tierslieu.core.application.roadmap.TaskDraft m = new fr.tierslieu.core.application.roadmap.TaskDraft();
        m.setName("AG");
        m.setMilestone(true);
        m.setFixedDate(LocalDate.of(2027, 6, 19));
        long ag = db.tx(em -> new RoadmapService(em, TestModules.bundles(), projects(em))
                .saveTask(projectId, m, FR)
                .getId());
        db.run(em -> {
            RoadmapService s = new RoadmapService(em, TestModules.bundles(), projects(em));
            s.move(ag, s.task(ag).getVersion(), LocalDate.of(2027, 6, 26));
        });
        LocalDate moved = db.tx(em -> new RoadmapService(em, TestModules.bundles(), projects(em))
                .task(ag)
                .getFixedDate());
        assertThat(moved).isEqualTo(LocalDate.of(2027, 6, 26));
        assertThatThrownBy(() -> db.run(em -> new RoadmapService(em, TestModules.bundles(), projects(em))
                        .move(ag, 0, LocalDate.of(2027, 7, 1))))
                .isInstanceOf(ConcurrentEditException.class);
    }
}
