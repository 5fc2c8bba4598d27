package fr.tierslieu.core.module;

import fr.tierslieu.core.domain.security.Role;
import java.util.Objects;
import java.util.Set;

/**
 * One entry of a module's menu section.
 *
 * @param labelKey bundle key of the label
 * @param outcome  view id of the page, e.g. {@code /core/actors/list.xhtml}; the shell also uses
 *                 it to refuse the page to users without one of {@code roles}
 * @param icon     PrimeIcons class
 * @param order    position inside the section (lower first)
 * @param roles    roles that see the entry and may open the page; empty means every signed-in user
 */
public record MenuEntry(String labelKey, String outcome, String icon, int order, Set<Role> roles) {

    public MenuEntry {
        Objects.requireNonNull(labelKey, "labelKey");
        Objects.requireNonNull(outcome, "outcome");
        if (!outcome.startsWith("/")) {
            throw new IllegalArgumentException("Menu outcome must be an absolute view id: " + outcome);
        }
        icon = icon == null ? "pi pi-circle" : icon;
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /** An entry every signed-in user sees. */
    public static MenuEntry of(String labelKey, String outcome, String icon, int order) {
        return new MenuEntry(labelKey, outcome, icon, order, Set.of());
    }

    /** Whether a user holding {@code userRoles} may see this entry. */
    public boolean visibleTo(Set<Role> userRoles) {
        return Access.allows(roles, userRoles);
    }
}
