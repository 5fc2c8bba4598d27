package fr.tierslieu.core.module;

import fr.tierslieu.core.domain.security.Role;
import java.util.Collections;
import java.util.Objects;
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

    /** A contributed Facelets fragment: an absolute {@code .xhtml} view path, or refused naming {@code what}. */
    static String fragment(String fragment, String what) {
        Objects.requireNonNull(fragment, "fragment");
        if (!fragment.startsWith("/") || !fragment.endsWith(".xhtml")) {
            throw new IllegalArgumentException(what + " fragment must be an absolute .xhtml path: " + fragment);
        }
        return fragment;
    }
}
