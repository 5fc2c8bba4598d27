package fr.tierslieu.economy;

import fr.tierslieu.core.module.DashboardWidget;
import fr.tierslieu.core.module.MenuEntry;
import fr.tierslieu.core.module.TiersLieuModule;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The economic model module: the manager's activities, costs and funding, the multi-year forecast
 * and cash plan, scenarios, risk and actual figures. Every signed-in user reads; the manager edits
 * (checked by the services). Plugs in through the core's contract only.
 */
@ApplicationScoped
public class EconomyModule implements TiersLieuModule {

    public static final String ID = "economy";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "economy.module.name";
    }

    @Override
    public String icon() {
        return "pi pi-chart-line";
    }

    @Override
    public int order() {
        return 35;
    }

    @Override
    public String bundleBaseName() {
        return "fr.tierslieu.economy.i18n.messages";
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(MenuEntry.of("economy.menu.models", "/economy/models.xhtml", "pi pi-chart-line", 10));
    }

    @Override
    public List<fr.tierslieu.core.module.ProjectTab> projectTabs() {
        return List.of(
                fr.tierslieu.core.module.ProjectTab.of("economy.projectTab.title", "/economy/project-tab.xhtml", 20));
    }

    @Override
    public List<DashboardWidget> dashboardWidgets() {
        return List.of(DashboardWidget.of("economy.widget.title", "/economy/widget.xhtml", 35));
    }
}
