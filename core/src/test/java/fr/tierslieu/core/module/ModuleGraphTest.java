package fr.tierslieu.core.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.tierslieu.core.CoreModule;
import fr.tierslieu.core.domain.security.Role;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModuleGraphTest {

    /** A module described by id, order and dependencies. */
    record Fake(String id, int order, Set<String> dependsOn) implements TiersLieuModule {
        Fake(String id, String... deps) {
            this(id, 100, Set.of(deps));
        }

        @Override
        public String nameKey() {
            return id + ".name";
        }

        @Override
        public String bundleBaseName() {
            return "none";
        }

        @Override
        public List<MenuEntry> menuEntries() {
            return List.of(new MenuEntry(id + ".menu", "/" + id + "/page.xhtml", null, 1, Set.of(Role.BOARD)));
        }
    }

    private static List<String> ids(List<TiersLieuModule> modules) {
        return modules.stream().map(TiersLieuModule::id).toList();
    }

    @Test
    void coreComesFirstThenDependenciesBeforeDependents() {
        List<TiersLieuModule> ordered = ModuleGraph.resolve(List.of(
                new Fake("studytrip", "governance"), new Fake("economy"), new Fake("governance"), new CoreModule()));
        assertThat(ids(ordered)).containsExactly("core", "economy", "governance", "studytrip");
    }

    @Test
    void independentModulesAreOrderedByOrderThenId() {
        List<TiersLieuModule> ordered = ModuleGraph.resolve(List.of(
                new Fake("zeta", 1, Set.of()),
                new Fake("alpha", 2, Set.of()),
                new Fake("beta", 2, Set.of()),
                new CoreModule()));
        assertThat(ids(ordered)).containsExactly("core", "zeta", "alpha", "beta");
    }

    @Test
    void duplicateIdsStopStartUpNamingBothClasses() {
        assertThatThrownBy(
                        () -> ModuleGraph.resolve(List.of(new CoreModule(), new Fake("economy"), new Fake("economy"))))
                .isInstanceOf(ModuleConfigurationException.class)
                .hasMessageContaining("duplicate module id 'economy'")
                .hasMessageContaining(Fake.class.getName());
    }

    @Test
    void aMissingDependencyStopsStartUp() {
        assertThatThrownBy(() -> ModuleGraph.resolve(List.of(new CoreModule(), new Fake("studytrip", "governance"))))
                .isInstanceOf(ModuleConfigurationException.class)
                .hasMessageContaining("module 'studytrip' depends on module 'governance', which is not installed");
    }

    @Test
    void cyclesAreNamed() {
        assertThatThrownBy(() -> ModuleGraph.resolve(
                        List.of(new CoreModule(), new Fake("aaa", "bbb"), new Fake("bbb", "aaa"), new Fake("ccc"))))
                .hasMessageContaining("cycle: aaa, bbb")
                .hasMessageNotContaining("ccc");
    }

    @Test
    void selfDependencyAndBadIdsAreRefused() {
        assertThatThrownBy(() -> ModuleGraph.resolve(List.of(new CoreModule(), new Fake("loop", "loop"))))
                .hasMessageContaining("depends on itself");
        assertThatThrownBy(() -> ModuleGraph.resolve(List.of(new CoreModule(), new Fake("Bad-Id"))))
                .hasMessageContaining("invalid id 'Bad-Id'");
    }

    @Test
    void theCoreIsRequired() {
        assertThatThrownBy(() -> ModuleGraph.resolve(List.of(new Fake("economy"))))
                .hasMessageContaining("core module");
    }

    @Test
    void registryBuildsMenusAndPageRulesFromContributions() {
        ModuleRegistry registry = new ModuleRegistry(List.of(new CoreModule(), new Fake("governance")));
        assertThat(registry.menuFor(Set.of(Role.VIEWER)))
                .extracting(ModuleRegistry.MenuSection::moduleId)
                .containsExactly("core");
        assertThat(registry.menuFor(Set.of(Role.BOARD)))
                .extracting(ModuleRegistry.MenuSection::moduleId)
                .containsExactly("core", "governance");
        assertThat(registry.menuFor(Set.of(Role.ADMIN)).get(0).entries())
                .extracting(MenuEntry::outcome)
                .contains("/core/admin/users.xhtml");
        assertThat(registry.menuFor(Set.of(Role.MANAGER)).get(0).entries())
                .extracting(MenuEntry::outcome)
                .doesNotContain("/core/admin/users.xhtml");

        assertThat(registry.mayOpen("/governance/page.xhtml", Set.of(Role.VIEWER)))
                .isFalse();
        assertThat(registry.mayOpen("/governance/page.xhtml", Set.of(Role.BOARD)))
                .isTrue();
        assertThat(registry.mayOpen("/core/admin/audit.xhtml", Set.of(Role.MANAGER)))
                .isFalse();
        assertThat(registry.mayOpen("/core/admin/audit.xhtml", Set.of(Role.ADMIN)))
                .isTrue();
        assertThat(registry.mayOpen("/core/actors/edit.xhtml", Set.of(Role.VIEWER)))
                .isFalse();
        assertThat(registry.mayOpen("/core/actors/edit.xhtml", Set.of(Role.ORGANIZER)))
                .isTrue();
        assertThat(registry.mayOpen("/core/actors/view.xhtml", Set.of(Role.VIEWER)))
                .isTrue();
        // a workspace's ADMIN who is a reader of the installation: its privacy page, not the accounts'
        Set<Role> workspaceAdmin = Set.of(Role.ADMIN);
        Set<Role> account = Set.of(Role.VIEWER);
        assertThat(registry.mayOpen("/core/admin/privacy.xhtml", workspaceAdmin, account))
                .isTrue();
        assertThat(registry.mayOpen("/core/admin/users.xhtml", workspaceAdmin, account))
                .isFalse();
        assertThat(registry.mayOpen("/core/admin/backups.xhtml", workspaceAdmin, account))
                .isFalse();
        assertThat(registry.mayOpen("/core/admin/users.xhtml", Set.of(Role.VIEWER), Set.of(Role.ADMIN)))
                .as("the installation's administrator, wherever they are")
                .isTrue();
        assertThat(registry.menuFor(workspaceAdmin, account).get(0).entries())
                .extracting(MenuEntry::outcome)
                .contains("/core/admin/privacy.xhtml", "/core/workspaces/admin.xhtml")
                .doesNotContain("/core/admin/users.xhtml", "/core/admin/backups.xhtml", "/core/admin/mails.xhtml");
        assertThat(registry.menuFor(Set.of(Role.VIEWER), Set.of(Role.NETWORK_ADMIN))
                        .get(0)
                        .entries())
                .as("the network's administrator, in a workspace where they read")
                .extracting(MenuEntry::outcome)
                .contains("/core/workspaces/admin.xhtml", "/core/workspaces/home.xhtml")
                .doesNotContain("/core/admin/users.xhtml");
        assertThat(registry.widgetsFor(Set.of(Role.VIEWER)))
                .extracting(DashboardWidget::fragment)
                .containsExactly("/core/widgets/engagement.xhtml", "/core/widgets/attention.xhtml");
    }

    @Test
    void projectTabsComeFromTheModulesInOrderForTheRolesTheyName() {
        TiersLieuModule withTabs = new TiersLieuModule() {
            public String id() {
                return "tabs";
            }

            public String nameKey() {
                return "tabs.name";
            }

            public String bundleBaseName() {
                return "none";
            }

            public List<ProjectTab> projectTabs() {
                return List.of(
                        new ProjectTab("tabs.board", "/tabs/board.xhtml", 10, Set.of(Role.BOARD)),
                        ProjectTab.of("tabs.all", "/tabs/all.xhtml", 5));
            }
        };
        ModuleRegistry registry = new ModuleRegistry(List.of(new CoreModule(), withTabs));
        assertThat(registry.projectTabsFor(Set.of(Role.VIEWER)))
                .extracting(ProjectTab::fragment)
                .containsExactly("/tabs/all.xhtml");
        assertThat(registry.projectTabsFor(Set.of(Role.BOARD)))
                .extracting(ProjectTab::fragment)
                .containsExactly("/tabs/all.xhtml", "/tabs/board.xhtml");
        assertThatThrownBy(() -> ProjectTab.of("k", "tab.html", 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void contributionsAreValidated() {
        assertThatThrownBy(() -> MenuEntry.of("k", "relative.xhtml", null, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DashboardWidget.of("k", "/x/widget.html", 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageAccess("core/", Set.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
