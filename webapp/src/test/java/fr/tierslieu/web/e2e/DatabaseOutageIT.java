package fr.tierslieu.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL stops while the application runs (the PostgreSQL lane of test.sh only): readiness
 * turns 503 with the reason, a save is answered 503 "nothing was saved", and once the database is
 * back, readiness is 200 again and saves work, without restarting the application.
 */
class DatabaseOutageIT {

    @Test
    void theApplicationSaysTheDatabaseIsGoneAndRecoversWhenItComesBack() throws Exception {
        String cluster = System.getProperty("tierslieu.e2e.pg.cluster");
        Assumptions.assumeTrue(
                cluster != null && !cluster.isBlank() && !cluster.startsWith("${"), "PostgreSQL lane only");
        LocalApp app = LocalApp.get();
        Http anonymous = new Http(app, null, null);
        Http manager = new Http(app, "manager", "demo");
        assertThat(anonymous.get("/health/ready").status()).isEqualTo(200);

        Path data = Path.of(cluster, "data");
        long pid = Long.parseLong(
                Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
        new ProcessBuilder("kill", "-INT", String.valueOf(pid))
                .inheritIO()
                .start()
                .waitFor();
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
        try {
            Http.Response down = waitFor(anonymous, 503);
            assertThat(down.body()).contains("the database refuses writes");
            Http.Response save = manager.post(
                    "/api/core/actors",
                    "{\"name\":\"Pendant la panne " + UUID.randomUUID() + "\",\"kind\":\"ASSOCIATION\"}");
            assertThat(save.status()).isIn(503);
            assertThat(save.json().getString("message")).contains("nothing was saved");
        } finally {
            start(data);
        }
        waitFor(anonymous, 200);
        String name = "Après la panne " + UUID.randomUUID();
        assertThat(manager.post("/api/core/actors", "{\"name\":\"" + name + "\",\"kind\":\"ASSOCIATION\"}")
                        .status())
                .isEqualTo(201);
        assertThat(manager.get("/api/core/actors?q=" + name.replace(" ", "%20"))
                        .json()
                        .getInt("total"))
                .isEqualTo(1);
    }

    private static Http.Response waitFor(Http http, int status) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        Http.Response r = http.get("/health/ready");
        while (r.status() != status && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            r = http.get("/health/ready");
        }
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        return r;
    }

    /** Starts the cluster again as its owner (the "postgres" account when the tests run as root). */
    private static void start(Path data) throws IOException, InterruptedException {
        String bin = System.getenv().getOrDefault("TIERSLIEU_TEST_PG_BIN", "");
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.addAll(List.of(
                bin.isBlank() ? "pg_ctl" : bin + "/pg_ctl",
                "-D",
                data.toString(),
                "-l",
                data.resolveSibling("server.log").toString(),
                "-w",
                "-t",
                "60",
                "start"));
        int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
        assertThat(exit).as("pg_ctl start").isZero();
    }
}
