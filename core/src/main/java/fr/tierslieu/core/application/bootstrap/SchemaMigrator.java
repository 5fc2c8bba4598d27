package fr.tierslieu.core.application.bootstrap;

import fr.tierslieu.core.module.TiersLieuModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;

/**
 * Brings the database schema up to date, module by module, in the order given (the core first,
 * then modules in dependency order). Each module has its own Flyway location and its own history
 * table {@code flyway_schema_history_<id>}, so version numbers are local to a module.
 *
 * <p>Before applying new migrations to an existing H2 database, it writes a compressed SQL backup
 * ({@code SCRIPT TO … COMPRESSION ZIP}) into the backup directory: an upgrade that goes wrong can
 * be undone with {@code RUNSCRIPT FROM}.</p>
 */
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    private final DataSource dataSource;
    private final Path backupDir;

    public SchemaMigrator(DataSource dataSource, Path backupDir) {
        this.dataSource = dataSource;
        this.backupDir = backupDir;
    }

    /** What a run did: the backup file written (or null) and how many migrations were applied per module. */
    public record Report(Path backup, List<String> applied) {}

    /**
     * @throws MigrationFailedException naming the module and the cause; the modules before it stay migrated
     */
    public Report migrate(List<TiersLieuModule> modules) {
        List<Flyway> flyways = new ArrayList<>();
        boolean existing = false;
        int pending = 0;
        for (TiersLieuModule module : modules) {
            Flyway flyway = configure(module);
            flyways.add(flyway);
            try {
                var info = flyway.info();
                existing |= info.applied().length > 0;
                pending += info.pending().length;
            } catch (FlywayException e) {
                throw new MigrationFailedException(
                        "Cannot read the migration state of module '" + module.id() + "': " + e.getMessage(), e);
            }
        }
        Path backup = null;
        if (existing && pending > 0 && isH2()) {
            backup = backup();
        }
        List<String> applied = new ArrayList<>();
        for (int i = 0; i < modules.size(); i++) {
            TiersLieuModule module = modules.get(i);
            try {
                int count = flyways.get(i).migrate().migrationsExecuted;
                applied.add(module.id() + ": " + count);
                if (count > 0) {
                    MigrationInfo current = flyways.get(i).info().current();
                    LOG.info(() -> "Module '" + module.id() + "': applied " + count
                            + " migration(s), schema now at version " + (current == null ? "-" : current.getVersion()));
                }
            } catch (FlywayException e) {
                throw new MigrationFailedException(
                        "Migration of module '" + module.id() + "' failed"
                                + (backup == null ? "" : " (backup taken before the upgrade: " + backup + ")")
                                + ": " + e.getMessage(),
                        e);
            }
        }
        return new Report(backup, applied);
    }

    private Flyway configure(TiersLieuModule module) {
        return Flyway.configure(module.getClass().getClassLoader())
                .dataSource(dataSource)
                .locations(module.migrationLocation())
                .table("flyway_schema_history_" + module.id())
                // Other modules' tables already exist: start this module's history at version 0.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .baselineDescription("<< " + module.id() + " history start >>")
                .validateMigrationNaming(true)
                .load();
    }

    private boolean isH2() {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getURL().startsWith("jdbc:h2:");
        } catch (SQLException e) {
            throw new MigrationFailedException("Database unreachable: " + e.getMessage(), e);
        }
    }

    private Path backup() {
        try {
            Files.createDirectories(backupDir);
            Path file = backupDir.resolve(
                    "tierslieu-before-migration-" + LocalDateTime.now().format(STAMP) + ".sql.zip");
            try (Connection c = dataSource.getConnection();
                    Statement s = c.createStatement()) {
                s.execute("SCRIPT TO '" + file.toString().replace("'", "''") + "' COMPRESSION ZIP");
            }
            LOG.info(() -> "Database backed up before migration to " + file);
            return file;
        } catch (IOException | SQLException e) {
            throw new MigrationFailedException(
                    "Could not back up the database before migrating (" + e.getMessage() + "); nothing was migrated",
                    e);
        }
    }
}
