package fr.tierslieu.core.module;

import fr.tierslieu.core.domain.security.Role;
import java.util.Collections;
import java.util.Set;

/** The one rule for contributions restricted to roles: empty means everyone; ADMIN sees everything. */
final class Access {

    private Access() {}

    static boolean allows(Set<Role> required, Set<Role> userRoles) {
        if (required.isEmpty() || userRoles.contains(Role.ADMIN)) {
            return true;
        }
        return !Collections.disjoint(required, userRoles);
    }
}
