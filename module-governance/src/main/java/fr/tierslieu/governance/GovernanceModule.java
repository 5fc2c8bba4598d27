package fr.tierslieu.governance;

import fr.tierslieu.core.module.DashboardWidget;
import fr.tierslieu.core.module.MenuEntry;
import fr.tierslieu.core.module.TiersLieuModule;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The governance module: what board members design — voting colleges checked against the legal
 * form's rules, and votes counted by the tally engine. Plugs in through the core's contract only.
 */
@ApplicationScoped
public class GovernanceModule implements TiersLieuModule {

    public static final String ID = "governance";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "governance.module.name";
    }

    @Override
    public String icon() {
        return "pi pi-sitemap";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String bundleBaseName() {
        return "fr.tierslieu.governance.i18n.messages";
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                MenuEntry.of("governance.menu.members", "/governance/members.xhtml", "pi pi-id-card", 4),
                MenuEntry.of("governance.menu.bodies", "/governance/bodies.xhtml", "pi pi-sitemap", 5),
                MenuEntry.of("governance.menu.colleges", "/governance/colleges.xhtml", "pi pi-th-large", 10),
                MenuEntry.of("governance.menu.charter", "/governance/charter.xhtml", "pi pi-file-edit", 12),
                MenuEntry.of("governance.menu.statutes", "/governance/statutes.xhtml", "pi pi-book", 13),
                MenuEntry.of("governance.menu.decisions", "/governance/decisions.xhtml", "pi pi-book", 15),
                MenuEntry.of("governance.menu.tally", "/governance/tally.xhtml", "pi pi-check-square", 20),
                MenuEntry.of("governance.menu.roles", "/governance/roles.xhtml", "pi pi-table", 22),
                MenuEntry.of("governance.menu.legal", "/governance/legal.xhtml", "pi pi-briefcase", 25));
    }

    @Override
    public List<DashboardWidget> dashboardWidgets() {
        return List.of(DashboardWidget.of("governance.widget.title", "/governance/widget.xhtml", 30));
    }
}
