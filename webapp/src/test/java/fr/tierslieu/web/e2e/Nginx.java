package fr.tierslieu.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * deploy/nginx.conf itself, run by Debian's nginx on loopback with its values filled in — a
 * self-signed certificate, one {@code server} line per instance in its upstream — in a temporary
 * folder, stopped by its process id. The access log names the instance that answered each request.
 */
final class Nginx implements AutoCloseable {

    private final Path dir;
    private final int http;
    private final int https;
    private Process process;

    /** Chooses the ports and the folder; {@link #start} once the instances run. */
    Nginx() throws IOException {
        dir = Files.createTempDirectory("tierslieu-e2e-nginx-");
        http = freePort();
        https = freePort();
    }

    /** The public address: https on loopback. */
    String base() {
        return "https://127.0.0.1:" + https;
    }

    int httpPort() {
        return http;
    }

    int httpsPort() {
        return https;
    }

    /** Starts nginx in front of these instances (their HTTP ports on 127.0.0.1). */
    Nginx start(List<Integer> appPorts) throws Exception {
        run(
                "openssl",
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-days",
                "2",
                "-subj",
                "/CN=127.0.0.1",
                "-addext",
                "subjectAltName=IP:127.0.0.1",
                "-keyout",
                dir.resolve("key.pem").toString(),
                "-out",
                dir.resolve("cert.pem").toString());
        Path root = Path.of(System.getProperty("tierslieu.root", ".."))
                .toAbsolutePath()
                .normalize();
        String template = Files.readString(root.resolve("deploy/nginx.conf"));
        String serverLine = template.lines()
                .filter(l -> l.contains("server 127.0.0.1:@APP_PORT@"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("deploy/nginx.conf has no upstream server line"));
        String servers = appPorts.stream()
                .map(p -> serverLine.replace("@APP_PORT@", String.valueOf(p)))
                .collect(Collectors.joining("\n"));
        String site = template.replace(serverLine, servers)
                .replace("@HOST@", "127.0.0.1")
                .replace("@HTTP_PORT@", "127.0.0.1:" + http)
                .replace("@HTTPS_PORT@", "127.0.0.1:" + https)
                .replace("@HTTPS_PORT_SUFFIX@", ":" + https)
                .replace("@CERTIFICATE@", dir.resolve("cert.pem").toString())
                .replace("@CERTIFICATE_KEY@", dir.resolve("key.pem").toString());
        assertThat(site).doesNotContainPattern("@[A-Z_]+@");
        Files.writeString(dir.resolve("site.conf"), site);
        for (String temp : new String[] {"body", "proxy", "fastcgi", "uwsgi", "scgi"}) {
            Files.createDirectories(dir.resolve(temp)).toFile().setWritable(true, false);
        }
        dir.toFile().setExecutable(true, false);
        Files.writeString(dir.resolve("nginx.conf"), """
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log;
                events { worker_connections 256; }
                http {
                    include /etc/nginx/mime.types;
                    log_format upstream '$request_method $uri $status $upstream_addr';
                    access_log %1$s/access.log upstream;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    include %1$s/site.conf;
                }
                """.formatted(dir));
        process = new ProcessBuilder(
                        "nginx",
                        "-p",
                        dir.toString(),
                        "-c",
                        dir.resolve("nginx.conf").toString(),
                        "-g",
                        "daemon off;")
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("nginx.out").toFile())
                .start();
        for (int i = 0; i < 100; i++) {
            try (var ignored = new java.net.Socket("127.0.0.1", https)) {
                break;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        return this;
    }

    /** The port of the instance that answered the last request for a path starting with {@code prefix}. */
    int lastAnsweredBy(String prefix) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("access.log"));
        for (int i = lines.size() - 1; i >= 0; i--) {
            String[] f = lines.get(i).split(" ");
            if (f.length >= 4 && f[1].startsWith(prefix) && f[3].startsWith("127.0.0.1:")) {
                String last = f[f.length - 1]; // after a retry: "127.0.0.1:A, 127.0.0.1:B"
                return Integer.parseInt(last.substring(last.lastIndexOf(':') + 1));
            }
        }
        throw new AssertionError("no request for " + prefix + " in the access log: " + lines);
    }

    /** The access log's lines (method, path, status, instance or instances tried). */
    List<String> accessLog() throws IOException {
        return Files.readAllLines(dir.resolve("access.log"));
    }

    @Override
    public void close() {
        if (process != null) {
            process.toHandle().descendants().forEach(ProcessHandle::destroy);
            process.destroy(); // by the process we started, never by name
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
    }
}
