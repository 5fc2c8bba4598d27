package fr.tierslieu.core.domain.workspace;

import fr.tierslieu.core.domain.project.FindingKind;
import fr.tierslieu.core.domain.project.JourneyStep;
import fr.tierslieu.core.domain.shared.InstallationLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.ReadOnly;

/**
 * A finding (success factor, point of vigilance…) as the other workspaces read it once its
 * workspace shares it: a read-only view of {@code core_project_finding} across workspaces.
 * Queries must keep {@code shared = true}: {@code NetworkKnowledge} does.
 */
@InstallationLevel("A read-only view, across workspaces, of the findings each workspace chose to share.")
@ReadOnly
@Entity
@Table(name = "core_project_finding")
public class SharedFinding implements java.io.Serializable {

    @java.io.Serial
    private static final long serialVersionUID = 1L;

    @Id
    private Long id;

    @Column(name = "workspace_id")
    private long workspaceId;

    @Column(name = "shared")
    private boolean shared;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind")
    private FindingKind kind;

    @Column(name = "text")
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "step")
    private JourneyStep step;

    @Column(name = "created_at")
    private Instant createdAt;

    protected SharedFinding() {}

    public Long getId() {
        return id;
    }

    public long getWorkspaceId() {
        return workspaceId;
    }

    public boolean isShared() {
        return shared;
    }

    public FindingKind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public JourneyStep getStep() {
        return step;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
