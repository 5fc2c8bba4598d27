package fr.tierslieu.core.application.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.tierslieu.core.application.demo.CoreDemoData;
import fr.tierslieu.core.application.workspace.WorkspaceSettings;
import fr.tierslieu.core.domain.actor.Actor;
import fr.tierslieu.core.domain.actor.ActorKind;
import fr.tierslieu.core.domain.actor.ActorType;
import fr.tierslieu.core.domain.actor.Position;
import fr.tierslieu.core.testsupport.JpaTestSupport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A workspace exported from H2 imports into a new database of the lane's kind (H2, or PostgreSQL
 * in test.sh's second lane) with every table's rows and content unchanged.
 */
class WorkspaceArchiveTest {

    private static List<WorkspaceArchive.Module> core(JpaTestSupport db) throws Exception {
        return List.of(new WorkspaceArchive.Module("core", WorkspaceArchive.schemaVersion(db.dataSource(), "core")));
    }

    @Test
    void theDemoWorkspaceGoesFromH2ToANewDatabaseUnchanged() throws Exception {
        try (JpaTestSupport source = JpaTestSupport.openH2("core", "core", "classpath:db/migration/core");
                JpaTestSupport target = JpaTestSupport.core()) {
            source.run(em -> new CoreDemoData(em).load());
            source.run(em -> WorkspaceSettings.put(em, "impact.published", "true"));
            // the new installation's administrator hid its checklist before importing: replaced too
            target.run(em -> WorkspaceSettings.put(em, "getting-started.dismissed", "true"));
            ByteArrayOutputStream zip = new ByteArrayOutputStream();
            WorkspaceArchive.Summary exported = WorkspaceArchive.export(source.dataSource(), core(source), zip);
            assertThat(exported.rows())
                    .containsKeys(
                            "core_actor",
                            "core_project",
                            "core_roadmap_task",
                            "core_app_user",
                            "core_audit_entry",
                            "core_mactor_analysis",
                            "core_workspace_setting")
                    .doesNotContainKey("core_health_probe");
            assertThat(exported.rows().get("core_actor")).isEqualTo(CoreDemoData.ACTOR_COUNT);
            // parents before children
            List<String> order = List.copyOf(exported.rows().keySet());
            assertThat(order.indexOf("core_actor")).isLessThan(order.indexOf("core_assessment"));
            assertThat(order.indexOf("core_project")).isLessThan(order.indexOf("core_roadmap_task"));

            WorkspaceArchive.Summary imported = WorkspaceArchive.importInto(
                    target.dataSource(), core(target), new ByteArrayInputStream(zip.toByteArray()));
            assertThat(imported.rows()).isEqualTo(exported.rows());
            Map<String, String> before = WorkspaceArchive.fingerprint(source.dataSource(), core(source));
            Map<String, String> after = WorkspaceArchive.fingerprint(target.dataSource(), core(target));
            assertThat(after).isEqualTo(before);

            // new records get ids past the imported ones
            long maxId = target.tx(em ->
                    em.createQuery("select max(a.id) from Actor a", Long.class).getSingleResult());
            long newId = target.tx(em -> {
                Actor a = new Actor(
                        ActorType.ORGANISATION,
                        "Nouvelle venue",
                        ActorKind.ASSOCIATION,
                        Position.initial(),
                        LocalDate.of(2026, 11, 28),
                        "admin");
                em.persist(a);
                em.flush();
                return a.getId();
            });
            assertThat(newId).isGreaterThan(maxId);

            // a second import into the now full database is refused, and changes nothing
            assertThatThrownBy(() -> WorkspaceArchive.importInto(
                            target.dataSource(), core(target), new ByteArrayInputStream(zip.toByteArray())))
                    .isInstanceOf(WorkspaceArchive.Refused.class)
                    .hasMessageContaining("not empty");
            long actors = target.tx(em ->
                    em.createQuery("select count(a) from Actor a", Long.class).getSingleResult());
            assertThat(actors).isEqualTo(CoreDemoData.ACTOR_COUNT + 1);
        }
    }

    @Test
    void aDocumentOfAnotherSchemaVersionOrNotADocumentIsRefused() throws Exception {
        try (JpaTestSupport source = JpaTestSupport.core();
                JpaTestSupport target = JpaTestSupport.core()) {
            ByteArrayOutputStream zip = new ByteArrayOutputStream();
            WorkspaceArchive.export(source.dataSource(), List.of(new WorkspaceArchive.Module("core", "1")), zip);
            assertThatThrownBy(() -> WorkspaceArchive.importInto(
                            target.dataSource(), core(target), new ByteArrayInputStream(zip.toByteArray())))
                    .isInstanceOf(WorkspaceArchive.Refused.class)
                    .hasMessageContaining("schema version");
            assertThatThrownBy(() -> WorkspaceArchive.importInto(
                            target.dataSource(), core(target), new ByteArrayInputStream("not a zip".getBytes())))
                    .isInstanceOf(WorkspaceArchive.Refused.class);
        }
    }
}
