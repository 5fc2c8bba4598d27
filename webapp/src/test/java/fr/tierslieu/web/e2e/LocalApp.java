package fr.tierslieu.web.e2e;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * The real application, started once for all end-to-end tests of a test run exactly as a user
 * starts it ({@code ./run.sh}), on a free loopback port with a fresh data directory and demo data.
 * Stopped by its process id when the test JVM exits.
 */
public final class LocalApp {

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(240);
    private static LocalApp instance;

    private final Process process;
    private final String baseUrl;
    private final Path dataDir;
    private final Path log;

    private LocalApp(Process process, String baseUrl, Path dataDir, Path log) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.dataDir = dataDir;
        this.log = log;
    }

    /** The application's log (its standard output). */
    public Path log() {
        return log;
    }

    /** How many lines its log has now: a mark for {@link #logSince}. */
    public long logLines() {
        try (var lines = Files.lines(log, java.nio.charset.StandardCharsets.ISO_8859_1)) {
            return lines.count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Lines of its log after the first {@code mark} that contain {@code text} (20 at most). */
    public java.util.List<String> logSince(long mark, String text) {
        try (var lines = Files.lines(log, java.nio.charset.StandardCharsets.ISO_8859_1)) {
            return lines.skip(mark).filter(l -> l.contains(text)).limit(20).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The running application with the demo data, started on first use and shared by the tests. */
    public static synchronized LocalApp get() {
        if (instance == null) {
            instance = start(true);
        }
        return instance;
    }

    /** A separate application on an empty database outside demo mode; the caller stops it. */
    public static LocalApp startEmpty() {
        return start(false);
    }

    public String url(String path) {
        return baseUrl + path;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public Path dataDir() {
        return dataDir;
    }

    /**
     * A separate application whose data folder is restored from a backup first ({@code run.sh
     * --restore}); demo mode on, so that the accounts stay as backed up. The caller stops it.
     */
    public static LocalApp startRestoring(Path backup) {
        return start(true, "-restored", "--restore", backup.toString());
    }

    private static LocalApp start(boolean demo) {
        return start(demo, demo ? "" : "-empty");
    }

    /** A separate application in demo mode with these variables set (e.g. TIERSLIEU_PUBLIC_URL); the caller stops it. */
    public static LocalApp startWith(java.util.Map<String, String> env) {
        EXTRA.set(env);
        try {
            return start(true, "-configured");
        } finally {
            EXTRA.remove();
        }
    }

    private static final ThreadLocal<java.util.Map<String, String>> EXTRA = ThreadLocal.withInitial(java.util.Map::of);

    /** Whether the suites run in test.sh's PostgreSQL lane (a private cluster to make databases in). */
    public static boolean onPostgres() {
        String pgAdmin = System.getProperty("tierslieu.e2e.pg.admin.url");
        return pgAdmin != null && !pgAdmin.isBlank() && !pgAdmin.startsWith("${");
    }

    /**
     * {@code size} instances of one installation, as run.sh starts them for a network (issue 20):
     * one new PostgreSQL database of the lane's cluster, one Payara cluster on loopback (a name of
     * its own, each member's Hazelcast port listed), started one after the other so that the
     * first runs the migrations. The caller stops them.
     */
    public static java.util.List<LocalApp> startCluster(int size) {
        if (!onPostgres()) {
            throw new IllegalStateException("several instances share a PostgreSQL database: PostgreSQL lane only");
        }
        try {
            java.util.Map<String, String> shared = new java.util.HashMap<>(newDatabase());
            int[] members = new int[size];
            java.util.List<String> addresses = new java.util.ArrayList<>();
            for (int i = 0; i < size; i++) {
                members[i] = freePort();
                addresses.add("127.0.0.1:" + members[i]);
            }
            shared.put(
                    "TIERSLIEU_CLUSTER_NAME",
                    "tl-e2e-" + java.util.UUID.randomUUID().toString().substring(0, 8));
            shared.put("TIERSLIEU_CLUSTER_MEMBERS", String.join(",", addresses));
            java.util.List<LocalApp> apps = new java.util.ArrayList<>();
            for (int i = 0; i < size; i++) {
                java.util.Map<String, String> env = new java.util.HashMap<>(shared);
                env.put("TIERSLIEU_CLUSTER_PORT", String.valueOf(members[i]));
                env.put("TIERSLIEU_INSTANCE_NAME", "instance-" + (i + 1));
                EXTRA.set(env);
                try {
                    apps.add(start(true, "-cluster-" + (i + 1)));
                } finally {
                    EXTRA.remove();
                }
            }
            return apps;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the cluster: " + e.getMessage(), e);
        }
    }

    /** A new database of the PostgreSQL lane's cluster, as run.sh's variables. */
    private static java.util.Map<String, String> newDatabase() {
        String pgAdmin = System.getProperty("tierslieu.e2e.pg.admin.url");
        String user = System.getProperty("tierslieu.e2e.pg.user");
        String password = System.getProperty("tierslieu.e2e.pg.password");
        String name = "tl_e2e_" + java.util.UUID.randomUUID().toString().replace("-", "");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(pgAdmin, user, password);
                java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Cannot create the test database: " + e.getMessage(), e);
        }
        return java.util.Map.of(
                "TIERSLIEU_DB_URL",
                pgAdmin.substring(0, pgAdmin.lastIndexOf('/') + 1) + name,
                "TIERSLIEU_DB_USER",
                user,
                "TIERSLIEU_DB_PASSWORD",
                password);
    }

    private static LocalApp start(boolean demo, String logSuffix, String... args) {
        try {
            Path root = Path.of(System.getProperty("tierslieu.root", ".."))
                    .toAbsolutePath()
                    .normalize();
            Path dataDir = Files.createTempDirectory("tierslieu-e2e-");
            int port = freePort();
            Path log = Path.of(System.getProperty("tierslieu.e2e.log", "target/e2e-app.log")
                            .replace(".log", logSuffix + ".log"))
                    .toAbsolutePath();
            java.util.List<String> command = new java.util.ArrayList<>();
            command.add(root.resolve("run.sh").toString());
            command.addAll(java.util.List.of(args));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(root.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("TIERSLIEU_PORT", String.valueOf(port));
            builder.environment().put("TIERSLIEU_DATA_DIR", dataDir.toString());
            builder.environment().put("TIERSLIEU_DEMO", String.valueOf(demo));
            builder.environment().put("TIERSLIEU_SKIP_BUILD", "true");
            // No class-data-sharing archive: writing it would make the stop at the end of the tests slow.
            builder.environment().put("TIERSLIEU_CDS", "false");
            // every session attribute serialized after each request, as a cluster does (BrowserTest)
            builder.environment().put("TIERSLIEU_CHECK_SESSIONS", "true");
            builder.environment().remove("TIERSLIEU_DB_URL");
            String pgAdmin = System.getProperty("tierslieu.e2e.pg.admin.url");
            if (pgAdmin != null && !pgAdmin.isBlank() && !EXTRA.get().containsKey("TIERSLIEU_DB_URL")) {
                // the PostgreSQL lane: a new database of test.sh's private cluster for each start
                builder.environment().putAll(newDatabase());
            }
            builder.environment().putAll(EXTRA.get());
            Process process = builder.start();
            String base = "http://127.0.0.1:" + port;
            LocalApp app = new LocalApp(process, base, dataDir, log);
            Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "stop-tierslieu-e2e"));
            app.awaitReady(log);
            return app;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the application: " + e.getMessage(), e);
        }
    }

    private void awaitReady(Path log) {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application stopped during start-up; see " + log);
            }
            try {
                HttpResponse<String> r = client.send(
                        HttpRequest.newBuilder(URI.create(baseUrl + "/health/ready"))
                                .timeout(Duration.ofSeconds(3))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        stop();
        throw new IllegalStateException("The application was not ready within " + STARTUP_TIMEOUT + "; see " + log);
    }

    /** Stops the process we started (by its pid, with its children), never anything else. */
    /** The HTTP port this instance listens on (127.0.0.1). */
    public int port() {
        return URI.create(baseUrl).getPort();
    }

    /** Kills this instance at once ({@code kill -9} of its process, as a crash would), and waits for it to be gone. */
    public void kill() {
        ProcessHandle handle = process.toHandle();
        handle.descendants().forEach(ProcessHandle::destroyForcibly);
        handle.destroyForcibly();
        handle.onExit().join();
    }

    public void stop() {
        ProcessHandle handle = process.toHandle();
        handle.descendants().forEach(ProcessHandle::destroy);
        handle.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                handle.descendants().forEach(ProcessHandle::destroyForcibly);
                handle.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
