package fr.tierslieu.core.domain.shared;

import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.MappedSuperclass;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A record that belongs to one workspace (one tiers-lieu or one accompanied project) of the
 * installation. EclipseLink's own multitenancy keeps workspaces apart: every row has a
 * {@code workspace_id} column that the provider fills on insert and adds to every query (JPQL,
 * criteria, {@code find}, relationships, bulk updates and deletes) from the persistence context's
 * property {@value #PROPERTY} — no query of any module names the workspace itself. The property is
 * set on every persistence context when it starts, from the workspace of the request or job
 * ({@code WorkspaceContext}).
 *
 * <p>Every entity of every module is either workspace scoped or marked {@link InstallationLevel}
 * (start-up and an ArchUnit test refuse anything else).</p>
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
        name = WorkspaceScoped.COLUMN,
        contextProperty = WorkspaceScoped.PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public abstract class WorkspaceScoped extends BaseEntity {

    /** The persistence context property that names the workspace (its id, a {@code Long}). */
    public static final String PROPERTY = "tierslieu.workspace";

    /** The column every workspace-scoped table has. */
    public static final String COLUMN = "workspace_id";
}
