package fr.tierslieu.core.application.backup;

import fr.tierslieu.core.application.bootstrap.Database;
import fr.tierslieu.core.application.config.AppConfig;
import fr.tierslieu.core.application.security.RequiresRole;
import fr.tierslieu.core.domain.security.Role;
import fr.tierslieu.core.domain.shared.NotFoundException;
import fr.tierslieu.core.module.ModuleRegistry;
import fr.tierslieu.core.module.TiersLieuModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Backups a manager can take and get back without a database administrator, while the
 * application runs.
 * <ul>
 * <li>H2: {@code SCRIPT TO … COMPRESSION ZIP} in one repeatable-read transaction (a consistent SQL
 * script of every table, taken from inside: the file is locked while the application runs);
 * restored into an empty data folder by {@code ./run.sh --restore FILE}.</li>
 * <li>PostgreSQL: {@code pg_dump --format=custom} when the program is on the server (Debian's
 * {@code postgresql-client}); otherwise the answer says so, and how.</li>
 * </ul>
 * Files live in {@code $TIERSLIEU_DATA_DIR/backups}: {@code tierslieu-manual-…}, {@code
 * tierslieu-daily-…} (the nightly job keeps the last {@code TIERSLIEU_BACKUP_KEEP}, 14 by
 * default), {@code tierslieu-before-migration-…} (written by start-up before an upgrade).
 */
@ApplicationScoped
public class BackupService {

    private static final Logger LOG = Logger.getLogger(BackupService.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);
    /** Only names the service writes are served back (no path, no "..") . */
    static final Pattern NAME = Pattern.compile("tierslieu-[a-z-]+-\\d{8}-\\d{6}(-\\d+)?\\.(sql\\.zip|dump)");

    @Inject
    AppConfig config;

    @Inject
    ModuleRegistry registry;

    /** Why a backup was taken: the first word of its file name. */
    public enum Kind {
        MANUAL,
        DAILY,
        MIGRATION
    }

    /** A backup file: its name, size in bytes, when it was written and why. */
    public record Backup(String name, long size, Instant createdAt, Kind kind) {}

    /** The backup cannot be taken here (no pg_dump…); the message says what to do. */
    public static class Unavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Unavailable(String message) {
            super(message);
        }
    }

    @RequiresRole(
            value = {Role.ADMIN},
            installation = true)
    public Backup create() {
        return take(Kind.MANUAL);
    }

    /** The nightly backup and the retention rule (called by the scheduler, without a user). */
    public Backup daily() {
        Backup b = take(Kind.DAILY);
        prune(Kind.DAILY, config.backupKeep());
        return b;
    }

    @RequiresRole(
            value = {Role.ADMIN},
            installation = true)
    public List<Backup> list() {
        Path dir = config.backupDir();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> NAME.matcher(p.getFileName().toString()).matches())
                    .map(BackupService::describe)
                    .sorted(Comparator.comparing(Backup::createdAt).reversed())
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The file of a backup listed by {@link #list()}. */
    @RequiresRole(
            value = {Role.ADMIN},
            installation = true)
    public Path file(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new NotFoundException("Backup", name);
        }
        Path file = config.backupDir().resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new NotFoundException("Backup", name);
        }
        return file;
    }

    private Backup take(Kind kind) {
        Path dir = config.backupDir();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create " + dir + ": " + e.getMessage(), e);
        }
        DataSource ds = Database.dataSource();
        String url;
        try (Connection c = ds.getConnection()) {
            url = c.getMetaData().getURL();
        } catch (SQLException e) {
            throw new IllegalStateException("The database does not answer: " + e.getMessage(), e);
        }
        String base = "tierslieu-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-"
                + LocalDateTime.now(ZoneId.systemDefault()).format(STAMP);
        Path file = url.startsWith("jdbc:postgresql:") ? unique(dir, base, ".dump") : unique(dir, base, ".sql.zip");
        long start = System.nanoTime();
        if (url.startsWith("jdbc:postgresql:")) {
            pgDump(url, file);
        } else {
            h2Script(ds, file);
        }
        Backup b = describe(file);
        LOG.info(() -> "Backup written: " + file + " (" + b.size() + " bytes, "
                + (System.nanoTime() - start) / 1_000_000 + " ms)");
        return b;
    }

    private static Path unique(Path dir, String base, String extension) {
        Path file = dir.resolve(base + extension);
        for (int i = 2; Files.exists(file); i++) {
            file = dir.resolve(base + "-" + i + extension);
        }
        return file;
    }

    /** Every table in one consistent view, as a compressed SQL script (H2's own format). */
    static void h2Script(DataSource ds, Path file) {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try (Statement s = c.createStatement()) {
                s.execute("SCRIPT TO '" + file.toString().replace("'", "''") + "' COMPRESSION ZIP");
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("The backup failed: " + e.getMessage(), e);
        }
    }

    private void pgDump(String url, Path file) {
        Path program = pgDumpProgram();
        if (program == null) {
            throw new Unavailable("pg_dump is not installed on this server: install Debian's postgresql-client "
                    + "(same major version as the database, or newer), or back up with your provider's tools");
        }
        URI uri = URI.create(url.substring("jdbc:".length()));
        List<String> command = new ArrayList<>(List.of(
                program.toString(),
                "--format=custom",
                "--no-owner",
                "--no-privileges",
                "--host",
                uri.getHost() == null ? "127.0.0.1" : uri.getHost(),
                "--port",
                String.valueOf(uri.getPort() < 0 ? 5432 : uri.getPort()),
                "--file",
                file.toString()));
        String user = System.getenv("TIERSLIEU_DB_USER");
        if (user != null && !user.isBlank()) {
            command.addAll(List.of("--username", user));
        }
        command.add(uri.getPath().substring(1));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        String password = System.getenv("TIERSLIEU_DB_PASSWORD");
        if (password != null) {
            pb.environment().put("PGPASSWORD", password);
        }
        try {
            Process p = pb.start();
            String output = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
                Files.deleteIfExists(file);
                throw new IllegalStateException("pg_dump failed: " + output.strip());
            }
        } catch (IOException e) {
            throw new IllegalStateException("pg_dump could not run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** pg_dump on the PATH, else the newest under /usr/lib/postgresql (Debian). */
    static Path pgDumpProgram() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, "pg_dump");
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                return versions.map(v -> v.resolve("bin/pg_dump"))
                        .filter(Files::isExecutable)
                        .max(Comparator.comparing(
                                p -> p.getParent().getParent().getFileName().toString(),
                                Comparator.comparingInt(v -> v.matches("\\d+") ? Integer.parseInt(v) : 0)))
                        .orElse(null);
            } catch (IOException e) {
                return null;
            }
        }
        return null;
    }

    /** Keeps the newest {@code keep} backups of this kind. */
    void prune(Kind kind, int keep) {
        List<Backup> old = list().stream()
                .filter(b -> b.kind() == kind)
                .skip(Math.max(0, keep))
                .toList();
        for (Backup b : old) {
            try {
                Files.deleteIfExists(config.backupDir().resolve(b.name()));
                LOG.info(() -> "Old backup removed (keeping " + keep + "): " + b.name());
            } catch (IOException e) {
                LOG.warning(() -> "Cannot remove " + b.name() + ": " + e.getMessage());
            }
        }
    }

    private static Backup describe(Path file) {
        String name = file.getFileName().toString();
        Kind kind = name.startsWith("tierslieu-daily-")
                ? Kind.DAILY
                : name.startsWith("tierslieu-before-migration-") ? Kind.MIGRATION : Kind.MANUAL;
        try {
            return new Backup(
                    name, Files.size(file), Files.getLastModifiedTime(file).toInstant(), kind);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- the workspace as one document (either database) --------------------------------------

    /** The modules of this installation with their schema versions, core first. */
    List<WorkspaceArchive.Module> modules() throws SQLException {
        List<WorkspaceArchive.Module> out = new ArrayList<>();
        for (TiersLieuModule m : registry.modules()) {
            out.add(new WorkspaceArchive.Module(m.id(), WorkspaceArchive.schemaVersion(Database.dataSource(), m.id())));
        }
        return out;
    }

    @RequiresRole(
            value = {Role.ADMIN},
            installation = true)
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public WorkspaceArchive.Summary exportWorkspace(OutputStream out) {
        try {
            return WorkspaceArchive.export(Database.dataSource(), modules(), out);
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("The export failed: " + e.getMessage(), e);
        }
    }

    /** Imports a workspace document into this installation, which must hold no data yet (users aside). */
    @RequiresRole(
            value = {Role.ADMIN},
            installation = true)
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public WorkspaceArchive.Summary importWorkspace(InputStream in) {
        try {
            return WorkspaceArchive.importInto(Database.dataSource(), modules(), in);
        } catch (IOException | SQLException e) {
            throw new WorkspaceArchive.Refused("the document could not be imported: " + e.getMessage());
        }
    }
}
