package fr.tierslieu.studytrip.application;

import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.application.project.ProjectService;
import fr.tierslieu.core.application.security.RequiresRole;
import fr.tierslieu.core.domain.project.FindingKind;
import fr.tierslieu.core.domain.project.JourneyStep;
import fr.tierslieu.core.domain.security.Role;
import fr.tierslieu.core.domain.shared.NotFoundException;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.core.module.FindingPublished;
import fr.tierslieu.core.module.FindingView;
import fr.tierslieu.core.module.LessonShared;
import fr.tierslieu.core.module.TaskSuggested;
import fr.tierslieu.studytrip.StudyTripModule;
import fr.tierslieu.studytrip.domain.Destination;
import fr.tierslieu.studytrip.domain.Note;
import fr.tierslieu.studytrip.domain.Trip;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the group prepares and brings back: questions for the hosts (taken from the project's open
 * questions), notes of the day, and the debrief ("rapport d'étonnement") — points of vigilance and
 * key success factors — published to the project through the core's events: each becomes a
 * finding of the project (once per note, updated if published again) and each note marked so
 * suggests a roadmap task. The core never knows this module.
 */
@ApplicationScoped
@Transactional
@RequiresRole
public class DebriefService {

    /** Working days given to a task suggested by the debrief. */
    static final int SUGGESTED_TASK_DAYS = 5;

    @PersistenceContext(unitName = "studytrip")
    EntityManager em;

    @Inject
    MessageBundles messages;

    @Inject
    ProjectService projects;

    @Inject
    Event<FindingPublished> findings;

    @Inject
    Event<TaskSuggested> tasks;

    @Inject
    Event<LessonShared> lessons;

    Clock clock = Clock.systemUTC();

    public DebriefService() {}

    public DebriefService(
            EntityManager em,
            MessageBundles messages,
            ProjectService projects,
            Event<FindingPublished> findings,
            Event<TaskSuggested> tasks) {
        this.em = em;
        this.messages = messages;
        this.projects = projects;
        this.findings = findings;
        this.tasks = tasks;
    }

    /** Outside the container (tests), with the lessons written back to the experience library. */
    public DebriefService(
            EntityManager em,
            MessageBundles messages,
            ProjectService projects,
            Event<FindingPublished> findings,
            Event<TaskSuggested> tasks,
            Event<LessonShared> lessons) {
        this(em, messages, projects, findings, tasks);
        this.lessons = lessons;
    }

    private Trip trip(long id) {
        Trip t = em.find(Trip.class, id);
        if (t == null) {
            throw new NotFoundException("Trip", id);
        }
        return t;
    }

    public List<Note> notes(long tripId) {
        return em
                .createQuery("select n from Note n where n.trip.id = :t order by n.createdAt, n.id", Note.class)
                .setParameter("t", tripId)
                .getResultList()
                .stream()
                .sorted(java.util.Comparator.comparingInt(n -> n.getKind().ordinal()))
                .toList();
    }

    @RequiresRole({Role.ORGANIZER})
    public Note addNote(long tripId, Note.Kind kind, String text, String tags, boolean suggestTask, Locale locale) {
        Trip trip = trip(tripId);
        if (kind == null) {
            throw ValidationFailure.of("noteKind", messages.get(locale, "core.error.required"));
        }
        if (text == null || text.isBlank()) {
            throw ValidationFailure.of("noteText", messages.get(locale, "core.error.required"));
        }
        if (text.trim().length() > Note.TEXT_MAX) {
            throw ValidationFailure.of("noteText", messages.format(locale, "core.error.tooLong", Note.TEXT_MAX));
        }
        if (tags != null && tags.length() > 300) {
            throw ValidationFailure.of("noteTags", messages.format(locale, "core.error.tooLong", 300));
        }
        Note n = new Note(
                trip,
                kind,
                text.trim(),
                tags == null || tags.isBlank() ? null : tags.trim(),
                suggestTask,
                clock.instant());
        em.persist(n);
        em.flush();
        return n;
    }

    @RequiresRole({Role.ORGANIZER})
    public void removeNote(long tripId, long noteId) {
        notes(tripId).stream().filter(n -> n.getId() == noteId).findFirst().ifPresent(em::remove);
    }

    /**
     * Adds the project's open questions (not resolved) as questions for the hosts, once each.
     *
     * @return how many were added
     */
    @RequiresRole({Role.ORGANIZER})
    public int importOpenQuestions(long tripId, Locale locale) {
        Trip trip = trip(tripId);
        if (trip.getProjectId() == null) {
            throw ValidationFailure.of(null, messages.get(locale, "studytrip.error.noProject"));
        }
        Set<String> existing = notes(tripId).stream()
                .filter(n -> n.getKind() == Note.Kind.QUESTION)
                .map(Note::getText)
                .collect(Collectors.toSet());
        int added = 0;
        for (FindingView f : projects.findingViews(trip.getProjectId())) {
            if (f.kind() == FindingKind.OPEN_QUESTION && !f.resolved() && !existing.contains(f.text())) {
                em.persist(new Note(trip, Note.Kind.QUESTION, f.text(), null, false, clock.instant()));
                added++;
            }
        }
        em.flush();
        return added;
    }

    /** The experience sheet of the destination chosen for the trip, if it was created from one. */
    private Long visitedSheet(Trip trip) {
        if (trip.getChosenDestinationId() == null) {
            return null;
        }
        Destination d = em.find(Destination.class, trip.getChosenDestinationId());
        return d == null ? null : d.getExperienceId();
    }

    /** What publishing did: notes sent for the first time, notes changed since and sent again, the rest untouched. */
    public record Published(int added, int updated) {}

    /**
     * Publishes the debrief to the trip's project: every point of vigilance and success factor as a
     * finding of the step "study trip", every note marked so as a suggested task. Publishing again
     * sends only what is new or changed since (the core keeps one finding per note). When the chosen
     * destination came from the experience library, its points of vigilance and success factors are
     * also written back to that sheet (each time: the library keeps one lesson per note).
     */
    @RequiresRole({Role.ORGANIZER})
    public Published publish(long tripId, Locale locale) {
        Trip trip = trip(tripId);
        if (trip.getProjectId() == null) {
            throw ValidationFailure.of(null, messages.get(locale, "studytrip.error.noProject"));
        }
        int candidates = 0;
        int added = 0;
        int updated = 0;
        Long sheet = visitedSheet(trip);
        for (Note n : notes(tripId)) {
            FindingKind kind = switch (n.getKind()) {
                case VIGILANCE -> FindingKind.VIGILANCE;
                case SUCCESS_FACTOR -> FindingKind.SUCCESS_FACTOR;
                default -> null;
            };
            String text = null;
            if (kind != null) {
                String full = n.getTags() == null ? n.getText() : n.getText() + " [" + n.getTags() + "]";
                text = full.length() > 2000 ? full.substring(0, 2000) : full;
            }
            if (kind == null && !n.isSuggestTask()) {
                continue;
            }
            candidates++;
            if (kind != null && sheet != null && lessons != null) {
                // every time, whatever was published before: the library keeps one lesson per note
                lessons.fire(new LessonShared(
                        sheet, kind, n.getText(), n.getTags(), StudyTripModule.ID, "note-" + n.getId()));
            }
            Note.Publication p = n.published(text, n.isSuggestTask());
            if (p == Note.Publication.UNCHANGED) {
                continue;
            }
            if (text != null) {
                findings.fire(new FindingPublished(
                        trip.getProjectId(),
                        kind,
                        text,
                        JourneyStep.STUDY_TRIP,
                        null,
                        StudyTripModule.ID,
                        "note-" + n.getId()));
            }
            if (n.isSuggestTask()) {
                String name = n.getText().length() > 180 ? n.getText().substring(0, 177) + "…" : n.getText();
                tasks.fire(new TaskSuggested(
                        trip.getProjectId(), name, SUGGESTED_TASK_DAYS, StudyTripModule.ID, "note-" + n.getId()));
            }
            if (p == Note.Publication.NEW) {
                added++;
            } else {
                updated++;
            }
        }
        if (candidates == 0) {
            throw ValidationFailure.of(null, messages.get(locale, "studytrip.error.nothingToPublish"));
        }
        trip.published(clock.instant());
        em.flush();
        return new Published(added, updated);
    }
}
