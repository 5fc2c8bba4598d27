package fr.tierslieu.testmod;

import fr.tierslieu.core.domain.security.Role;
import fr.tierslieu.core.module.DashboardWidget;
import fr.tierslieu.core.module.MenuEntry;
import fr.tierslieu.core.module.TiersLieuModule;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

@ApplicationScoped
public class TestModule implements TiersLieuModule {

    @Override
    public String id() {
        return "testmod";
    }

    @Override
    public String nameKey() {
        return "testmod.name";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String bundleBaseName() {
        return "fr.tierslieu.testmod.messages";
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                new MenuEntry("testmod.menu.notes", "/testmod/notes.xhtml", "pi pi-book", 10, Set.of(Role.MANAGER)));
    }

    @Override
    public List<DashboardWidget> dashboardWidgets() {
        return List.of(DashboardWidget.of("testmod.widget.title", "/testmod/widget.xhtml", 5));
    }
}
