package fr.tierslieu.studytrip;

import fr.tierslieu.core.module.DashboardWidget;
import fr.tierslieu.core.module.MenuEntry;
import fr.tierslieu.core.module.TiersLieuModule;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The study trip module: organisers plan the voyage d'étude — candidate destinations and their
 * criteria grid, a date poll answered through personal links (page under {@code /public/studytrip/}),
 * registrations with a waiting list, the itinerary, carpool or coach, the budget, and the debrief
 * published to the project. Plugs in through the core's contract only.
 */
@ApplicationScoped
public class StudyTripModule implements TiersLieuModule {

    public static final String ID = "studytrip";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "studytrip.module.name";
    }

    @Override
    public String icon() {
        return "pi pi-map-marker";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String bundleBaseName() {
        return "fr.tierslieu.studytrip.i18n.messages";
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(MenuEntry.of("studytrip.menu.trips", "/studytrip/trips.xhtml", "pi pi-map", 10));
    }

    @Override
    public List<fr.tierslieu.core.module.ProjectTab> projectTabs() {
        return List.of(fr.tierslieu.core.module.ProjectTab.of(
                "studytrip.projectTab.title", "/studytrip/project-tab.xhtml", 30));
    }

    @Override
    public List<DashboardWidget> dashboardWidgets() {
        return List.of(DashboardWidget.of("studytrip.widget.title", "/studytrip/widget.xhtml", 40));
    }
}
