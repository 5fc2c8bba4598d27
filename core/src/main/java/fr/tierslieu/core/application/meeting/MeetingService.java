package fr.tierslieu.core.application.meeting;

import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.application.project.ProjectService;
import fr.tierslieu.core.application.security.RequiresRole;
import fr.tierslieu.core.domain.actor.Actor;
import fr.tierslieu.core.domain.project.Meeting;
import fr.tierslieu.core.domain.project.MeetingAttendee;
import fr.tierslieu.core.domain.project.Project;
import fr.tierslieu.core.domain.roadmap.RoadmapTask;
import fr.tierslieu.core.domain.security.Role;
import fr.tierslieu.core.domain.shared.ConcurrentEditException;
import fr.tierslieu.core.domain.shared.NotFoundException;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Meetings and workshops of a project: details, invited and present actors (which feed each actor's
 * attendance record), and follow-up actions, which are roadmap tasks of the project.
 */
@ApplicationScoped
@Transactional
@RequiresRole
public class MeetingService {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    MessageBundles messages;

    @Inject
    ProjectService projects;

    @Inject
    fr.tierslieu.core.application.i18n.Validation validation;

    public MeetingService() {}

    public MeetingService(EntityManager em, MessageBundles messages, ProjectService projects) {
        this.em = em;
        this.messages = messages;
        this.validation = fr.tierslieu.core.application.i18n.Validation.standalone(messages);
        this.projects = projects;
    }

    public List<Meeting> meetings(long projectId) {
        return em.createQuery("select m from Meeting m where m.project.id = :p order by m.startsAt desc", Meeting.class)
                .setParameter("p", projectId)
                .getResultList();
    }

    public Meeting get(long id) {
        Meeting m = em.find(Meeting.class, id);
        if (m == null) {
            throw new NotFoundException("Meeting", id);
        }
        m.getProject().getName();
        return m;
    }

    /** Creates (draft without id) or updates a meeting of the project. */
    @RequiresRole({Role.MANAGER, Role.BOARD, Role.ORGANIZER, Role.CONSULTANT})
    public Meeting save(long projectId, MeetingDraft d, Locale locale) {
        Project project = projects.get(projectId);
        // the form's limits are Bean Validation constraints on the draft; the page names the title « meetingTitle »
        List<ValidationFailure.Violation> problems =
                validation.violationsOf(d, locale, Map.of("title", "meetingTitle"));
        String title = d.getTitle() == null ? "" : d.getTitle().strip();
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        Meeting meeting;
        if (d.getId() == null) {
            meeting = new Meeting(project, title, d.getKind(), d.getStartsAt());
            em.persist(meeting);
        } else {
            meeting = get(d.getId());
            if (!meeting.getProject().getId().equals(projectId)) {
                throw new NotFoundException("Meeting", d.getId());
            }
            if (d.getVersion() == null || d.getVersion() != meeting.getVersion()) {
                throw new ConcurrentEditException("Meeting", d.getId());
            }
        }
        meeting.describe(
                title,
                d.getKind(),
                d.getStep(),
                d.getStartsAt(),
                blank(d.getPlace()),
                blank(d.getAgenda()),
                blank(d.getMinutes()),
                blank(d.getDecisions()));
        em.flush();
        return meeting;
    }

    @RequiresRole({Role.MANAGER, Role.BOARD, Role.ORGANIZER, Role.CONSULTANT})
    public void delete(long id) {
        Meeting m = em.find(Meeting.class, id);
        if (m != null) {
            // through the entity manager, so that the audit log keeps each change
            em.createQuery("select t from RoadmapTask t where t.meeting = :m", RoadmapTask.class)
                    .setParameter("m", m)
                    .getResultList()
                    .forEach(t -> t.followUpOf(null));
            em.createQuery("select a from MeetingAttendee a where a.meeting = :m", MeetingAttendee.class)
                    .setParameter("m", m)
                    .getResultList()
                    .forEach(em::remove);
            em.flush();
            em.remove(m);
        }
    }

    public List<MeetingAttendee> attendees(long meetingId) {
        return em.createQuery(
                        "select a from MeetingAttendee a join fetch a.actor where a.meeting.id = :m order by a.actor.searchKey",
                        MeetingAttendee.class)
                .setParameter("m", meetingId)
                .getResultList();
    }

    /**
     * Makes the invitation list exactly {@code actorIds}: newcomers are added (absent until ticked),
     * actors no longer listed are removed with their attendance.
     */
    @RequiresRole({Role.MANAGER, Role.BOARD, Role.ORGANIZER, Role.CONSULTANT})
    public void invite(long meetingId, List<Long> actorIds, Locale locale) {
        Meeting meeting = get(meetingId);
        Map<Long, MeetingAttendee> current = new HashMap<>();
        for (MeetingAttendee a : attendees(meetingId)) {
            current.put(a.getActor().getId(), a);
        }
        Set<Long> wanted = new HashSet<>();
        for (Long id : actorIds) {
            if (id == null) {
                continue;
            }
            Actor actor = em.find(Actor.class, id);
            if (actor == null) {
                throw ValidationFailure.of("invited", messages.get(locale, "core.project.error.unknownActor"));
            }
            wanted.add(id);
            if (!current.containsKey(id)) {
                em.persist(new MeetingAttendee(meeting, actor, false));
            }
        }
        for (Map.Entry<Long, MeetingAttendee> e : current.entrySet()) {
            if (!wanted.contains(e.getKey())) {
                em.remove(e.getValue());
            }
        }
        em.flush();
    }

    @RequiresRole({Role.MANAGER, Role.BOARD, Role.ORGANIZER, Role.CONSULTANT})
    public void setPresent(long attendeeId, boolean present) {
        MeetingAttendee a = em.find(MeetingAttendee.class, attendeeId);
        if (a == null) {
            throw new NotFoundException("MeetingAttendee", attendeeId);
        }
        a.setPresent(present);
    }

    public List<RoadmapTask> followUps(long meetingId) {
        return em.createQuery(
                        "select t from RoadmapTask t left join fetch t.owner where t.meeting.id = :m order by t.id",
                        RoadmapTask.class)
                .setParameter("m", meetingId)
                .getResultList();
    }

    /** A follow-up action: a roadmap task of the meeting's project, linked back to the meeting. */
    @RequiresRole({Role.MANAGER, Role.BOARD, Role.ORGANIZER, Role.CONSULTANT})
    public RoadmapTask addFollowUp(long meetingId, String name, Integer durationDays, Long ownerId, Locale locale) {
        Meeting meeting = get(meetingId);
        List<ValidationFailure.Violation> problems = new ArrayList<>();
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            problems.add(new ValidationFailure.Violation("actionName", messages.get(locale, "core.error.required")));
        } else if (clean.length() > RoadmapTask.NAME_MAX) {
            problems.add(new ValidationFailure.Violation(
                    "actionName", messages.format(locale, "core.error.tooLong", RoadmapTask.NAME_MAX)));
        }
        if (durationDays == null || durationDays < 1 || durationDays > RoadmapTask.MAX_DURATION) {
            problems.add(new ValidationFailure.Violation(
                    "actionDuration",
                    messages.format(locale, "core.roadmap.error.duration", RoadmapTask.MAX_DURATION)));
        }
        Actor owner = ownerId == null ? null : em.find(Actor.class, ownerId);
        if (ownerId != null && owner == null) {
            problems.add(new ValidationFailure.Violation(
                    "actionOwner", messages.get(locale, "core.project.error.unknownActor")));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        RoadmapTask task = new RoadmapTask(meeting.getProject(), clean, false, durationDays);
        task.describe(clean, false, durationDays, null, meeting.getStartsAt().toLocalDate(), owner, false, null);
        task.followUpOf(meeting);
        em.persist(task);
        em.flush();
        return task;
    }

    /** How often the actor was invited and came, across all projects. */
    public Attendance attendanceOf(long actorId) {
        List<MeetingAttendee> rows = em.createQuery(
                        "select a from MeetingAttendee a join fetch a.meeting m join fetch m.project "
                                + "where a.actor.id = :id order by m.startsAt desc",
                        MeetingAttendee.class)
                .setParameter("id", actorId)
                .getResultList();
        List<Attendance.Line> lines = new ArrayList<>();
        int present = 0;
        for (MeetingAttendee a : rows) {
            Meeting m = a.getMeeting();
            lines.add(new Attendance.Line(
                    m.getId(), m.getProject().getName(), m.getTitle(), m.getStartsAt(), a.isPresent()));
            present += a.isPresent() ? 1 : 0;
        }
        return new Attendance(rows.size(), present, lines);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
