package fr.tierslieu.core.application.audit;

import fr.tierslieu.core.application.actor.Page;
import fr.tierslieu.core.application.security.RequiresRole;
import fr.tierslieu.core.domain.audit.AuditEntry;
import fr.tierslieu.core.domain.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads the audit log (written by {@link AuditListener}); administrators only. */
@ApplicationScoped
@Transactional
@RequiresRole({Role.ADMIN})
public class AuditLog {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    public AuditLog() {}

    public AuditLog(EntityManager em) {
        this.em = em;
    }

    /** Newest first, with the total count. */
    public Page<AuditEntry> search(AuditFilter filter, int page, int size) {
        return new Page<>(entries(filter, page * size, size), count(filter), page, size);
    }

    /** {@code size} entries from row {@code first}, newest first. */
    public List<AuditEntry> entries(AuditFilter filter, int first, int size) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> q = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> e = q.from(AuditEntry.class);
        q.select(e).where(predicates(cb, e, filter)).orderBy(cb.desc(e.get("occurredAt")), cb.desc(e.get("id")));
        return em.createQuery(q).setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count(AuditFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> c = cb.createQuery(Long.class);
        Root<AuditEntry> ce = c.from(AuditEntry.class);
        c.select(cb.count(ce)).where(predicates(cb, ce, filter));
        return em.createQuery(c).getSingleResult();
    }

    /** Entity types present in the log, for the filter's drop-down. */
    public List<String> entityTypes() {
        return em.createQuery("select distinct e.entityType from AuditEntry e order by e.entityType", String.class)
                .getResultList();
    }

    /** History of one record, oldest first. */
    public List<AuditEntry> historyOf(String entityType, String entityId) {
        return em.createQuery(
                        "select e from AuditEntry e where e.entityType = :t and e.entityId = :id "
                                + "order by e.occurredAt, e.id",
                        AuditEntry.class)
                .setParameter("t", entityType)
                .setParameter("id", entityId)
                .getResultList();
    }

    private static Predicate[] predicates(CriteriaBuilder cb, Root<AuditEntry> e, AuditFilter f) {
        List<Predicate> p = new ArrayList<>();
        ZoneId zone = ZoneId.systemDefault();
        if (f.entityType() != null && !f.entityType().isBlank()) {
            p.add(cb.equal(e.get("entityType"), f.entityType()));
        }
        if (f.username() != null && !f.username().isBlank()) {
            p.add(cb.equal(cb.lower(e.get("username")), f.username().trim().toLowerCase(Locale.ROOT)));
        }
        if (f.action() != null) {
            p.add(cb.equal(e.get("action"), f.action()));
        }
        if (f.from() != null) {
            Instant from = f.from().atStartOfDay(zone).toInstant();
            p.add(cb.greaterThanOrEqualTo(e.get("occurredAt"), from));
        }
        if (f.to() != null) {
            Instant to = f.to().plusDays(1).atStartOfDay(zone).toInstant();
            p.add(cb.lessThan(e.get("occurredAt"), to));
        }
        if (f.text() != null && !f.text().isBlank()) {
            String like = "%"
                    + f.text().trim().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
            p.add(cb.or(cb.like(cb.lower(e.get("label")), like), cb.like(cb.lower(e.get("changes")), like)));
        }
        return p.toArray(new Predicate[0]);
    }
}
