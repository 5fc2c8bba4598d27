package fr.tierslieu.core.module;

import fr.tierslieu.core.domain.security.Role;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every installed module, discovered through CDI ({@code @Any Instance<TiersLieuModule>}), checked
 * and ordered by {@link ModuleGraph}. The shell builds its menu and dashboard from here only.
 */
@ApplicationScoped
public class ModuleRegistry {

    @Inject
    @Any
    Instance<TiersLieuModule> discovered;

    private List<TiersLieuModule> modules;

    public ModuleRegistry() {}

    /** A registry of the given modules, for plain Java SE tests. */
    public ModuleRegistry(List<TiersLieuModule> modules) {
        this.modules = ModuleGraph.resolve(modules);
    }

    @PostConstruct
    void discover() {
        modules = ModuleGraph.resolve(discovered.stream().toList());
    }

    /** Modules in dependency order, the core first. */
    public List<TiersLieuModule> modules() {
        return modules;
    }

    public Optional<TiersLieuModule> find(String id) {
        return modules.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** Menu sections visible to a user, sorted by module order; sections without visible entries are left out. */
    public List<MenuSection> menuFor(Set<Role> userRoles) {
        return menuFor(userRoles, userRoles);
    }

    /**
     * The menu of a person holding {@code userRoles} in the current workspace and
     * {@code accountRoles} on their account (the installation's): an entry whose page only the
     * installation's roles open ({@link PageAccess#installation()}) shows to those holding them.
     */
    public List<MenuSection> menuFor(Set<Role> workspaceRoles, Set<Role> accountRoles) {
        Set<Role> userRoles = withNetwork(workspaceRoles, accountRoles);
        return modules.stream()
                .sorted(Comparator.comparingInt(TiersLieuModule::order).thenComparing(TiersLieuModule::id))
                .map(m -> new MenuSection(
                        m.id(),
                        m.nameKey(),
                        m.icon(),
                        m.menuEntries().stream()
                                .filter(e -> e.visibleTo(userRoles)
                                        && rule(e.outcome())
                                                .filter(PageAccess::installation)
                                                .map(a -> a.allows(accountRoles))
                                                .orElse(true))
                                .sorted(Comparator.comparingInt(MenuEntry::order))
                                .toList()))
                .filter(s -> !s.entries().isEmpty())
                .toList();
    }

    /** Dashboard widgets visible to a user, in order. */
    public List<DashboardWidget> widgetsFor(Set<Role> userRoles) {
        return modules.stream()
                .flatMap(m -> m.dashboardWidgets().stream())
                .filter(w -> w.visibleTo(userRoles))
                .sorted(Comparator.comparingInt(DashboardWidget::order).thenComparing(DashboardWidget::fragment))
                .toList();
    }

    /** The modules' parts of a project's page visible to a user, in order. */
    public List<ProjectTab> projectTabsFor(Set<Role> userRoles) {
        return modules.stream()
                .flatMap(m -> m.projectTabs().stream())
                .filter(t -> t.visibleTo(userRoles))
                .sorted(Comparator.comparingInt(ProjectTab::order).thenComparing(ProjectTab::fragment))
                .toList();
    }

    /**
     * Whether a user holding {@code userRoles} may open the page {@code viewId}: the longest
     * {@link PageAccess} prefix covering it decides, then the menu entry pointing at it; a page
     * covered by neither is open to every signed-in user.
     */
    public boolean mayOpen(String viewId, Set<Role> userRoles) {
        return mayOpen(viewId, userRoles, userRoles);
    }

    /** Whether a page opens to roles held here and on the account (see {@link PageAccess#installation()}). */
    public boolean mayOpen(String viewId, Set<Role> workspaceRoles, Set<Role> accountRoles) {
        Set<Role> userRoles = withNetwork(workspaceRoles, accountRoles);
        Optional<PageAccess> rule = rule(viewId);
        if (rule.isPresent()) {
            return rule.get().allows(rule.get().installation() ? accountRoles : userRoles);
        }
        return modules.stream()
                .flatMap(m -> m.menuEntries().stream())
                .filter(e -> e.outcome().equals(viewId))
                .allMatch(e -> e.visibleTo(userRoles));
    }

    /** The network's administration is held on the account and counts in every workspace. */
    private static Set<Role> withNetwork(Set<Role> workspaceRoles, Set<Role> accountRoles) {
        if (!accountRoles.contains(Role.NETWORK_ADMIN) || workspaceRoles.contains(Role.NETWORK_ADMIN)) {
            return workspaceRoles;
        }
        Set<Role> out = java.util.EnumSet.of(Role.NETWORK_ADMIN);
        out.addAll(workspaceRoles);
        return out;
    }

    /** The rule of the longest path prefix that covers {@code viewId}, if any. */
    private Optional<PageAccess> rule(String viewId) {
        return modules.stream()
                .flatMap(m -> m.pageAccess().stream())
                .filter(a -> viewId.startsWith(a.pathPrefix()))
                .max(Comparator.comparingInt(a -> a.pathPrefix().length()));
    }

    /** A module's section of the menu. */
    public record MenuSection(String moduleId, String nameKey, String icon, List<MenuEntry> entries) {}
}
