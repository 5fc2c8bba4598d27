package fr.tierslieu.core.module;

import fr.tierslieu.core.domain.security.Role;
import java.util.Objects;
import java.util.Set;

/**
 * Restricts a module's pages to some roles. The shell refuses any page whose path starts with
 * {@code pathPrefix} (the longest matching prefix of all modules wins) to users without one of
 * {@code roles} (ADMIN always passes). Pages not covered are open to every signed-in user; what
 * they change is checked again by the services.
 *
 * @param pathPrefix e.g. {@code /core/admin/} or {@code /core/actors/edit.xhtml}
 * @param installation whether the account's roles decide (the installation's, held in its first
 *     workspace) wherever the page is opened: for pages of what spans every workspace (accounts,
 *     backups, the outbox); a workspace's own ADMIN does not pass
 */
public record PageAccess(String pathPrefix, Set<Role> roles, boolean installation) {

    /** A rule judged with the roles held in the workspace the page is opened in. */
    public PageAccess(String pathPrefix, Set<Role> roles) {
        this(pathPrefix, roles, false);
    }

    public PageAccess {
        Objects.requireNonNull(pathPrefix, "pathPrefix");
        if (!pathPrefix.startsWith("/")) {
            throw new IllegalArgumentException("page path must start with /: " + pathPrefix);
        }
        roles = Set.copyOf(roles);
    }

    public boolean allows(Set<Role> userRoles) {
        return Access.allows(roles, userRoles);
    }
}
