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
 */
public record PageAccess(String pathPrefix, Set<Role> roles) {

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
