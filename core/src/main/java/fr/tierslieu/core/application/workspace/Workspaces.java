package fr.tierslieu.core.application.workspace;

import fr.tierslieu.core.domain.shared.WorkspaceScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.eclipse.persistence.config.QueryHints;
import org.eclipse.persistence.jpa.JpaEntityManager;

/** The workspace an entity manager works in, for the few native SQL statements that must name it. */
public final class Workspaces {

    private Workspaces() {}

    /**
     * The workspace of {@code em}'s persistence context (the one EclipseLink adds to the queries of
     * its entities), for a native statement on a workspace-scoped table:
     * {@code … WHERE workspace_id = ?}.
     */
    public static long of(EntityManager em) {
        Object id = em.unwrap(JpaEntityManager.class).getActiveSession().getProperty(WorkspaceScoped.PROPERTY);
        return id == null ? WorkspaceContext.current() : Long.parseLong(id.toString());
    }

    /**
     * A native SQL statement. EclipseLink refuses them in a unit that has workspace-scoped entities
     * (it cannot add the workspace to SQL it does not write) unless each is marked as reviewed; this
     * is that mark. The statement must name the workspace itself ({@code AND workspace_id = ?} with
     * {@link #of}), or touch installation-level tables only, or rows found by a unique id that a
     * workspace-scoped query gave.
     */
    public static Query nativeQuery(EntityManager em, String sql) {
        return em.createNativeQuery(sql).setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, "true");
    }
}
