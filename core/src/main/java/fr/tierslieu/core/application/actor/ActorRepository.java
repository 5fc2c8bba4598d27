package fr.tierslieu.core.application.actor;

import fr.tierslieu.core.domain.actor.Actor;
import fr.tierslieu.core.domain.actor.ActorType;
import fr.tierslieu.core.domain.actor.EngagementLevel;
import fr.tierslieu.core.domain.actor.MaturityLevel;
import fr.tierslieu.core.domain.actor.Membership;
import fr.tierslieu.core.domain.actor.MobilisationStatus;
import fr.tierslieu.core.domain.actor.Relationship;
import fr.tierslieu.core.domain.actor.SearchText;
import fr.tierslieu.core.domain.actor.Stance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads and stores actors and their ties. Queries only; rules live in the domain and the service. */
@ApplicationScoped
public class ActorRepository {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    public ActorRepository() {}

    /** For plain Java SE tests. */
    public ActorRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<Actor> find(long id) {
        return Optional.ofNullable(em.find(Actor.class, id));
    }

    public void add(Actor actor) {
        em.persist(actor);
    }

    /** One page of actors matching {@code filter}, sorted, plus the total count. */
    public Page<Actor> search(ActorFilter filter, ActorSort sort, boolean ascending, int page, int size) {
        return new Page<>(slice(filter, sort, ascending, page * size, size), count(filter), page, size);
    }

    /** {@code size} actors matching {@code filter} from row {@code first}, sorted. */
    public List<Actor> slice(ActorFilter filter, ActorSort sort, boolean ascending, int first, int size) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Actor> query = cb.createQuery(Actor.class);
        Root<Actor> actor = query.from(Actor.class);
        query.select(actor).where(predicates(cb, query, actor, filter));
        Expression<?> key = sortKey(cb, actor, sort);
        List<Order> order = new ArrayList<>();
        order.add(ascending ? cb.asc(key) : cb.desc(key));
        if (sort != ActorSort.NAME) {
            order.add(cb.asc(actor.get("name")));
        }
        order.add(cb.asc(actor.get("id")));
        query.orderBy(order);
        return em.createQuery(query).setFirstResult(first).setMaxResults(size).getResultList();
    }

    /** Every actor matching {@code filter} (exports, grid, map), sorted by name. */
    public List<Actor> list(ActorFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Actor> query = cb.createQuery(Actor.class);
        Root<Actor> actor = query.from(Actor.class);
        query.select(actor)
                .where(predicates(cb, query, actor, filter))
                .orderBy(cb.asc(actor.get("searchKey")), cb.asc(actor.get("id")));
        return em.createQuery(query).getResultList();
    }

    public long count(ActorFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Actor> actor = query.from(Actor.class);
        query.select(cb.count(actor)).where(predicates(cb, query, actor, filter));
        return em.createQuery(query).getSingleResult();
    }

    public long countAll() {
        return em.createNamedQuery(Actor.COUNT_ALL, Long.class).getSingleResult();
    }

    private Predicate[] predicates(CriteriaBuilder cb, CriteriaQuery<?> query, Root<Actor> actor, ActorFilter f) {
        List<Predicate> p = new ArrayList<>();
        if (f.text() != null) {
            String pattern = "%" + escapeLike(SearchText.normalize(f.text())) + "%";
            p.add(cb.like(actor.get("searchKey"), pattern, '\\'));
        }
        if (f.type() != null) {
            p.add(cb.equal(actor.get("type"), f.type()));
        }
        if (!f.kinds().isEmpty()) {
            p.add(actor.get("kind").in(f.kinds()));
        }
        if (!f.statuses().isEmpty()) {
            p.add(actor.get("position").get("status").in(f.statuses()));
        }
        if (!f.stances().isEmpty()) {
            p.add(actor.get("position").get("stance").in(f.stances()));
        }
        if (f.commune() != null) {
            p.add(cb.equal(cb.lower(actor.get("commune")), f.commune().toLowerCase(java.util.Locale.ROOT)));
        }
        if (!f.tags().isEmpty()) {
            Subquery<Long> tagged = query.subquery(Long.class);
            Root<Actor> same = tagged.correlate(actor);
            Join<Actor, String> tag = same.join("tags");
            tagged.select(cb.literal(1L)).where(tag.in(f.tags()));
            p.add(cb.exists(tagged));
        }
        return p.toArray(new Predicate[0]);
    }

    private static Expression<?> sortKey(CriteriaBuilder cb, Root<Actor> actor, ActorSort sort) {
        Path<Object> position = actor.get("position");
        return switch (sort) {
            case NAME -> actor.get("searchKey"); // the name first, without accents: "Bénévole" before "Bretagne"
            case KIND -> actor.get("kind");
            case COMMUNE -> cb.lower(actor.get("commune"));
            case STATUS -> position.get("status");
            case STANCE -> position.get("stance");
            case INFLUENCE -> position.get("influence");
            case INTEREST -> position.get("interest");
            case ENGAGEMENT -> rank(cb, position.get("engagement"), EngagementLevel.values());
            case MATURITY -> rank(cb, position.get("maturity"), MaturityLevel.values());
            case UPDATED -> actor.get("updatedAt");
        };
    }

    /** Orders an enum column by declaration order instead of alphabetically. */
    private static Expression<Integer> rank(CriteriaBuilder cb, Path<Object> column, Enum<?>[] levels) {
        // Searched CASE with equality, so that EclipseLink binds each level as the stored string.
        CriteriaBuilder.Case<Integer> rank = cb.selectCase();
        for (Enum<?> level : levels) {
            rank = rank.when(cb.equal(column, level), level.ordinal());
        }
        return rank.otherwise(levels.length);
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    public List<String> communes() {
        return em.createQuery(
                        "select distinct a.commune from Actor a where a.commune is not null order by a.commune",
                        String.class)
                .getResultList();
    }

    public List<String> tags() {
        // JPQL (so within the workspace); sorted here: EclipseLink cannot order by the value of an
        // element collection.
        return em.createQuery("select distinct t from Actor a join a.tags t", String.class).getResultList().stream()
                .sorted()
                .toList();
    }

    public List<Relationship> relationshipsOf(long actorId) {
        return em.createQuery(
                        "select r from Relationship r where r.source.id = :id or r.target.id = :id "
                                + "order by r.type, r.id",
                        Relationship.class)
                .setParameter("id", actorId)
                .getResultList();
    }

    public List<Relationship> allRelationships() {
        return em.createQuery("select r from Relationship r order by r.id", Relationship.class)
                .getResultList();
    }

    public List<Membership> membershipsOf(long actorId) {
        return em.createQuery(
                        "select m from Membership m where m.person.id = :id or m.organisation.id = :id "
                                + "order by m.id",
                        Membership.class)
                .setParameter("id", actorId)
                .getResultList();
    }

    public List<Membership> allMemberships() {
        return em.createQuery("select m from Membership m order by m.id", Membership.class)
                .getResultList();
    }

    public Optional<Relationship> findRelationship(long id) {
        return Optional.ofNullable(em.find(Relationship.class, id));
    }

    public Optional<Membership> findMembership(long id) {
        return Optional.ofNullable(em.find(Membership.class, id));
    }

    public boolean membershipExists(long personId, long organisationId) {
        return !em.createQuery(
                        "select m.id from Membership m where m.person.id = :p and m.organisation.id = :o", Long.class)
                .setParameter("p", personId)
                .setParameter("o", organisationId)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** Every assessment as (actor id, date, engagement level), oldest first: the engagement history. */
    public List<Object[]> engagementHistory() {
        return em.createQuery(
                        "select s.actor.id, s.assessedOn, s.position.engagement from Assessment s "
                                + "order by s.assessedOn, s.recordedAt, s.id",
                        Object[].class)
                .getResultList();
    }

    /** Every actor as (id, name, current engagement level). */
    public List<Object[]> currentEngagement() {
        return em.createQuery(
                        "select a.id, a.name, a.position.engagement from Actor a order by a.searchKey, a.id",
                        Object[].class)
                .getResultList();
    }

    /**
     * Influential actors (3 or more) who are opponents, opposed or still to convince, the most
     * influential first; persons only if {@code persons}.
     */
    public List<Actor> needingAttention(int limit, boolean persons) {
        return em.createQuery(
                        "select a from Actor a where a.position.influence >= 3 and (a.position.stance = :opponent "
                                + "or a.position.status in :statuses) and a.type in :types "
                                + "order by a.position.influence desc, a.searchKey, a.id",
                        Actor.class)
                .setParameter("opponent", Stance.OPPONENT)
                .setParameter("types", persons ? List.of(ActorType.values()) : List.of(ActorType.ORGANISATION))
                .setParameter("statuses", List.of(MobilisationStatus.TO_CONVINCE, MobilisationStatus.OPPOSED))
                .setMaxResults(limit)
                .getResultList();
    }

    public long countRelationships(long actorId) {
        return em.createQuery(
                        "select count(r) from Relationship r where r.source.id = :id or r.target.id = :id", Long.class)
                .setParameter("id", actorId)
                .getSingleResult();
    }

    /** Needs of projects this actor could bring (they stay, without the actor, when it is deleted). */
    public long countProjectNeeds(long actorId) {
        return em.createQuery("select count(n) from ProjectNeed n where n.actor.id = :id", Long.class)
                .setParameter("id", actorId)
                .getSingleResult();
    }

    public long countMemberships(long actorId) {
        return em.createQuery(
                        "select count(m) from Membership m where m.person.id = :id or m.organisation.id = :id",
                        Long.class)
                .setParameter("id", actorId)
                .getSingleResult();
    }

    /** Removes the actor's relationships and memberships (before the actor itself). */
    public void removeTiesOf(Actor actor) {
        relationshipsOf(actor.getId()).forEach(em::remove);
        membershipsOf(actor.getId()).forEach(em::remove);
        em.createQuery(
                        "select n from ProjectNeed n where n.actor.id = :id",
                        fr.tierslieu.core.domain.project.ProjectNeed.class)
                .setParameter("id", actor.getId())
                .getResultList()
                .forEach(fr.tierslieu.core.domain.project.ProjectNeed::forgetActor);
    }

    public void remove(Actor actor) {
        em.remove(actor);
    }

    public void addTie(Object tie) {
        em.persist(tie);
    }

    public void removeTie(Object tie) {
        em.remove(tie);
    }

    public void flush() {
        em.flush();
    }

    public void detach(Object entity) {
        em.detach(entity);
    }

    public List<fr.tierslieu.core.application.Choice> choices() {
        return em
                .createQuery("select a.id, a.name from Actor a order by a.searchKey", Object[].class)
                .getResultList()
                .stream()
                .map(r -> new fr.tierslieu.core.application.Choice((Long) r[0], (String) r[1]))
                .toList();
    }
}
