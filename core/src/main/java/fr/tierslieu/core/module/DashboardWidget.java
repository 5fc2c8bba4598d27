package fr.tierslieu.core.module;

import fr.tierslieu.core.domain.security.Role;
import java.util.Objects;
import java.util.Set;

/**
 * A box on the dashboard. The fragment is a Facelets file inside the module's jar
 * ({@code META-INF/resources/<moduleId>/...}), included by the shell with {@code ui:include};
 * it uses its own backing bean and must not assume anything about the page around it.
 *
 * @param titleKey bundle key of the box title
 * @param fragment view path of the fragment, e.g. {@code /core/widgets/engagement.xhtml}
 * @param order    position on the dashboard (lower first)
 * @param roles    roles that see the widget; empty means every signed-in user
 */
public record DashboardWidget(String titleKey, String fragment, int order, Set<Role> roles) {

    public DashboardWidget {
        Objects.requireNonNull(titleKey, "titleKey");
        Access.fragment(fragment, "Widget");
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public static DashboardWidget of(String titleKey, String fragment, int order) {
        return new DashboardWidget(titleKey, fragment, order, Set.of());
    }

    public boolean visibleTo(Set<Role> userRoles) {
        return Access.allows(roles, userRoles);
    }
}
