package fr.tierslieu.web.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import fr.tierslieu.core.application.bootstrap.SchemaMigrator;
import fr.tierslieu.core.module.MenuEntry;
import fr.tierslieu.core.module.TiersLieuModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Upgrades keep every row. Each file of {@code src/test/resources/upgrade/} is the database of a
 * released version (demo data plus edge rows: quotes, emoji, the longest names), written by H2's
 * {@code SCRIPT} from that release; this build opens it, takes the backup before migrating,
 * applies its migrations, and finds every table with the same rows and the edge values intact.
 * Add a fixture for each release that changes the schema (docs/operations.md, "Upgrades").
 */
class UpgradeFixtureTest {

    /** The modules of this build, by the migration folders on the class path (core first). */
    static List<TiersLieuModule> modules() {
        return Stream.of("core", "governance", "studytrip", "economy")
                .map(UpgradeFixtureTest::module)
                .toList();
    }

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/upgrade"))) {
            return files
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".sql.zip"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void everyRowOfAReleasedDatabaseSurvivesTheUpgrade(String fixture, @TempDir Path dir) throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.resolve("db/tierslieu"));
        ds.setUser("sa");
        ds.setPassword("");
        Path script = dir.resolve(fixture);
        try (InputStream in = getClass().getResourceAsStream("/upgrade/" + fixture)) {
            Files.copy(in, script);
        }
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            s.execute("RUNSCRIPT FROM '" + script.toString().replace("'", "''") + "' COMPRESSION ZIP");
        }
        Map<String, Long> before = counts(ds);
        assertThat(before.get("core_actor")).isGreaterThan(20);

        SchemaMigrator.Report report = new SchemaMigrator(ds, dir.resolve("backups")).migrate(modules());

        assertThat(report.backup()).as("backup before migrating").isNotNull();
        assertThat(Files.size(report.backup())).isPositive();
        Map<String, Long> after = counts(ds);
        before.forEach((table, rows) -> assertThat(after.get(table)).as(table).isEqualTo(rows));
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT name, notes FROM core_actor WHERE name LIKE '%Ty Coz%'")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo("L’Atelier « Ty Coz » – \"quotes\" & <html> \uD83D\uDE9C");
                assertThat(r.getString(2))
                        .contains("Première ligne\nDeuxième ligne ; avec des ; et des ,\tet une tabulation");
            }
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM core_actor WHERE LENGTH(name) = 200")) {
                r.next();
                assertThat(r.getLong(1)).isEqualTo(1);
            }
            try (ResultSet r = s.executeQuery("SELECT assumptions FROM economy_model")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).contains("\"activities\"");
            }
            // every row of a released installation moves into its first workspace, the only one
            List<String> scoped = new java.util.ArrayList<>();
            try (ResultSet r = c.getMetaData().getColumns(null, "PUBLIC", "%", "WORKSPACE_ID")) {
                while (r.next()) {
                    scoped.add(r.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
            assertThat(scoped)
                    .as("tables with a workspace")
                    .contains("core_actor", "core_audit_entry", "governance_member", "economy_model", "studytrip_trip")
                    .hasSizeGreaterThan(50);
            for (String table : scoped) {
                try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table + " WHERE workspace_id <> 1")) {
                    r.next();
                    assertThat(r.getLong(1))
                            .as("%s rows outside workspace 1", table)
                            .isZero();
                }
            }
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM core_indicator WHERE code IS NOT NULL")) {
                r.next();
                assertThat(r.getLong(1)).as("the common base keeps its codes").isGreaterThan(5);
            }
            // the new tables of this build are there too
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM core_health_probe")) {
                r.next();
                assertThat(r.getLong(1)).isEqualTo(1);
            }
        }
    }

    private static Map<String, Long> counts(JdbcDataSource ds) throws SQLException {
        Map<String, Long> out = new TreeMap<>();
        try (Connection c = ds.getConnection()) {
            List<String> tables = new java.util.ArrayList<>();
            try (ResultSet r = c.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
                while (r.next()) {
                    tables.add(r.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
            try (Statement s = c.createStatement()) {
                for (String t : tables) {
                    if (t.startsWith("flyway_")) {
                        continue; // the histories grow with the upgrade
                    }
                    try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + t)) {
                        r.next();
                        out.put(t, r.getLong(1));
                    }
                }
            }
        }
        return out;
    }

    private static TiersLieuModule module(String id) {
        return new TiersLieuModule() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String nameKey() {
                return id;
            }

            @Override
            public String bundleBaseName() {
                return "fr.tierslieu.core.i18n.messages";
            }

            @Override
            public List<MenuEntry> menuEntries() {
                return List.of();
            }

            @Override
            public String migrationLocation() {
                return "classpath:db/migration/" + id;
            }
        };
    }
}
