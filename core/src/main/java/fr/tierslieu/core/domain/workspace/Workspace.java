package fr.tierslieu.core.domain.workspace;

import fr.tierslieu.core.domain.shared.Auditable;
import fr.tierslieu.core.domain.shared.BaseEntity;
import fr.tierslieu.core.domain.shared.InstallationLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * One tiers-lieu or accompanied project of the installation: its records are kept apart from the
 * other workspaces' ({@code WorkspaceScoped}). Every installation has workspace {@value #FIRST},
 * where its data was before workspaces existed; its people are the accounts with their roles.
 */
@InstallationLevel("The list of workspaces is the installation's.")
@Entity
@Table(name = "core_workspace")
public class Workspace extends BaseEntity implements Auditable {

    public static final long FIRST = 1L;
    public static final int NAME_MAX = 200;
    public static final int SLUG_MAX = 60;
    /** Lower-case letters, digits and hyphens, as it appears in addresses ({@code /w/kerlouan/}). */
    public static final String SLUG_PATTERN = "[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_seq")
    @SequenceGenerator(name = "core_seq", sequenceName = "core_seq", allocationSize = 50)
    private Long id;

    @NotBlank
    @Size(max = SLUG_MAX)
    @Pattern(regexp = SLUG_PATTERN)
    @Column(name = "slug", nullable = false, length = SLUG_MAX, unique = true)
    private String slug;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Workspace() {}

    public Workspace(String slug, String name) {
        this.slug = slug;
        this.name = name;
        this.createdAt = Instant.now();
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isFirst() {
        return id != null && id == FIRST;
    }

    @Override
    public String auditLabel() {
        return name;
    }
}
