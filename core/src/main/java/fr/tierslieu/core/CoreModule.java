package fr.tierslieu.core;

import fr.tierslieu.core.domain.security.Role;
import fr.tierslieu.core.module.DashboardWidget;
import fr.tierslieu.core.module.MenuEntry;
import fr.tierslieu.core.module.ModuleGraph;
import fr.tierslieu.core.module.PageAccess;
import fr.tierslieu.core.module.TiersLieuModule;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/**
 * The core registers itself through the same contract as every module: its menu (actors, map,
 * grid, engagement, administration), its dashboard widgets and its migrations.
 */
@ApplicationScoped
public class CoreModule implements TiersLieuModule {

    private static final Set<Role> EDITORS = Set.of(Role.MANAGER, Role.BOARD, Role.ORGANIZER);

    @Override
    public String id() {
        return ModuleGraph.CORE_ID;
    }

    @Override
    public String nameKey() {
        return "core.module.name";
    }

    @Override
    public String icon() {
        return "pi pi-users";
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public String bundleBaseName() {
        return "fr.tierslieu.core.i18n.messages";
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                new MenuEntry(
                        "core.menu.workspacesHome",
                        "/core/workspaces/home.xhtml",
                        "pi pi-th-large",
                        3,
                        Set.of(Role.CONSULTANT, Role.NETWORK_ADMIN)),
                MenuEntry.of("core.menu.projects", "/core/projects/list.xhtml", "pi pi-briefcase", 5),
                MenuEntry.of("core.menu.actors", "/core/actors/list.xhtml", "pi pi-users", 10),
                MenuEntry.of("core.menu.map", "/core/actors/map.xhtml", "pi pi-share-alt", 20),
                MenuEntry.of("core.menu.grid", "/core/actors/grid.xhtml", "pi pi-th-large", 30),
                MenuEntry.of("core.menu.engagement", "/core/actors/engagement.xhtml", "pi pi-chart-line", 40),
                new MenuEntry("core.menu.import", "/core/actors/import.xhtml", "pi pi-upload", 50, EDITORS),
                MenuEntry.of("core.menu.experiences", "/core/experiences/list.xhtml", "pi pi-globe", 60),
                MenuEntry.of("core.menu.impact", "/core/impact/panorama.xhtml", "pi pi-chart-bar", 65),
                new MenuEntry("core.menu.users", "/core/admin/users.xhtml", "pi pi-id-card", 80, Set.of(Role.ADMIN)),
                new MenuEntry(
                        "core.menu.workspacesAdmin",
                        "/core/workspaces/admin.xhtml",
                        "pi pi-sitemap",
                        82,
                        Set.of(Role.ADMIN, Role.NETWORK_ADMIN)),
                new MenuEntry("core.menu.audit", "/core/admin/audit.xhtml", "pi pi-history", 90, Set.of(Role.ADMIN)),
                new MenuEntry(
                        "core.menu.backups", "/core/admin/backups.xhtml", "pi pi-database", 92, Set.of(Role.ADMIN)),
                new MenuEntry("core.menu.mails", "/core/admin/mails.xhtml", "pi pi-envelope", 94, Set.of(Role.ADMIN)),
                new MenuEntry(
                        "core.menu.privacy", "/core/admin/privacy.xhtml", "pi pi-eye-slash", 95, Set.of(Role.ADMIN)),
                MenuEntry.of("core.menu.help", "/core/help.xhtml", "pi pi-question-circle", 98),
                MenuEntry.of("core.menu.mactorHelp", "/core/strategy/help.xhtml", "pi pi-book", 99));
    }

    @Override
    public List<DashboardWidget> dashboardWidgets() {
        return List.of(
                DashboardWidget.of("core.widget.engagement.title", "/core/widgets/engagement.xhtml", 10),
                DashboardWidget.of("core.widget.attention.title", "/core/widgets/attention.xhtml", 20));
    }

    @Override
    public List<PageAccess> pageAccess() {
        return List.of(
                new PageAccess("/core/admin/", Set.of(Role.ADMIN)),
                // what spans every workspace: the installation's administrators only
                new PageAccess("/core/admin/users.xhtml", Set.of(Role.ADMIN), true),
                new PageAccess("/core/admin/backups.xhtml", Set.of(Role.ADMIN), true),
                new PageAccess("/core/admin/mails.xhtml", Set.of(Role.ADMIN), true),
                // anyone signed in sees their own workspaces; the menu shows it to those who accompany several
                new PageAccess("/core/workspaces/home.xhtml", Set.of()),
                // the page shows only the workspaces the person may staff (WorkspaceService decides)
                new PageAccess("/core/workspaces/admin.xhtml", Set.of()),
                new PageAccess("/core/actors/edit.xhtml", EDITORS),
                new PageAccess("/core/actors/import.xhtml", EDITORS),
                new PageAccess("/core/projects/edit.xhtml", EDITORS),
                new PageAccess("/core/experiences/edit.xhtml", Set.of(Role.MANAGER, Role.ORGANIZER)));
    }
}
