package fr.tierslieu.core.application.journey;

import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.application.project.ProjectService;
import fr.tierslieu.core.application.security.RequiresRole;
import fr.tierslieu.core.domain.actor.Actor;
import fr.tierslieu.core.domain.project.ActivityStatus;
import fr.tierslieu.core.domain.project.JourneyActivity;
import fr.tierslieu.core.domain.project.JourneyOutcome;
import fr.tierslieu.core.domain.project.JourneyStep;
import fr.tierslieu.core.domain.project.Project;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A project's accompaniment journey: start it from the template, adapt it (add, remove, reorder
 * activities), follow each activity, tick the expected outcomes, and see the progress per step.
 */
@ApplicationScoped
@Transactional
@RequiresRole
public class JourneyService {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    MessageBundles messages;

    @Inject
    ProjectService projects;

    @Inject
    fr.tierslieu.core.application.i18n.Validation validation;

    public JourneyService() {}

    public JourneyService(EntityManager em, MessageBundles messages, ProjectService projects) {
        this.em = em;
        this.messages = messages;
        this.validation = fr.tierslieu.core.application.i18n.Validation.standalone(messages);
        this.projects = projects;
    }

    public List<JourneyActivity> activities(long projectId) {
        List<JourneyActivity> list = new ArrayList<>(em.createQuery(
                        "select a from JourneyActivity a left join fetch a.owner " + "where a.project.id = :p",
                        JourneyActivity.class)
                .setParameter("p", projectId)
                .getResultList());
        // the method's order (steps are stored by name, whose alphabetical order is not the method's)
        list.sort(java.util.Comparator.comparing(
                        (JourneyActivity a) -> a.getStep().ordinal())
                .thenComparingInt(JourneyActivity::getPosition)
                .thenComparing(JourneyActivity::getId));
        return list;
    }

    public List<JourneyOutcome> outcomes(long projectId) {
        List<JourneyOutcome> list = new ArrayList<>(
                em.createQuery("select o from JourneyOutcome o where o.project.id = :p", JourneyOutcome.class)
                        .setParameter("p", projectId)
                        .getResultList());
        list.sort(
                java.util.Comparator.comparing((JourneyOutcome o) -> o.getStep().ordinal())
                        .thenComparingInt(JourneyOutcome::getPosition));
        return list;
    }

    public boolean started(long projectId) {
        return em.createQuery("select count(a) from JourneyActivity a where a.project.id = :p", Long.class)
                        .setParameter("p", projectId)
                        .getSingleResult()
                > 0;
    }

    public JourneyActivity activity(long id) {
        JourneyActivity a = em.find(JourneyActivity.class, id);
        if (a == null) {
            throw new NotFoundException("JourneyActivity", id);
        }
        return a;
    }

    /** Copies the template's steps, activities and expected outcomes into the project. */
    @RequiresRole({Role.MANAGER, Role.BOARD, Role.ORGANIZER, Role.CONSULTANT})
    public void start(long projectId, Locale locale) {
        Project project = projects.get(projectId);
        if (started(projectId)) {
            throw ValidationFailure.of(null, messages.get(locale, "core.journey.error.started"));
        }
        for (JourneyStep step : JourneyStep.values()) {
            for (int n = 1; n <= JourneyTemplate.activities(step); n++) {
                em.persist(new JourneyActivity(
                        project, step, n, messages.get(locale, JourneyTemplate.activityKey(step, n))));
            }
            for (int n = 1; n <= JourneyTemplate.outcomes(step); n++) {
                em.persist(new JourneyOutcome(
                        project, step, n, messages.get(locale, JourneyTemplate.outcomeKey(step, n))));
            }
        }
        em.flush();
    }

    @RequiresRole({Role.MANAGER, Role.BOARD, Role.ORGANIZER, Role.CONSULTANT})
    public JourneyActivity addActivity(long projectId, JourneyStep step, String title, Locale locale) {
        Project project = projects.get(projectId);
        String clean = title == null ? "" : title.strip();
        if (step == null) {
            throw ValidationFailure.of("newStep", messages.get(locale, "core.error.required"));
        }
        if (clean.isEmpty()) {
            throw ValidationFailure.of("newTitle", messages.get(locale, "core.error.required"));
        }
        if (clean.length() > JourneyActivity.TITLE_MAX) {
            throw ValidationFailure.of(
                    "newTitle", messages.format(locale, "core.error.tooLong", JourneyActivity.TITLE_MAX));
        }
        Integer max = em.createQuery(
                        "select max(a.position) from JourneyActivity a where a.project.id = :p and a.step = :s",
                        Integer.class)
                .setParameter("p", projectId)
                .setParameter("s", step)
                .getSingleResult();
        JourneyActivity a = new JourneyActivity(project, step, max == null ? 1 : max + 1, clean);
        em.persist(a);
        em.flush();
        return a;
    }

    @RequiresRole({Role.MANAGER, Role.BOARD, Role.ORGANIZER, Role.CONSULTANT})
    public void removeActivity(long id) {
        JourneyActivity a = em.find(JourneyActivity.class, id);
        if (a != null) {
            em.remove(a);
        }
    }

    /** Moves an activity one place up (delta −1) or down (+1) within its step. */
    @RequiresRole({Role.MANAGER, Role.BOARD, Role.ORGANIZER, Role.CONSULTANT})
    public void move(long id, int delta) {
        JourneyActivity a = activity(id);
        List<JourneyActivity> siblings = em.createQuery(
                        "select a from JourneyActivity a where a.project = :p and a.step = :s "
                                + "order by a.position, a.id",
                        JourneyActivity.class)
                .setParameter("p", a.getProject())
                .setParameter("s", a.getStep())
                .getResultList();
        int index = siblings.indexOf(a);
        int target = index + Integer.signum(delta);
        if (index < 0 || target < 0 || target >= siblings.size()) {
            return;
        }
        List<JourneyActivity> reordered = new ArrayList<>(siblings);
        reordered.remove(index);
        reordered.add(target, a);
        for (int i = 0; i < reordered.size(); i++) {
            reordered.get(i).setPosition(i + 1);
        }
    }

    /** The tick box: done, or back to "to do". */
    @RequiresRole({Role.MANAGER, Role.BOARD, Role.ORGANIZER, Role.CONSULTANT})
    public void setDone(long id, boolean done) {
        activity(id).setStatus(done ? ActivityStatus.DONE : ActivityStatus.TODO);
    }

    @RequiresRole({Role.MANAGER, Role.BOARD, Role.ORGANIZER, Role.CONSULTANT})
    public JourneyActivity save(ActivityDraft d, Locale locale) {
        JourneyActivity a = activity(d.getId());
        if (d.getVersion() == null || d.getVersion() != a.getVersion()) {
            throw new ConcurrentEditException("JourneyActivity", d.getId());
        }
        // the form's limits are Bean Validation constraints on the draft; its page prefixes them « activity »
        List<ValidationFailure.Violation> problems = validation.violationsOf(
                d,
                locale,
                Map.of(
                        "title", "activityTitle",
                        "status", "activityStatus",
                        "notes", "activityNotes",
                        "evidence", "activityEvidence"));
        String title = d.getTitle() == null ? "" : d.getTitle().strip();
        if (d.getEvidence() != null) {
            String[] lines = d.getEvidence().split("\\R");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (!line.isEmpty() && !line.matches("https?://\\S+")) {
                    problems.add(new ValidationFailure.Violation(
                            "activityEvidence", messages.format(locale, "core.journey.error.evidence", i + 1)));
                }
            }
        }
        Actor owner = d.getOwnerId() == null ? null : em.find(Actor.class, d.getOwnerId());
        if (d.getOwnerId() != null && owner == null) {
            problems.add(new ValidationFailure.Violation(
                    "activityOwner", messages.get(locale, "core.project.error.unknownActor")));
        }
        Set<Actor> participants = new LinkedHashSet<>();
        for (Long pid : d.getParticipantIds()) {
            Actor p = pid == null ? null : em.find(Actor.class, pid);
            if (p == null) {
                problems.add(new ValidationFailure.Violation(
                        "activityParticipants", messages.get(locale, "core.project.error.unknownActor")));
            } else {
                participants.add(p);
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        a.describe(
                title,
                d.getStatus(),
                owner,
                d.getDueDate(),
                blank(d.getNotes()),
                d.isOutcomeReached(),
                blank(d.getEvidence()),
                participants);
        em.flush();
        return a;
    }

    @RequiresRole({Role.MANAGER, Role.BOARD, Role.ORGANIZER, Role.CONSULTANT})
    public void setOutcomeReached(long outcomeId, boolean reached) {
        JourneyOutcome o = em.find(JourneyOutcome.class, outcomeId);
        if (o == null) {
            throw new NotFoundException("JourneyOutcome", outcomeId);
        }
        o.setReached(reached);
    }

    /** One line per step in the method's order, then the whole journey (step null). */
    public List<StepProgress> progress(long projectId) {
        StepProgress.Tally tally = new StepProgress.Tally();
        activities(projectId).forEach(a -> tally.activities(a.getStep(), a.getStatus(), 1));
        outcomes(projectId).forEach(o -> tally.outcomes(o.getStep(), o.isReached(), 1));
        return tally.lines();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
