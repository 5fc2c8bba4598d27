package fr.tierslieu.governance.application;

import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.application.security.RequiresRole;
import fr.tierslieu.core.domain.security.Role;
import fr.tierslieu.core.domain.shared.ConcurrentEditException;
import fr.tierslieu.core.domain.shared.NotFoundException;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.core.module.ActorDeleted;
import fr.tierslieu.governance.domain.AttendanceLine;
import fr.tierslieu.governance.domain.Ballot;
import fr.tierslieu.governance.domain.Body;
import fr.tierslieu.governance.domain.Mandate;
import fr.tierslieu.governance.domain.MandatePosition;
import fr.tierslieu.governance.domain.Signature;
import fr.tierslieu.governance.domain.VotingCollege;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;

/**
 * Bodies and mandates: what the statutes say about each body, who sits in it, until when.
 * Everyone reads; board members (and admins) edit.
 */
@ApplicationScoped
@Transactional
@RequiresRole
public class BodyService {

    /** Positions held by one member at a time in a body. */
    static final Set<MandatePosition> SINGLE =
            Set.of(MandatePosition.PRESIDENT, MandatePosition.TREASURER, MandatePosition.SECRETARY);

    @PersistenceContext(unitName = "governance")
    EntityManager em;

    @Inject
    MessageBundles messages;

    @Inject
    fr.tierslieu.core.application.i18n.Validation validation;

    /** Whether an actor id exists in the core registry (the core's ActorService in the container). */
    LongPredicate actorExists;

    Clock clock = Clock.systemDefaultZone();

    public BodyService() {}

    public BodyService(EntityManager em, MessageBundles messages, LongPredicate actorExists) {
        this.em = em;
        this.messages = messages;
        this.validation = fr.tierslieu.core.application.i18n.Validation.standalone(messages);
        this.actorExists = actorExists;
    }

    @Inject
    void actors(fr.tierslieu.core.application.actor.ActorService actors) {
        this.actorExists = id -> {
            try {
                actors.summary(id);
                return true;
            } catch (NotFoundException e) {
                return false;
            }
        };
    }

    /** Whether the id is an actor of the core registry. */
    public boolean isActor(long id) {
        return actorExists.test(id);
    }

    public List<Body> bodies() {
        return em.createQuery("select b from Body b left join fetch b.parent order by b.kind, b.name", Body.class)
                .getResultList();
    }

    public Body body(long id) {
        Body b = em.find(Body.class, id);
        if (b == null) {
            throw new NotFoundException("Body", id);
        }
        return b;
    }

    @RequiresRole({Role.BOARD})
    public Body saveBody(BodyDraft d, Locale locale) {
        // the form's limits are Bean Validation constraints on the draft; the page names its field « bodyName »
        List<ValidationFailure.Violation> problems =
                new ArrayList<>(validation.violationsOf(d, locale, Map.of("name", "bodyName")));
        String name = d.getName() == null ? "" : d.getName().strip();
        Body parent = null;
        if (d.getParentId() != null) {
            parent = em.find(Body.class, d.getParentId());
            for (Body p = parent; p != null; p = p.getParent()) {
                if (d.getId() != null && p.getId().equals(d.getId())) {
                    problems.add(v("parentId", locale, "governance.body.error.parentCycle"));
                    break;
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        Body body;
        if (d.getId() == null) {
            body = new Body(name, d.getKind());
            em.persist(body);
        } else {
            body = body(d.getId());
            if (d.getVersion() == null || d.getVersion() != body.getVersion()) {
                throw new ConcurrentEditException("Body", d.getId());
            }
        }
        body.describe(
                name,
                d.getKind(),
                parent,
                d.getQuorumFirst(),
                d.getQuorumSecond(),
                d.getMajority(),
                d.getMaxProxies(),
                d.getNoticeDays(),
                d.isWeighted(),
                d.getMandateYears(),
                d.getRenewalRule() == null || d.getRenewalRule().isBlank()
                        ? null
                        : d.getRenewalRule().strip());
        body.requireDues(d.isDuesRequired());
        body.allowCorrespondence(d.isCorrespondenceAllowed());
        body.countMajorityOver(d.getMajorityBase());
        body.countMajorityOver(fr.tierslieu.governance.domain.DecisionKind.STATUTES, d.getStatutesBase());
        body.countMajorityOver(fr.tierslieu.governance.domain.DecisionKind.DISSOLUTION, d.getDissolutionBase());
        body.countMajorityOver(fr.tierslieu.governance.domain.DecisionKind.EXCLUSION, d.getExclusionBase());
        em.flush();
        return body;
    }

    public List<Mandate> mandates(long bodyId) {
        return em.createQuery(
                        "select m from Mandate m left join fetch m.college where m.body.id = :b order by m.position, m.startDate",
                        Mandate.class)
                .setParameter("b", bodyId)
                .getResultList();
    }

    /** Mandates running on the day, for the attendance sheet and the quorum. */
    public List<Mandate> activeMandates(long bodyId, LocalDate day) {
        return mandates(bodyId).stream().filter(m -> m.activeOn(day)).toList();
    }

    @RequiresRole({Role.BOARD})
    public Mandate addMandate(
            long bodyId,
            Long actorId,
            String representative,
            MandatePosition position,
            Long collegeId,
            LocalDate start,
            LocalDate end,
            Locale locale) {
        Body body = body(bodyId);
        List<ValidationFailure.Violation> problems = new ArrayList<>();
        if (actorId == null || !actorExists.test(actorId)) {
            problems.add(v("mandateActor", locale, "governance.mandate.error.actor"));
        }
        if (position == null) {
            problems.add(v("mandatePosition", locale, "core.error.required"));
        }
        if (start == null) {
            problems.add(v("mandateStart", locale, "core.error.required"));
        } else if (end != null && end.isBefore(start)) {
            problems.add(v("mandateEnd", locale, "governance.mandate.error.endBeforeStart"));
        }
        if (representative != null && representative.length() > Mandate.REPRESENTATIVE_MAX) {
            problems.add(new ValidationFailure.Violation(
                    "representative", messages.format(locale, "core.error.tooLong", Mandate.REPRESENTATIVE_MAX)));
        }
        VotingCollege college = collegeId == null ? null : em.find(VotingCollege.class, collegeId);
        if (collegeId != null && college == null) {
            problems.add(v("mandateCollege", locale, "governance.mandate.error.college"));
        }
        if (problems.isEmpty() && SINGLE.contains(position)) {
            for (Mandate m : mandates(bodyId)) {
                boolean overlaps = !m.getStartDate().isAfter(end == null ? LocalDate.MAX : end)
                        && (m.getEndDate() == null || !m.getEndDate().isBefore(start));
                if (m.getPosition() == position && overlaps) {
                    problems.add(new ValidationFailure.Violation(
                            "mandatePosition",
                            messages.format(
                                    locale,
                                    "governance.mandate.error.single",
                                    messages.label(locale, position),
                                    body.getName())));
                    break;
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        Mandate m = new Mandate(
                body,
                actorId,
                representative == null || representative.isBlank() ? null : representative.strip(),
                position,
                college,
                start,
                end);
        em.persist(m);
        em.flush();
        return m;
    }

    @RequiresRole({Role.BOARD})
    public void endMandate(long mandateId, LocalDate on, Locale locale) {
        Mandate m = em.find(Mandate.class, mandateId);
        if (m == null) {
            throw new NotFoundException("Mandate", mandateId);
        }
        if (on == null || on.isBefore(m.getStartDate())) {
            throw ValidationFailure.of("endOn", messages.get(locale, "governance.mandate.error.endBeforeStart"));
        }
        m.end(on);
    }

    /** A chair, treasurer or secretary position held before and held by no one on a day. */
    public record Vacancy(Body body, MandatePosition position, LocalDate since) {}

    /**
     * The single positions (president, treasurer, secretary) of the bodies that someone held and no
     * one holds on {@code day}, with the day after the last mandate ended: a lapse the board must
     * fill (and, for an association, declare to the prefecture once filled).
     */
    public List<Vacancy> vacancies(LocalDate day) {
        List<Vacancy> out = new ArrayList<>();
        for (Body b : bodies()) {
            List<Mandate> all = mandates(b.getId());
            for (MandatePosition p :
                    List.of(MandatePosition.PRESIDENT, MandatePosition.TREASURER, MandatePosition.SECRETARY)) {
                List<Mandate> held =
                        all.stream().filter(m -> m.getPosition() == p).toList();
                if (!held.isEmpty() && held.stream().noneMatch(m -> m.activeOn(day))) {
                    held.stream()
                            .map(Mandate::getEndDate)
                            .filter(e -> e != null && e.isBefore(day))
                            .max(LocalDate::compareTo)
                            .ifPresent(end -> out.add(new Vacancy(b, p, end.plusDays(1))));
                }
            }
        }
        return out;
    }

    /** Mandates ending within {@code days} days from today (and not ended yet), soonest first. */
    public List<Mandate> endingWithin(int days) {
        LocalDate today = LocalDate.now(clock);
        return em.createQuery(
                        "select m from Mandate m join fetch m.body where m.endDate is not null and m.endDate >= :t "
                                + "and m.endDate <= :l order by m.endDate",
                        Mandate.class)
                .setParameter("t", today)
                .setParameter("l", today.plusDays(days))
                .getResultList();
    }

    /** The governance records of a deleted actor go with it (mandates, attendance, ballots). */
    /** A project was deleted: the bodies that governed it stay, governing no project. */
    void onProjectDeleted(@Observes fr.tierslieu.core.module.ProjectDeleted event) {
        em.createQuery("select b from Body b where b.projectId = :p", Body.class)
                .setParameter("p", event.projectId())
                .getResultList()
                .forEach(b -> b.governs(null));
    }

    void onActorDeleted(@Observes ActorDeleted event) {
        // through the entity manager (never a bulk JPQL delete), so that the audit log keeps each record
        long actor = event.actorId();
        em.createQuery("select b from Ballot b where b.actorId = :a", Ballot.class)
                .setParameter("a", actor)
                .getResultList()
                .forEach(em::remove);
        em.createQuery("select l from AttendanceLine l where l.actorId = :a", AttendanceLine.class)
                .setParameter("a", actor)
                .getResultList()
                .forEach(em::remove);
        em.flush();
        em.createQuery("select l from AttendanceLine l where l.proxyTo = :a", AttendanceLine.class)
                .setParameter("a", actor)
                .getResultList()
                .forEach(AttendanceLine::clearProxy);
        em.createQuery("select m from Mandate m where m.actorId = :a", Mandate.class)
                .setParameter("a", actor)
                .getResultList()
                .forEach(em::remove);
        em.createQuery("select s from Signature s where s.actorId = :a", Signature.class)
                .setParameter("a", actor)
                .getResultList()
                .forEach(em::remove);
        // the register's lines of the actor, with their dues
        em.createQuery(
                        "select d from MemberDues d where d.member.actorId = :a",
                        fr.tierslieu.governance.domain.MemberDues.class)
                .setParameter("a", actor)
                .getResultList()
                .forEach(em::remove);
        em.flush();
        em.createQuery("select m from Member m where m.actorId = :a", fr.tierslieu.governance.domain.Member.class)
                .setParameter("a", actor)
                .getResultList()
                .forEach(em::remove);
        em.flush();
    }

    private ValidationFailure.Violation v(String field, Locale locale, String key) {
        return new ValidationFailure.Violation(field, messages.get(locale, key));
    }
}
