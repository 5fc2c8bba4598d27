package fr.tierslieu.example;

import fr.tierslieu.core.domain.security.Role;
import fr.tierslieu.core.module.MenuEntry;
import fr.tierslieu.core.module.TiersLieuModule;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/** The module's descriptor: its id, name, bundle and menu entries, found by the core through CDI. */
@ApplicationScoped
public class ExampleModule implements TiersLieuModule {

    @Override
    public String id() {
        return "example";
    }

    @Override
    public String nameKey() {
        return "example.module.name";
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public String bundleBaseName() {
        return "fr.tierslieu.example.i18n.messages";
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(new MenuEntry(
                "example.menu.notes", "/example/notes.xhtml", "pi pi-book", 10, Set.of(Role.MANAGER, Role.BOARD)));
    }
}
