package fr.tierslieu.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * An administrator takes a backup of the running application, a new installation is restored
 * from it ({@code run.sh --restore}) in an empty data folder, and every table holds the same rows
 * with the same content (compared table by table through the workspace documents of both).
 */
class BackupRestoreIT {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private static HttpResponse<byte[]> call(LocalApp app, String method, String path)
            throws IOException, InterruptedException {
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create(app.url(path)))
                        .method(method, HttpRequest.BodyPublishers.noBody())
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Table → "rows, sha-256 of its rows" from a workspace document. */
    static Map<String, String> tables(byte[] workspace) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(workspace))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().startsWith("tables/")) {
                    byte[] rows = zip.readAllBytes();
                    long lines =
                            new String(rows, StandardCharsets.UTF_8).lines().count();
                    try {
                        out.put(
                                e.getName(),
                                lines + " rows "
                                        + HexFormat.of()
                                                .formatHex(MessageDigest.getInstance("SHA-256")
                                                        .digest(rows)));
                    } catch (java.security.NoSuchAlgorithmException ex) {
                        throw new IllegalStateException(ex);
                    }
                }
            }
        }
        return out;
    }

    @NeedsModules({"governance", "economy", "studytrip"})
    @Test
    void aBackupRestoredIntoAnEmptyFolderHoldsEveryRow() throws Exception {
        LocalApp app = LocalApp.get();
        HttpResponse<byte[]> created = call(app, "POST", "/api/admin/backups");
        assertThat(created.statusCode()).isEqualTo(201);
        String name;
        try (var reader = jakarta.json.Json.createReader(
                new java.io.StringReader(new String(created.body(), StandardCharsets.UTF_8)))) {
            name = reader.readObject().getString("name");
        }
        assertThat(name).startsWith("tierslieu-manual-").endsWith(".sql.zip");
        HttpResponse<byte[]> listed = call(app, "GET", "/api/admin/backups");
        assertThat(new String(listed.body(), StandardCharsets.UTF_8)).contains(name);
        assertThat(call(app, "GET", "/api/admin/backups/..%2F..%2Fetc%2Fpasswd").statusCode())
                .isEqualTo(404);
        assertThat(new Http(app, "viewer", "demo")
                        .post("/api/admin/backups", "")
                        .status())
                .isEqualTo(403);

        byte[] backup = call(app, "GET", "/api/admin/backups/" + name).body();
        byte[] before = call(app, "GET", "/api/admin/workspace.zip").body();
        Path file = Files.createTempFile("tierslieu-e2e-backup-", ".sql.zip");
        Files.write(file, backup);

        LocalApp restored = LocalApp.startRestoring(file);
        try {
            byte[] after = call(restored, "GET", "/api/admin/workspace.zip").body();
            Map<String, String> expected = tables(before);
            assertThat(expected)
                    .containsKeys(
                            "tables/core_actor.jsonl",
                            "tables/governance_body.jsonl",
                            "tables/economy_model.jsonl",
                            "tables/studytrip_trip.jsonl");
            assertThat(tables(after)).isEqualTo(expected);
        } finally {
            restored.stop();
            Files.deleteIfExists(file);
        }
        if (System.getProperty("tierslieu.e2e.pg.admin.url", "").isBlank()) {
            // a graceful stop (SIGTERM) closes H2 cleanly: its file header says "clean:1" (the field
            // trial's item 11: H2's own close at exit failed after the web container had stopped)
            Path db = restored.dataDir().resolve("db").resolve("tierslieu.mv.db");
            byte[] header = new byte[4096];
            try (var in = Files.newInputStream(db)) {
                int n = in.readNBytes(header, 0, header.length);
                assertThat(new String(header, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1))
                        .contains("clean:1");
            }
        }
    }
}
