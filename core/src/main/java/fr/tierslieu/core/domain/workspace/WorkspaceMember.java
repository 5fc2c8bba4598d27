package fr.tierslieu.core.domain.workspace;

import fr.tierslieu.core.domain.security.AppUser;
import fr.tierslieu.core.domain.security.Role;
import fr.tierslieu.core.domain.shared.Auditable;
import fr.tierslieu.core.domain.shared.BaseEntity;
import fr.tierslieu.core.domain.shared.InstallationLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A role an account holds in a workspace other than the installation's first (there, the account's
 * own roles apply, as they did before workspaces). One row per role.
 */
@InstallationLevel("Who takes part in which workspace is read before a workspace is chosen.")
@Entity
@Table(name = "core_workspace_member")
public class WorkspaceMember extends BaseEntity implements Auditable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_seq")
    @SequenceGenerator(name = "core_seq", sequenceName = "core_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "workspace_id", nullable = false, updatable = false)
    private Workspace workspace;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    private AppUser user;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20, updatable = false)
    private Role role;

    protected WorkspaceMember() {}

    public WorkspaceMember(Workspace workspace, AppUser user, Role role) {
        this.workspace = workspace;
        this.user = user;
        this.role = role;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Workspace getWorkspace() {
        return workspace;
    }

    public AppUser getUser() {
        return user;
    }

    public Role getRole() {
        return role;
    }

    @Override
    public String auditLabel() {
        return user.getUsername() + " " + role + " @" + workspace.getSlug();
    }
}
