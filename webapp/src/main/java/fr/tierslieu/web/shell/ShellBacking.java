package fr.tierslieu.web.shell;

import fr.tierslieu.core.application.config.AppConfig;
import fr.tierslieu.core.application.security.CurrentUser;
import fr.tierslieu.core.application.workspace.WorkspaceContext;
import fr.tierslieu.core.application.workspace.WorkspaceService;
import fr.tierslieu.core.domain.workspace.Workspace;
import fr.tierslieu.core.module.DashboardWidget;
import fr.tierslieu.core.module.ModuleRegistry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * What the shell template shows around every page: the menu and the dashboard, both built only from
 * the modules' contributions for the user's roles, and the demo-mode banner.
 */
@Named
@RequestScoped
public class ShellBacking {

    @Inject
    ModuleRegistry registry;

    @Inject
    CurrentUser currentUser;

    @Inject
    AppConfig config;

    @Inject
    WorkspaceService workspaceService;

    private List<ModuleRegistry.MenuSection> menu;
    private List<Workspace> workspaces;

    public List<ModuleRegistry.MenuSection> getMenu() {
        if (menu == null) {
            menu = currentUser.isSignedIn()
                    ? registry.menuFor(currentUser.getRoles(), currentUser.getAccountRoles())
                    : List.of();
        }
        return menu;
    }

    public List<DashboardWidget> getWidgets() {
        return registry.widgetsFor(currentUser.getRoles());
    }

    /** The workspaces the user may enter (the switcher shows when there are several). */
    public List<Workspace> getWorkspaces() {
        if (workspaces == null) {
            // an installation with one workspace pays nothing per page for the switcher
            workspaces = currentUser.isSignedIn() && workspaceService.several()
                    ? workspaceService.of(currentUser.getUsername())
                    : List.of();
        }
        return workspaces;
    }

    /** The workspace this page works in. */
    public Workspace getWorkspace() {
        long id = WorkspaceContext.current();
        return getWorkspaces().stream()
                .filter(w -> w.getId() == id)
                .findFirst()
                .orElseGet(() -> workspaceService.find(id).orElse(null));
    }

    public boolean isDemo() {
        return config.isDemo();
    }

    /** Whether a menu entry points at the page being shown (highlighted in the menu). */
    public boolean isCurrent(String outcome) {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getViewRoot() != null
                && outcome.equals(context.getViewRoot().getViewId());
    }
}
