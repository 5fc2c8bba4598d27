package fr.tierslieu.web.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The foundation's performance targets, measured on the real application started with ./run.sh:
 * <ol>
 * <li>cold start to ready ({@code /health/ready} answers 200), fresh data directory, demo data: once
 * with a new runtime (no class-data-sharing archive yet; run.sh builds it in the background once
 * that server is ready), then {@code bench.starts} times with the archive;</li>
 * <li>resident memory of the server process once ready (VmRSS);</li>
 * <li>the actor table's first page with 5,000 actors: full page (list.xhtml) and the REST page,
 * signed in with a session, sequential requests over loopback after a warm-up.</li>
 * </ol>
 * Not a test: run with {@code ./webapp/src/test/bench/benchmark.sh} (see docs/benchmarks.md).
 */
public final class ServerBenchmark {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private ServerBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int starts = Integer.getInteger("bench.starts", 3);
        int requests = Integer.getInteger("bench.requests", 300);
        int actors = Integer.getInteger("bench.actors", 5000);

        List<Long> startMillis = new ArrayList<>();
        List<Long> rssMb = new ArrayList<>();
        Path archive = root.resolve("webapp/target/payara-runtime/payara-classes.jsa");
        Files.deleteIfExists(archive);
        Path firstDir = Files.createTempDirectory("tierslieu-bench-");
        Server first = Server.start(root, firstDir);
        long firstRss = first.rssMb();
        long waitStart = System.nanoTime();
        while (!Files.exists(archive) && System.nanoTime() - waitStart < 300_000_000_000L) {
            Thread.sleep(1000); // run.sh builds the class archive in the background
        }
        System.out.printf(
                Locale.ROOT,
                "class archive %s after %d s%n",
                Files.exists(archive) ? "written" : "NOT written",
                (System.nanoTime() - waitStart) / 1_000_000_000L);
        first.stop();
        System.out.printf(
                Locale.ROOT,
                "first start after a build (no class archive): %d ms to ready, RSS %d MB%n",
                first.startMillis,
                firstRss);
        Path dataDir = null;
        for (int i = 0; i < starts; i++) {
            dataDir = Files.createTempDirectory("tierslieu-bench-");
            Server s = Server.start(root, dataDir);
            startMillis.add(s.startMillis);
            rssMb.add(s.rssMb());
            System.out.printf(
                    Locale.ROOT, "cold start %d: %d ms to ready, RSS %d MB%n", i + 1, s.startMillis, s.rssMb());
            s.stop();
        }

        seed(dataDir, actors);
        Server s = Server.start(root, dataDir);
        System.out.printf(
                Locale.ROOT,
                "restart with %d actors: %d ms to ready, RSS %d MB%n",
                actors + 25,
                s.startMillis,
                s.rssMb());
        try {
            HttpClient client = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .build();
            signIn(client, s.base, "manager", "demo");
            List<Double> page = time(client, s.base + "/core/actors/list.xhtml", requests, "actorsTable");
            List<Double> api =
                    time(client, s.base + "/api/core/actors?page=0&size=25", requests, "\"total\":" + (actors + 25));
            report("list.xhtml first page (25 rows of " + (actors + 25) + ")", page);
            report("GET /api/core/actors first page", api);
        } finally {
            s.stop();
        }
        Collections.sort(startMillis);
        System.out.printf(
                Locale.ROOT, "SUMMARY first start after a build %d ms, RSS %d MB%n", first.startMillis, firstRss);
        System.out.printf(
                Locale.ROOT,
                "SUMMARY cold start median %d ms (min %d, max %d); RSS after start median %d MB%n",
                startMillis.get(startMillis.size() / 2),
                startMillis.get(0),
                startMillis.get(startMillis.size() - 1),
                rssMb.stream().sorted().toList().get(rssMb.size() / 2));
    }

    private static List<Double> time(HttpClient client, String url, int requests, String mustContain) throws Exception {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < requests + 50; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> r =
                    client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
            double ms = (System.nanoTime() - t0) / 1e6;
            if (r.statusCode() != 200 || !r.body().contains(mustContain)) {
                throw new IllegalStateException(url + " answered " + r.statusCode() + " without " + mustContain);
            }
            if (i >= 50) {
                millis.add(ms);
            }
        }
        return millis;
    }

    private static void report(String what, List<Double> millis) {
        List<Double> sorted = millis.stream().sorted().toList();
        System.out.printf(
                Locale.ROOT,
                "SUMMARY %s: n=%d p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                what,
                sorted.size(),
                sorted.get(sorted.size() / 2),
                sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1),
                sorted.get(sorted.size() - 1));
    }

    private static void signIn(HttpClient client, String base, String user, String password) throws Exception {
        HttpResponse<String> page = client.send(
                HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = VIEW_STATE.matcher(page.body());
        if (!m.find()) {
            throw new IllegalStateException("no view state in " + page.statusCode() + " " + page.uri() + ": "
                    + page.body().substring(0, Math.min(400, page.body().length())));
        }
        String body = "loginForm=loginForm&loginForm%3Afrom=&loginForm%3Ausername=" + user + "&loginForm%3Apassword="
                + password + "&loginForm%3Asubmit=loginForm%3Asubmit&jakarta.faces.ViewState="
                + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> r = client.send(
                HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (!r.uri().getPath().endsWith("/index.xhtml")) {
            throw new IllegalStateException("sign-in failed");
        }
    }

    /** Adds {@code count} plausible actors straight into the stopped application's H2 file. */
    private static void seed(Path dataDir, int count) throws Exception {
        String[] kinds = {"COMPANY", "ASSOCIATION", "RESIDENT", "CRAFTSPERSON", "LOCAL_AUTHORITY", "FREELANCER"};
        String[] communes = {"Névez", "Concarneau", "Pont-Aven", "Trégunc", "Quimperlé", "Rosporden", "Quimper"};
        String[] statuses = {"MOBILISED", "MOBILISABLE", "TO_CONVINCE", "OPPOSED", "UNKNOWN"};
        String[] stances = {"ALLY", "NEUTRAL", "OPPONENT"};
        String[] levels = {"IDENTIFIED", "INFORMED", "CONSULTED", "CO_BUILDER", "SIGNATORY", "FUNDER"};
        String[] maturity = {"UNAWARE", "AWARE", "INTERESTED", "CONVINCED", "OWNER"};
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("db/tierslieu"), "sa", "")) {
            c.setAutoCommit(false);
            long next;
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 100000 FROM core_actor")) {
                r.next();
                next = r.getLong(1);
            }
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement a =
                            c.prepareStatement("INSERT INTO core_actor (id, version, actor_type, name, kind, commune, "
                                    + "notes, search_key, status, stance, influence, interest, engagement, maturity, created_at, updated_at) "
                                    + "VALUES (?, 0, 'ORGANISATION', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement t =
                            c.prepareStatement("INSERT INTO core_actor_tag (actor_id, tag) VALUES (?, ?)");
                    PreparedStatement s =
                            c.prepareStatement("INSERT INTO core_assessment (id, version, actor_id, assessed_on, "
                                    + "status, stance, influence, interest, engagement, maturity, recorded_by, recorded_at) "
                                    + "VALUES (?, 0, ?, CURRENT_DATE, ?, ?, ?, ?, ?, ?, 'bench', ?)")) {
                for (int i = 0; i < count; i++) {
                    long id = next + i * 2L;
                    String name = "Acteur de test " + String.format(Locale.ROOT, "%05d", i);
                    String commune = communes[i % communes.length];
                    a.setLong(1, id);
                    a.setString(2, name);
                    a.setString(3, kinds[i % kinds.length]);
                    a.setString(4, commune);
                    a.setString(5, "Généré par le benchmark");
                    a.setString(
                            6, (name + " " + commune).toLowerCase(Locale.ROOT).replace('é', 'e'));
                    a.setString(7, statuses[i % statuses.length]);
                    a.setString(8, stances[i % stances.length]);
                    a.setInt(9, 1 + i % 5);
                    a.setInt(10, 1 + (i / 5) % 5);
                    a.setString(11, levels[i % levels.length]);
                    a.setString(12, maturity[i % maturity.length]);
                    a.setTimestamp(13, now);
                    a.setTimestamp(14, now);
                    a.addBatch();
                    t.setLong(1, id);
                    t.setString(2, "bench-" + (i % 20));
                    t.addBatch();
                    s.setLong(1, id + 1);
                    s.setLong(2, id);
                    s.setString(3, statuses[i % statuses.length]);
                    s.setString(4, stances[i % stances.length]);
                    s.setInt(5, 1 + i % 5);
                    s.setInt(6, 1 + (i / 5) % 5);
                    s.setString(7, levels[i % levels.length]);
                    s.setString(8, maturity[i % maturity.length]);
                    s.setTimestamp(9, now);
                    s.addBatch();
                }
                a.executeBatch();
                t.executeBatch();
                s.executeBatch();
            }
            c.commit();
        }
        System.out.printf(Locale.ROOT, "seeded %d actors%n", count);
    }

    /** The application started with ./run.sh on a free loopback port. */
    private static final class Server {
        final Process process;
        final String base;
        final long startMillis;

        private Server(Process process, String base, long startMillis) {
            this.process = process;
            this.base = base;
            this.startMillis = startMillis;
        }

        static Server start(Path root, Path dataDir) throws Exception {
            int port;
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = socket.getLocalPort();
            }
            ProcessBuilder b = new ProcessBuilder(root.resolve("run.sh").toString())
                    .directory(root.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(dataDir.resolve("server.log").toFile());
            b.environment().put("TIERSLIEU_PORT", String.valueOf(port));
            b.environment().put("TIERSLIEU_DATA_DIR", dataDir.toString());
            b.environment().put("TIERSLIEU_SKIP_BUILD", "true");
            long t0 = System.nanoTime();
            Process p = b.start();
            String base = "http://127.0.0.1:" + port;
            HttpClient client = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofMillis(500))
                    .build();
            while (true) {
                if (!p.isAlive()) {
                    throw new IllegalStateException("server died, see " + dataDir.resolve("server.log"));
                }
                try {
                    if (client.send(
                                            HttpRequest.newBuilder(URI.create(base + "/health/ready"))
                                                    .timeout(Duration.ofSeconds(2))
                                                    .build(),
                                            HttpResponse.BodyHandlers.discarding())
                                    .statusCode()
                            == 200) {
                        break;
                    }
                } catch (IOException notYet) {
                    // starting
                }
                Thread.sleep(100);
            }
            return new Server(p, base, (System.nanoTime() - t0) / 1_000_000);
        }

        long rssMb() throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
            return -1;
        }

        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
