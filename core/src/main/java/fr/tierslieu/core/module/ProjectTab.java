package fr.tierslieu.core.module;

import fr.tierslieu.core.domain.security.Role;
import java.util.Objects;
import java.util.Set;

/**
 * A part of a project's page that a module contributes (its economic models of the project, its
 * study trips…). The fragment is a Facelets file inside the module's jar, included by the project
 * page with the parameter {@code projectId}; it uses its own backing bean.
 *
 * @param titleKey bundle key of the part's heading
 * @param fragment view path of the fragment, e.g. {@code /economy/project-tab.xhtml}
 * @param order    position among the modules' parts (lower first), after the core's own
 * @param roles    roles that see it; empty means every signed-in user
 */
public record ProjectTab(String titleKey, String fragment, int order, Set<Role> roles) {

    public ProjectTab {
        Objects.requireNonNull(titleKey, "titleKey");
        Access.fragment(fragment, "Project tab");
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public static ProjectTab of(String titleKey, String fragment, int order) {
        return new ProjectTab(titleKey, fragment, order, Set.of());
    }

    public boolean visibleTo(Set<Role> userRoles) {
        return Access.allows(roles, userRoles);
    }
}
