package fr.tierslieu.core.application.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.tierslieu.core.CoreModule;
import fr.tierslieu.core.module.TiersLieuModule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.zip.ZipFile;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaMigratorTest {

    /** A module whose migrations live in a test folder. */
    record Sample(String id, String folder) implements TiersLieuModule {
        @Override
        public String nameKey() {
            return id;
        }

        @Override
        public String bundleBaseName() {
            return id;
        }

        @Override
        public String migrationLocation() {
            return "classpath:db/testmigrations/" + folder;
        }
    }

    @TempDir
    Path dir;

    private JdbcDataSource dataSource;

    @BeforeEach
    void database() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + dir.resolve("db/tierslieu"));
        dataSource.setUser("sa");
        dataSource.setPassword("");
    }

    private SchemaMigrator migrator() {
        return new SchemaMigrator(dataSource, dir.resolve("backups"));
    }

    private int count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        }
    }

    @Test
    void aNewDatabaseIsMigratedModuleByModuleWithoutBackup() throws Exception {
        SchemaMigrator.Report report = migrator().migrate(List.of(new CoreModule(), new Sample("sample", "samplev1")));
        assertThat(report.backup()).isNull();
        long coreMigrations;
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/db/migration/core"))) {
            coreMigrations = files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .count();
        }
        assertThat(report.applied()).containsExactly("core: " + coreMigrations, "sample: 1");
        assertThat(count("SELECT COUNT(*) FROM core_actor")).isZero();
        assertThat(count("SELECT COUNT(*) FROM sample_item")).isEqualTo(1);
        assertThat(
                        count(
                                "SELECT COUNT(*) FROM \"flyway_schema_history_sample\" WHERE \"success\" AND \"version\" = '1'"))
                .isEqualTo(1);
        assertThat(dir.resolve("backups")).doesNotExist();
    }

    @Test
    void restartingWithNothingNewTakesNoBackup() {
        migrator().migrate(List.of(new CoreModule(), new Sample("sample", "samplev1")));
        SchemaMigrator.Report again = migrator().migrate(List.of(new CoreModule(), new Sample("sample", "samplev1")));
        assertThat(again.backup()).isNull();
        assertThat(again.applied()).containsExactly("core: 0", "sample: 0");
    }

    @Test
    void newMigrationsOnAnExistingDatabaseAreBackedUpFirst() throws Exception {
        migrator().migrate(List.of(new CoreModule(), new Sample("sample", "samplev1")));
        SchemaMigrator.Report upgrade = migrator().migrate(List.of(new CoreModule(), new Sample("sample", "samplev2")));
        assertThat(upgrade.applied()).containsExactly("core: 0", "sample: 1");
        assertThat(upgrade.backup()).isNotNull().exists();
        assertThat(upgrade.backup().getFileName().toString())
                .startsWith("tierslieu-before-migration-")
                .endsWith(".sql.zip");
        try (ZipFile zip = new ZipFile(upgrade.backup().toFile())) {
            String script =
                    new String(zip.getInputStream(zip.entries().nextElement()).readAllBytes());
            assertThat(script).containsIgnoringCase("sample_item").contains("'first'");
        }
        assertThat(count("SELECT COUNT(*) FROM sample_item WHERE note IS NULL")).isEqualTo(1);
    }

    @Test
    void aFailingMigrationStopsWithTheModuleNamed() throws Exception {
        migrator().migrate(List.of(new CoreModule()));
        assertThatThrownBy(() -> migrator().migrate(List.of(new CoreModule(), new Sample("broken", "broken"))))
                .isInstanceOf(MigrationFailedException.class)
                .hasMessageContaining("Migration of module 'broken' failed")
                .hasMessageContaining("backup taken before the upgrade");
        assertThat(count("SELECT COUNT(*) FROM core_actor")).isZero();
        assertThat(Files.list(dir.resolve("backups")).count()).isEqualTo(1);
    }
}
