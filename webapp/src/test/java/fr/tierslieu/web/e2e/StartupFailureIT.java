package fr.tierslieu.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A start that cannot succeed stops the process with one clear line, instead of leaving an empty
 * server running or losing data: the database cannot be created, its file is damaged, the data
 * folder is read-only or its disk nearly full (the last two on small file systems mounted for the
 * test, when the machine allows it).
 */
class StartupFailureIT {

    /** Runs run.sh on {@code dataDir} and returns its output once it has stopped by itself. */
    private static String runUntilItStops(Path dataDir, String dbUrl) throws Exception {
        Path root = Path.of(System.getProperty("tierslieu.root", ".."))
                .toAbsolutePath()
                .normalize();
        Path log = Files.createTempFile("tierslieu-e2e-run-", ".log");
        ProcessBuilder builder = new ProcessBuilder(root.resolve("run.sh").toString())
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            builder.environment().put("TIERSLIEU_PORT", String.valueOf(socket.getLocalPort()));
        }
        builder.environment().put("TIERSLIEU_DATA_DIR", dataDir.toString());
        builder.environment().put("TIERSLIEU_SKIP_BUILD", "true");
        builder.environment().put("TIERSLIEU_CDS", "false");
        if (dbUrl == null) {
            builder.environment().remove("TIERSLIEU_DB_URL");
        } else {
            builder.environment().put("TIERSLIEU_DB_URL", dbUrl);
        }
        Process process = builder.start();
        try {
            assertThat(process.waitFor(240, TimeUnit.SECONDS))
                    .as("the server stopped by itself")
                    .isTrue();
            assertThat(process.exitValue()).isNotZero();
            return Files.readString(log);
        } finally {
            process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Files.deleteIfExists(log);
        }
    }

    @Test
    void aDamagedDatabaseFileIsReportedWithWhatToDo() throws Exception {
        Path dataDir = Files.createTempDirectory("tierslieu-e2e-damaged-");
        Files.createDirectories(dataDir.resolve("db"));
        byte[] garbage = new byte[200_000];
        new java.util.Random(1).nextBytes(garbage);
        Files.write(dataDir.resolve("db/tierslieu.mv.db"), garbage);
        String output = runUntilItStops(dataDir, null);
        assertThat(output)
                .contains("Tiers-Lieu Studio cannot start: the database file")
                .contains("--restore")
                .doesNotContain("\tat ");
    }

    @Test
    void aReadOnlyDataFolderOrAFullDiskStopsBeforeAnythingIsWritten() throws Exception {
        Path readOnly = Files.createTempDirectory("tierslieu-e2e-ro-");
        Path small = Files.createTempDirectory("tierslieu-e2e-small-");
        boolean mounted = mount(readOnly, "ro,size=1m") && mount(small, "size=10m");
        try {
            org.junit.jupiter.api.Assumptions.assumeTrue(
                    mounted, "this machine does not let the test mount a file system");
            assertThat(runUntilItStops(readOnly, null))
                    .contains("Tiers-Lieu Studio cannot start: the data folder")
                    .contains("read-only");
            assertThat(runUntilItStops(small, null))
                    .contains("Tiers-Lieu Studio cannot start: only")
                    .contains("MB free");
            assertThat(small.resolve("db")).doesNotExist();
        } finally {
            unmount(readOnly);
            unmount(small);
        }
    }

    private static boolean mount(Path dir, String options) {
        try {
            return new ProcessBuilder("mount", "-t", "tmpfs", "-o", options, "tmpfs", dir.toString())
                            .redirectErrorStream(true)
                            .start()
                            .waitFor()
                    == 0;
        } catch (Exception e) {
            return false;
        }
    }

    private static void unmount(Path dir) {
        try {
            new ProcessBuilder("umount", dir.toString())
                    .redirectErrorStream(true)
                    .start()
                    .waitFor();
        } catch (Exception e) {
            // not mounted
        }
    }

    @Test
    void anUnreachableDatabaseStopsTheServerWithAClearMessage() throws Exception {
        Path root = Path.of(System.getProperty("tierslieu.root", ".."))
                .toAbsolutePath()
                .normalize();
        Path dataDir = Files.createTempDirectory("tierslieu-e2e-broken-");
        Path log = dataDir.resolve("run.log");
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder(root.resolve("run.sh").toString())
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("TIERSLIEU_PORT", String.valueOf(port));
        builder.environment().put("TIERSLIEU_DATA_DIR", dataDir.toString());
        builder.environment().put("TIERSLIEU_SKIP_BUILD", "true");
        builder.environment().put("TIERSLIEU_CDS", "false");
        builder.environment().put("TIERSLIEU_DB_URL", "jdbc:h2:file:/proc/tierslieu-no-such-place/db");
        Process process = builder.start();
        try {
            assertThat(process.waitFor(240, TimeUnit.SECONDS))
                    .as("the server stopped by itself")
                    .isTrue();
            assertThat(process.exitValue()).isNotZero();
            assertThat(Files.readString(log)).contains("Tiers-Lieu Studio cannot start");
        } finally {
            process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }
}
