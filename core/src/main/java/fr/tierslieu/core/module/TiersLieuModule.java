package fr.tierslieu.core.module;

import java.util.List;
import java.util.Set;

/**
 * The descriptor every module provides, as one {@code @ApplicationScoped} CDI bean at the root
 * package of the module. The {@link ModuleRegistry} discovers all descriptors at start-up, checks
 * them (unique ids, known dependencies, no cycles) and builds the menu and the dashboard from
 * their contributions only: neither the core nor the web shell ever names a module.
 *
 * <p>Pages: a module's Facelets live in its jar under {@code META-INF/resources/<id>/} and need a
 * signed-in user. Pages for people without an account (a partner answering a date poll through
 * a personal link) go under {@code META-INF/resources/public/<id>/}: the shell serves
 * {@code /public/*} without sign-in and without role rules, so such a page must authorise the
 * visitor itself — by an unguessable token in its link — and call only service methods that do
 * not require a user. They use the template {@code /WEB-INF/templates/public.xhtml}.</p>
 *
 * <p>Life cycle: discovered once when the application starts; its migrations run right after the
 * core's, in dependency order; its menu entries and widgets are shown to users whose roles allow
 * them.</p>
 */
public interface TiersLieuModule {

    /**
     * Stable identifier: lower-case letters and digits, starting with a letter
     * (e.g. {@code core}, {@code governance}). Used in URLs ({@code /<id>/...}), bundle keys,
     * table prefixes and the Flyway history table {@code flyway_schema_history_<id>}.
     * Never change it once data exists.
     */
    String id();

    /** Bundle key of the module's display name. */
    String nameKey();

    /** PrimeIcons class shown next to the module's menu section. */
    default String icon() {
        return "pi pi-box";
    }

    /** Position of the module's menu section (lower first). */
    default int order() {
        return 100;
    }

    /** Ids of modules this module needs; the core is implicit and need not be listed. */
    default Set<String> dependsOn() {
        return Set.of();
    }

    /** Flyway location of the module's migrations; one folder per module. */
    default String migrationLocation() {
        return "classpath:db/migration/" + id();
    }

    /**
     * Base name of the module's resource bundle (French default, {@code _en} for English),
     * e.g. {@code fr.tierslieu.governance.i18n.messages}. Keys start with {@code <id>.}.
     */
    String bundleBaseName();

    /** Entries of the module's menu section. */
    default List<MenuEntry> menuEntries() {
        return List.of();
    }

    /** Widgets the module adds to the dashboard. */
    default List<DashboardWidget> dashboardWidgets() {
        return List.of();
    }

    /** Parts of a project's page this module contributes (none by default). */
    default List<ProjectTab> projectTabs() {
        return List.of();
    }

    /** Pages of the module restricted to some roles (besides those of its menu entries). */
    default List<PageAccess> pageAccess() {
        return List.of();
    }
}
