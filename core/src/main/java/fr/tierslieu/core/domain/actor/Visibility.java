package fr.tierslieu.core.domain.actor;

import fr.tierslieu.core.domain.security.Role;
import java.util.Set;

/**
 * Who may read a sensitive field recorded about a person: the team only (administrators,
 * managers, organisers), the team and the board (with the accompanying consultant), or every
 * partner account too.
 */
public enum Visibility {
    TEAM,
    BOARD,
    PARTNERS;

    /** Whether a user holding these roles may read a field at this level. */
    public boolean allows(Set<Role> roles) {
        if (roles.contains(Role.ADMIN) || roles.contains(Role.MANAGER) || roles.contains(Role.ORGANIZER)) {
            return true;
        }
        return switch (this) {
            case TEAM -> false;
            case BOARD -> roles.contains(Role.BOARD) || roles.contains(Role.CONSULTANT);
            case PARTNERS ->
                roles.contains(Role.BOARD) || roles.contains(Role.CONSULTANT) || roles.contains(Role.VIEWER);
        };
    }
}
