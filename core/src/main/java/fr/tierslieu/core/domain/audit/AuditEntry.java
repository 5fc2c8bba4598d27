package fr.tierslieu.core.domain.audit;

import fr.tierslieu.core.domain.shared.WorkspaceScoped;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One change to one record of any module: who, when, what, and the old and new values of each
 * changed field (as JSON). Written by the audit listener inside the transaction that made the
 * change, so a rolled-back change leaves no entry. Never updated or deleted by the application;
 * hence no version column (the only entity without one).
 */
@Entity
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
        name = WorkspaceScoped.COLUMN,
        contextProperty = WorkspaceScoped.PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
@Table(name = "core_audit_entry")
public class AuditEntry implements java.io.Serializable {

    @java.io.Serial
    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "username", length = 60, nullable = false)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", length = 10, nullable = false)
    private AuditAction action;

    @Column(name = "entity_type", length = 120, nullable = false)
    private String entityType;

    @Column(name = "entity_id", length = 60)
    private String entityId;

    @Column(name = "label", length = 200)
    private String label;

    @Column(name = "changes", length = 20000)
    private String changes;

    protected AuditEntry() {
        // JPA
    }

    public String getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getUsername() {
        return username;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getLabel() {
        return label;
    }

    /** JSON array of {@code {"field":…, "old":…, "new":…}}. */
    public String getChanges() {
        return changes;
    }
}
