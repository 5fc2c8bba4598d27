package fr.tierslieu.core.application.roadmap;

import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.application.i18n.Typography;
import fr.tierslieu.core.application.project.ProjectService;
import fr.tierslieu.core.application.security.RequiresRole;
import fr.tierslieu.core.domain.actor.Actor;
import fr.tierslieu.core.domain.project.Project;
import fr.tierslieu.core.domain.roadmap.PlanLink;
import fr.tierslieu.core.domain.roadmap.PlanTask;
import fr.tierslieu.core.domain.roadmap.RoadmapLink;
import fr.tierslieu.core.domain.roadmap.RoadmapTask;
import fr.tierslieu.core.domain.roadmap.Schedule;
import fr.tierslieu.core.domain.roadmap.ScheduleIssue;
import fr.tierslieu.core.domain.roadmap.Scheduler;
import fr.tierslieu.core.domain.security.Role;
import fr.tierslieu.core.domain.shared.ConcurrentEditException;
import fr.tierslieu.core.domain.shared.NotFoundException;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.core.module.RoadmapContributor;
import fr.tierslieu.core.module.TaskSuggested;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A project's roadmap: tasks and milestones, finish-to-start links, and their schedule (forward
 * from today, backward from fixed dates) with the milestones modules contribute. A link that
 * would close a cycle is refused with the cycle named; nothing is saved half-way.
 */
@ApplicationScoped
@Transactional
@RequiresRole
public class RoadmapService {

    private static final Logger LOG = Logger.getLogger(RoadmapService.class.getName());

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    MessageBundles messages;

    @Inject
    ProjectService projects;

    @Inject
    @Any
    Instance<RoadmapContributor> contributors;

    Clock clock = Clock.systemDefaultZone();

    public RoadmapService() {}

    /** Outside the container (tests): no contributor unless {@link #contributors()} is overridden. */
    public RoadmapService(EntityManager em, MessageBundles messages, ProjectService projects) {
        this.em = em;
        this.messages = messages;
        this.projects = projects;
    }

    public List<RoadmapTask> tasks(long projectId) {
        return em.createQuery(
                        "select t from RoadmapTask t left join fetch t.owner where t.project.id = :p order by t.id",
                        RoadmapTask.class)
                .setParameter("p", projectId)
                .getResultList();
    }

    public List<RoadmapLink> links(long projectId) {
        return em.createQuery(
                        "select l from RoadmapLink l join fetch l.predecessor join fetch l.successor "
                                + "where l.successor.project.id = :p order by l.id",
                        RoadmapLink.class)
                .setParameter("p", projectId)
                .getResultList();
    }

    public RoadmapTask task(long id) {
        RoadmapTask t = em.find(RoadmapTask.class, id);
        if (t == null) {
            throw new NotFoundException("RoadmapTask", id);
        }
        return t;
    }

    /** Creates (draft without id) or updates a task of the project. */
    @RequiresRole({Role.MANAGER, Role.BOARD, Role.ORGANIZER, Role.CONSULTANT})
    public RoadmapTask saveTask(long projectId, TaskDraft d, Locale locale) {
        Project project = projects.get(projectId);
        List<ValidationFailure.Violation> problems = new ArrayList<>();
        String name = d.getName() == null ? "" : d.getName().strip();
        if (name.isEmpty()) {
            problems.add(violation("taskName", locale, "core.error.required"));
        } else if (name.length() > RoadmapTask.NAME_MAX) {
            problems.add(new ValidationFailure.Violation(
                    "taskName", messages.format(locale, "core.error.tooLong", RoadmapTask.NAME_MAX)));
        }
        int duration = 0;
        if (!d.isMilestone()) {
            if (d.getDurationDays() == null
                    || d.getDurationDays() < 1
                    || d.getDurationDays() > RoadmapTask.MAX_DURATION) {
                problems.add(new ValidationFailure.Violation(
                        "duration", messages.format(locale, "core.roadmap.error.duration", RoadmapTask.MAX_DURATION)));
            } else {
                duration = d.getDurationDays();
            }
            if (d.getFixedDate() != null
                    && d.getNotBefore() != null
                    && d.getFixedDate().isBefore(d.getNotBefore())) {
                problems.add(new ValidationFailure.Violation(
                        "fixedDate", messages.format(locale, "core.roadmap.error.endBeforeStart", name)));
            }
        }
        if (d.getNotes() != null && d.getNotes().length() > RoadmapTask.NOTES_MAX) {
            problems.add(new ValidationFailure.Violation(
                    "taskNotes", messages.format(locale, "core.error.tooLong", RoadmapTask.NOTES_MAX)));
        }
        Actor owner = null;
        if (d.getOwnerId() != null) {
            owner = em.find(Actor.class, d.getOwnerId());
            if (owner == null) {
                problems.add(violation("owner", locale, "core.project.error.unknownActor"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        RoadmapTask task;
        if (d.getId() == null) {
            task = new RoadmapTask(project, name, d.isMilestone(), duration);
            em.persist(task);
        } else {
            task = task(d.getId());
            if (task.getProject().getId() != projectId) {
                throw new NotFoundException("RoadmapTask", d.getId());
            }
            if (d.getVersion() == null || d.getVersion() != task.getVersion()) {
                throw new ConcurrentEditException("RoadmapTask", d.getId());
            }
        }
        task.describe(
                name,
                d.isMilestone(),
                duration,
                d.getFixedDate(),
                d.isMilestone() ? null : d.getNotBefore(),
                owner,
                d.isDone(),
                d.getNotes() == null || d.getNotes().isBlank()
                        ? null
                        : d.getNotes().strip());
        em.flush();
        return task;
    }

    @RequiresRole({Role.MANAGER, Role.BOARD, Role.ORGANIZER, Role.CONSULTANT})
    public void deleteTask(long id) {
        RoadmapTask t = em.find(RoadmapTask.class, id);
        if (t != null) {
            em.createQuery(
                            "select l from RoadmapLink l where l.predecessor = :t or l.successor = :t",
                            RoadmapLink.class)
                    .setParameter("t", t)
                    .getResultList()
                    .forEach(em::remove);
            em.flush();
            em.remove(t);
        }
    }

    /** Marks a task done or not (the journey's tick box). */
    @RequiresRole({Role.MANAGER, Role.BOARD, Role.ORGANIZER, Role.CONSULTANT})
    public void setDone(long id, boolean done) {
        task(id).setDone(done);
    }

    /**
     * Links two tasks of the same project. Refused (nothing saved) when it links a task to itself,
     * repeats a link, goes across projects, has an unreasonable lag, or would close a cycle — the
     * message then names the tasks of the cycle in order.
     */
    @RequiresRole({Role.MANAGER, Role.BOARD, Role.ORGANIZER, Role.CONSULTANT})
    public RoadmapLink addLink(long predecessorId, long successorId, int lag, Locale locale) {
        RoadmapTask predecessor = task(predecessorId);
        RoadmapTask successor = task(successorId);
        long projectId = predecessor.getProject().getId();
        if (successor.getProject().getId() != projectId) {
            throw ValidationFailure.of("successor", messages.get(locale, "core.roadmap.error.otherProject"));
        }
        if (predecessorId == successorId) {
            throw ValidationFailure.of(
                    "successor", messages.format(locale, "core.roadmap.error.self", predecessor.getName()));
        }
        if (Math.abs(lag) > RoadmapLink.MAX_LAG) {
            throw ValidationFailure.of("lag", messages.format(locale, "core.roadmap.error.lag", RoadmapLink.MAX_LAG));
        }
        List<PlanLink> planLinks = new ArrayList<>();
        for (RoadmapLink l : links(projectId)) {
            if (l.getPredecessor().getId() == predecessorId && l.getSuccessor().getId() == successorId) {
                throw ValidationFailure.of(
                        "successor",
                        messages.format(
                                locale, "core.roadmap.error.duplicate", predecessor.getName(), successor.getName()));
            }
            planLinks.add(l.toPlan());
        }
        planLinks.add(new PlanLink(predecessorId, successorId, lag));
        Schedule trial = Scheduler.schedule(
                tasks(projectId).stream().map(RoadmapTask::toPlan).toList(), planLinks, LocalDate.now(clock));
        if (trial.hasCycle()) {
            throw ValidationFailure.of("successor", cycleMessage(trial.issues().get(0), locale));
        }
        RoadmapLink link = new RoadmapLink(predecessor, successor, lag);
        em.persist(link);
        em.flush();
        return link;
    }

    @RequiresRole({Role.MANAGER, Role.BOARD, Role.ORGANIZER, Role.CONSULTANT})
    public void removeLink(long id) {
        RoadmapLink l = em.find(RoadmapLink.class, id);
        if (l != null) {
            em.remove(l);
        }
    }

    /**
     * The Gantt's drag: a milestone moves to the new day; a task gets the new day as "not before"
     * (it can still be pushed later by its predecessors).
     */
    @RequiresRole({Role.MANAGER, Role.BOARD, Role.ORGANIZER, Role.CONSULTANT})
    public RoadmapTask move(long taskId, long expectedVersion, LocalDate to) {
        RoadmapTask task = task(taskId);
        if (task.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("RoadmapTask", taskId);
        }
        if (task.isMilestone()) {
            task.setFixedDate(to);
        } else {
            task.describe(
                    task.getName(),
                    false,
                    task.getDurationDays(),
                    task.getFixedDate(),
                    to,
                    task.getOwner(),
                    task.isDone(),
                    task.getNotes());
        }
        em.flush();
        return task;
    }

    /** The project's schedule with the modules' milestones, as of today. */
    public RoadmapView view(long projectId, Locale locale) {
        return view(projectId, locale, LocalDate.now(clock));
    }

    public RoadmapView view(long projectId, Locale locale, LocalDate today) {
        projects.get(projectId);
        List<RoadmapTask> tasks = tasks(projectId);
        List<RoadmapLink> links = links(projectId);
        List<PlanTask> plan = new ArrayList<>(tasks.size());
        for (RoadmapTask t : tasks) {
            plan.add(t.toPlan());
        }
        Map<Long, RoadmapContributor.Milestone> contributed = new LinkedHashMap<>();
        long next = -1;
        for (RoadmapContributor contributor : contributors()) {
            try {
                for (RoadmapContributor.Milestone m : contributor.milestones(projectId, locale)) {
                    if (m.date() != null) {
                        contributed.put(next, m);
                        // a module's milestone already past has happened: it constrains nothing and warns of nothing
                        PlanTask milestone = PlanTask.milestone(next, m.name(), m.date());
                        plan.add(m.date().isBefore(today) ? milestone.finished() : milestone);
                        next--;
                    }
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A roadmap contributor failed; its milestones are not shown", e);
            }
        }
        Schedule schedule =
                Scheduler.schedule(plan, links.stream().map(RoadmapLink::toPlan).toList(), today);
        List<String> warnings =
                schedule.issues().stream().map(i -> describe(i, locale)).toList();
        return new RoadmapView(tasks, links, contributed, schedule, warnings);
    }

    protected Iterable<RoadmapContributor> contributors() {
        return contributors == null ? List.of() : contributors;
    }

    /** A schedule issue in words, naming the tasks. */
    public String describe(ScheduleIssue issue, Locale locale) {
        DateTimeFormatter f =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
        return switch (issue.kind()) {
            case CYCLE -> cycleMessage(issue, locale);
            case DEADLINE_IMPOSSIBLE ->
                messages.format(
                        locale,
                        "core.roadmap.issue.impossible",
                        issue.names().get(0),
                        issue.date() == null ? "" : issue.date().format(f),
                        issue.days(),
                        chain(issue.names(), locale));
            case LATE_START ->
                messages.format(
                        locale,
                        "core.roadmap.issue.late",
                        issue.names().get(0),
                        issue.date().format(f),
                        issue.days());
        };
    }

    private String cycleMessage(ScheduleIssue issue, Locale locale) {
        List<String> names = new ArrayList<>(issue.names());
        names.add(names.get(0));
        return messages.format(
                locale,
                "core.roadmap.issue.cycle",
                String.join(
                        " → ",
                        names.stream().map(n -> Typography.quoted(locale, n)).toList()));
    }

    private static String chain(List<String> names, Locale locale) {
        List<String> reversed = new ArrayList<>(names);
        java.util.Collections.reverse(reversed);
        return String.join(
                " → ", reversed.stream().map(n -> Typography.quoted(locale, n)).toList());
    }

    /** Adds a module's suggested task once per (source, reference). */
    void onTaskSuggested(@Observes TaskSuggested event) {
        Project project = projects.get(event.projectId());
        if (event.name() == null
                || event.name().isBlank()
                || event.name().length() > RoadmapTask.NAME_MAX
                || event.durationDays() < 1
                || event.durationDays() > RoadmapTask.MAX_DURATION
                || event.source() == null
                || event.sourceRef() == null) {
            throw new IllegalArgumentException("invalid suggested task: " + event);
        }
        boolean exists = !em.createQuery(
                        "select t.id from RoadmapTask t where t.project = :p and t.source = :s and t.sourceRef = :r",
                        Long.class)
                .setParameter("p", project)
                .setParameter("s", event.source())
                .setParameter("r", event.sourceRef())
                .getResultList()
                .isEmpty();
        if (!exists) {
            RoadmapTask task = new RoadmapTask(project, event.name().strip(), false, event.durationDays());
            task.suggestedBy(event.source(), event.sourceRef());
            em.persist(task);
        }
    }

    private ValidationFailure.Violation violation(String field, Locale locale, String key) {
        return new ValidationFailure.Violation(field, messages.get(locale, key));
    }
}
