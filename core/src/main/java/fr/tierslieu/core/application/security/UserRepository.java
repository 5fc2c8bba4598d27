package fr.tierslieu.core.application.security;

import fr.tierslieu.core.domain.security.AppUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class UserRepository {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    public UserRepository() {}

    public UserRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<AppUser> byUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class)
                .setParameter("username", username.trim())
                .getResultStream()
                .findFirst();
    }

    public Optional<AppUser> byInvitation(String secretHash) {
        return em.createNamedQuery(AppUser.BY_INVITATION, AppUser.class)
                .setParameter("hash", secretHash)
                .getResultStream()
                .findFirst();
    }

    /** Accounts that can be used (enabled; invited ones included; demo ones are disabled outside demo mode). */
    public long countEnabled() {
        return em.createQuery("select count(u) from AppUser u where u.enabled = true", Long.class)
                .getSingleResult();
    }

    public Optional<AppUser> find(long id) {
        return Optional.ofNullable(em.find(AppUser.class, id));
    }

    public long count() {
        return em.createNamedQuery(AppUser.COUNT, Long.class).getSingleResult();
    }

    public List<AppUser> all() {
        return em.createQuery("select u from AppUser u order by lower(u.username)", AppUser.class)
                .getResultList();
    }

    public List<AppUser> demoAccounts() {
        return em.createQuery("select u from AppUser u where u.demoAccount = true and u.enabled = true", AppUser.class)
                .getResultList();
    }

    public void add(AppUser user) {
        em.persist(user);
    }

    public void flush() {
        em.flush();
    }
}
