package fr.tierslieu.core.application.project;

import fr.tierslieu.core.application.actor.ActorPrivacy;
import fr.tierslieu.core.application.audit.AuditUser;
import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.application.security.RequiresRole;
import fr.tierslieu.core.domain.actor.Actor;
import fr.tierslieu.core.domain.actor.PrivacyPolicy;
import fr.tierslieu.core.domain.actor.SensitiveField;
import fr.tierslieu.core.domain.actor.Stance;
import fr.tierslieu.core.domain.project.Project;
import fr.tierslieu.core.domain.project.ProjectPartner;
import fr.tierslieu.core.domain.project.ProjectPosition;
import fr.tierslieu.core.domain.security.Role;
import fr.tierslieu.core.domain.shared.NotFoundException;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Stance, influence and interest per project: an actor's position on one project when it differs
 * from its general position in the registry, which the project reads otherwise. The same
 * confidentiality as the registry's: a person's position is hidden from those the policy keeps it
 * from. Everyone signed in reads; the team assesses.
 */
@ApplicationScoped
@Transactional
@RequiresRole
public class ProjectPositions {

    /** Specific positions of one project at most. */
    public static final int MAX = 500;

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    MessageBundles messages;

    @Inject
    ActorPrivacy privacy;

    PrivacyPolicy.Reader readerForTests;

    Clock clock = Clock.systemDefaultZone();

    public ProjectPositions() {}

    /** Outside the container (tests), reading as {@code reader}. */
    public ProjectPositions(EntityManager em, MessageBundles messages, PrivacyPolicy.Reader reader, Clock clock) {
        this.em = em;
        this.messages = messages;
        this.readerForTests = reader;
        this.clock = clock;
    }

    private PrivacyPolicy.Reader reader() {
        return readerForTests != null ? readerForTests : privacy.reader();
    }

    /**
     * An actor's position on the project: specific (assessed for this project) or its general one;
     * null figures when the reader may not see a person's position.
     */
    public record Row(
            Actor actor,
            Stance stance,
            Integer influence,
            Integer interest,
            boolean specific,
            boolean visible,
            LocalDate assessedOn) {}

    /** The project's partners and every actor with a position of its own on it, by name. */
    public List<Row> of(long projectId) {
        Map<Long, Actor> actors = new LinkedHashMap<>();
        for (ProjectPartner p : em.createQuery(
                        "select p from ProjectPartner p join fetch p.actor where p.project.id = :p",
                        ProjectPartner.class)
                .setParameter("p", projectId)
                .getResultList()) {
            actors.putIfAbsent(p.getActor().getId(), p.getActor());
        }
        Map<Long, ProjectPosition> specific = specific(projectId);
        specific.values().forEach(s -> actors.putIfAbsent(s.getActor().getId(), s.getActor()));
        PrivacyPolicy.Reader reader = reader();
        List<Row> out = new ArrayList<>();
        for (Actor a : actors.values()) {
            if (a.getErasedOn() != null) {
                continue;
            }
            boolean visible = reader.sees(SensitiveField.POSITION, a);
            ProjectPosition s = specific.get(a.getId());
            if (!visible) {
                out.add(new Row(a, null, null, null, s != null, false, null));
            } else if (s != null) {
                out.add(new Row(a, s.getStance(), s.getInfluence(), s.getInterest(), true, true, s.getAssessedOn()));
            } else {
                out.add(new Row(
                        a,
                        a.getPosition().getStance(),
                        a.getPosition().getInfluence(),
                        a.getPosition().getInterest(),
                        false,
                        true,
                        null));
            }
        }
        out.sort(Comparator.comparing(r -> r.actor().getName().toLowerCase(Locale.ROOT)));
        return out;
    }

    private Map<Long, ProjectPosition> specific(long projectId) {
        Map<Long, ProjectPosition> out = new LinkedHashMap<>();
        for (ProjectPosition s : em.createQuery(
                        "select s from ProjectPosition s join fetch s.actor where s.project.id = :p",
                        ProjectPosition.class)
                .setParameter("p", projectId)
                .getResultList()) {
            out.put(s.getActor().getId(), s);
        }
        return out;
    }

    /**
     * Assesses an actor's position on the project (replacing the one before).
     *
     * @throws ValidationFailure naming {@code stance}, {@code influence} or {@code interest}
     */
    @RequiresRole({Role.MANAGER, Role.BOARD, Role.ORGANIZER})
    public ProjectPosition assess(
            long projectId, long actorId, Stance stance, int influence, int interest, Locale locale) {
        Project project = em.find(Project.class, projectId);
        Actor actor = em.find(Actor.class, actorId);
        if (project == null || actor == null) {
            throw new NotFoundException(project == null ? "Project" : "Actor", project == null ? projectId : actorId);
        }
        if (!reader().sees(SensitiveField.POSITION, actor)) {
            throw ValidationFailure.of("stance", messages.get(locale, "core.position.error.hidden"));
        }
        List<ValidationFailure.Violation> problems = new ArrayList<>();
        if (stance == null) {
            problems.add(new ValidationFailure.Violation("stance", messages.get(locale, "core.error.required")));
        }
        if (influence < 1 || influence > 5) {
            problems.add(
                    new ValidationFailure.Violation("influence", messages.get(locale, "core.position.error.scale")));
        }
        if (interest < 1 || interest > 5) {
            problems.add(
                    new ValidationFailure.Violation("interest", messages.get(locale, "core.position.error.scale")));
        }
        Map<Long, ProjectPosition> specific = specific(projectId);
        if (!specific.containsKey(actorId) && specific.size() >= MAX) {
            problems.add(new ValidationFailure.Violation("stance", messages.format(locale, "core.error.tooMany", MAX)));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        ProjectPosition p = specific.get(actorId);
        if (p == null) {
            p = new ProjectPosition(project, actor);
            em.persist(p);
        }
        p.assess(stance, influence, interest, LocalDate.now(clock), AuditUser.current());
        em.flush();
        return p;
    }

    /** Forgets the actor's position on the project: the project reads its general position again. */
    @RequiresRole({Role.MANAGER, Role.BOARD, Role.ORGANIZER})
    public void clear(long projectId, long actorId) {
        ProjectPosition p = specific(projectId).get(actorId);
        if (p != null) {
            em.remove(p);
        }
    }
}
