package fr.tierslieu.archalpha.web;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

/** Test fixture: a page bean that queries the database itself (what the architecture rules refuse). */
public class QueryingPage {

    EntityManager em;

    public long count() {
        return em.createQuery("select count(a) from Alpha a", Long.class).getSingleResult();
    }

    /** Allowed: naming a persistence exception to answer it. */
    public boolean conflict(Throwable t) {
        return t instanceof OptimisticLockException;
    }
}
