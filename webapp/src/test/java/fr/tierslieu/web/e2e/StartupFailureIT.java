package fr.tierslieu.web.e2e;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A start that cannot succeed (here: the database cannot be created) stops the process with one
 * clear line, instead of leaving an empty server running.
 */
class StartupFailureIT {

    @Test
    void anUnreachableDatabaseStopsTheServerWithAClearMessage() throws Exception {
        Path root = Path.of(System.getProperty("tierslieu.root", "..")).toAbsolutePath().normalize();
        Path dataDir = Files.createTempDirectory("tierslieu-e2e-broken-");
        Path log = dataDir.resolve("run.log");
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder(root.resolve("run.sh").toString()).directory(root.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("TIERSLIEU_PORT", String.valueOf(port));
        builder.environment().put("TIERSLIEU_DATA_DIR", dataDir.toString());
        builder.environment().put("TIERSLIEU_SKIP_BUILD", "true");
        builder.environment().put("TIERSLIEU_CDS", "false");
        builder.environment().put("TIERSLIEU_DB_URL", "jdbc:h2:file:/proc/tierslieu-no-such-place/db");
        Process process = builder.start();
        try {
            assertThat(process.waitFor(240, TimeUnit.SECONDS)).as("the server stopped by itself").isTrue();
            assertThat(process.exitValue()).isNotZero();
            assertThat(Files.readString(log)).contains("Tiers-Lieu Studio cannot start");
        } finally {
            process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }
}
