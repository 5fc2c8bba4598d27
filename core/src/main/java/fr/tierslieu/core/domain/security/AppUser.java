package fr.tierslieu.core.domain.security;

import fr.tierslieu.core.domain.shared.Auditable;
import fr.tierslieu.core.domain.shared.BaseEntity;
import fr.tierslieu.core.domain.shared.InstallationLevel;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Someone who can sign in. Created by an administrator (or by the first-run setup page, or by the
 * demo data set); the password is only ever stored as a PBKDF2 hash ({@link PasswordHasher}).
 * Disabling a user keeps its name in the audit log while refusing its logins.
 */
@InstallationLevel("A person signs in once and may take part in several workspaces.")
@Entity
@Table(name = "core_app_user")
@NamedQuery(name = AppUser.BY_USERNAME, query = "select u from AppUser u where lower(u.username) = lower(:username)")
@NamedQuery(name = AppUser.BY_INVITATION, query = "select u from AppUser u where u.inviteHash = :hash")
@NamedQuery(name = AppUser.COUNT, query = "select count(u) from AppUser u")
public class AppUser extends BaseEntity implements Auditable {

    public static final String BY_USERNAME = "AppUser.byUsername";
    public static final String COUNT = "AppUser.count";
    public static final int USERNAME_MAX = 60;
    public static final int DISPLAY_NAME_MAX = 120;
    public static final int EMAIL_MAX = 200;
    /** The stored "password" of an invited account: no password hash ever equals it. */
    public static final String INVITED = "invited";

    public static final String BY_INVITATION = "AppUser.byInvitation";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_seq")
    @SequenceGenerator(name = "core_seq", sequenceName = "core_seq", allocationSize = 50)
    private Long id;

    @NotBlank
    @Size(min = 3, max = USERNAME_MAX)
    @Pattern(regexp = "[A-Za-z0-9._-]+", message = "{fr.tierslieu.username}")
    @Column(name = "username", nullable = false, unique = true, length = USERNAME_MAX)
    private String username;

    @NotBlank
    @Size(max = DISPLAY_NAME_MAX)
    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
    private String displayName;

    @Email
    @Size(max = EMAIL_MAX)
    @Column(name = "email", length = EMAIL_MAX)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    /**
     * The roles in the installation's first workspace; none for a person who takes part only in
     * other workspaces (their roles there are {@code WorkspaceMember}s). The accounts page and the
     * first workspace's invitations require one ({@code UserService}).
     */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "core_app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    /** Created by the demo data set with the public password "demo"; disabled when demo mode is off. */
    @Column(name = "demo_account", nullable = false)
    private boolean demoAccount;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    /** SHA-256 (hex) of the secret of a pending invitation link; null once accepted or for other accounts. */
    @Column(name = "invite_hash", length = 64)
    private String inviteHash;

    @Column(name = "invite_expires_at")
    private Instant inviteExpiresAt;

    protected AppUser() {
        // JPA
    }

    public AppUser(String username, String displayName, String passwordHash, Collection<Role> roles) {
        this.username = username == null ? null : username.trim();
        this.displayName = displayName == null ? null : displayName.trim();
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = Instant.now();
    }

    public void markAsDemoAccount() {
        this.demoAccount = true;
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.inviteHash = null;
        this.inviteExpiresAt = null;
    }

    /**
     * A pending invitation: the account cannot sign in (its stored password is not a hash) until
     * its person opens the link and chooses a password ({@link #changePassword}).
     */
    public void invite(String secretHash, Instant expiresAt) {
        this.passwordHash = INVITED;
        this.inviteHash = secretHash;
        this.inviteExpiresAt = expiresAt;
    }

    /** Whether the account waits for its person to open the invitation link. */
    public boolean isInvited() {
        return inviteHash != null;
    }

    public boolean invitationValidAt(Instant now) {
        return inviteHash != null && enabled && inviteExpiresAt != null && now.isBefore(inviteExpiresAt);
    }

    public Instant getInviteExpiresAt() {
        return inviteExpiresAt;
    }

    public void update(String displayName, String email, Collection<Role> roles, boolean enabled) {
        this.displayName = displayName == null ? null : displayName.trim();
        this.email = email == null || email.isBlank() ? null : email.trim();
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.enabled = enabled;
    }

    public void disable() {
        this.enabled = false;
    }

    public void recordLogin(Instant at) {
        this.lastLoginAt = at;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isDemoAccount() {
        return demoAccount;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    @Override
    public String auditLabel() {
        return username;
    }
}
