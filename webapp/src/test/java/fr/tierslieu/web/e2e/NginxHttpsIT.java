package fr.tierslieu.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * Put online the supported way: Debian's nginx terminates TLS in front of the application, with
 * deploy/nginx.conf itself (its values filled in), a self-signed certificate, on loopback. Signed
 * in through it in Chromium: the cookie is Secure, every answer has HSTS, redirects stay on https,
 * plain http is sent to https, and the poll's personal links use the public URL.
 */
class NginxHttpsIT {

    private static Path dir;
    private static Process nginx;
    private static LocalApp app;
    private static int https;
    private static int http;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createTempDirectory("tierslieu-e2e-nginx-");
        https = freePort();
        http = freePort();
        app = LocalApp.startWith(Map.of("TIERSLIEU_PUBLIC_URL", "https://127.0.0.1:" + https));
        int appPort = URI.create(app.baseUrl()).getPort();
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
        String site = Files.readString(root.resolve("deploy/nginx.conf"))
                .replace("@HOST@", "127.0.0.1")
                .replace("@HTTP_PORT@", "127.0.0.1:" + http)
                .replace("@HTTPS_PORT@", "127.0.0.1:" + https)
                .replace("@HTTPS_PORT_SUFFIX@", ":" + https)
                .replace("@CERTIFICATE@", dir.resolve("cert.pem").toString())
                .replace("@CERTIFICATE_KEY@", dir.resolve("key.pem").toString())
                .replace("@APP_PORT@", String.valueOf(appPort));
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
                    access_log %1$s/access.log;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    include %1$s/site.conf;
                }
                """.formatted(dir));
        nginx = new ProcessBuilder(
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
            } catch (java.io.IOException e) {
                Thread.sleep(100);
            }
        }
        browser = new Browser(true);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (nginx != null) {
            nginx.toHandle().descendants().forEach(ProcessHandle::destroy);
            nginx.destroy(); // by the process we started, never by name
        }
        if (app != null) {
            app.stop();
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command)).isZero();
    }

    /** Trusts the test's self-signed certificate, and follows no redirect. */
    private static HttpClient client() throws Exception {
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(
                null,
                new TrustManager[] {
                    new X509TrustManager() {
                        public void checkClientTrusted(X509Certificate[] chain, String authType) {}

                        public void checkServerTrusted(X509Certificate[] chain, String authType) {}

                        public X509Certificate[] getAcceptedIssuers() {
                            return new X509Certificate[0];
                        }
                    }
                },
                null);
        return HttpClient.newBuilder()
                .sslContext(tls)
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Test
    void answersThroughTheProxyCarryHstsSecureCookiesAndStayOnHttps() throws Exception {
        HttpClient client = client();
        HttpResponse<String> login = client.send(
                HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + https + "/login.xhtml"))
                        .header("Accept-Encoding", "identity")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(v -> assertThat(v).contains("max-age="));
        assertThat(login.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).contains("JSESSIONID").containsIgnoringCase("Secure"));

        HttpResponse<String> page = client.send(
                HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + https + "/core/actors/list.xhtml"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).startsWith("https://127.0.0.1:" + https + "/login.xhtml"));

        HttpResponse<String> plain = client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http + "/index.xhtml"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(plain.statusCode()).isEqualTo(301);
        assertThat(plain.headers().firstValue("Location")).hasValue("https://127.0.0.1:" + https + "/index.xhtml");

        HttpResponse<String> metrics = client.send(
                HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + https + "/metrics"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(metrics.statusCode()).isEqualTo(404);
    }

    @NeedsModules("studytrip")
    @Test
    void signingInThroughTheProxyKeepsTheSessionSecureAndLinksUseThePublicUrl() {
        String base = "https://127.0.0.1:" + https;
        browser.open(base + "/login.xhtml");
        browser.type(By.id("loginForm:username"), "organizer");
        browser.type(By.id("loginForm:password"), "demo");
        browser.click(By.id("loginForm:submit"));
        browser.waitUntil(d -> d.getCurrentUrl().startsWith(base + "/index.xhtml"));
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        assertThat(session).isNotNull();
        assertThat(session.isSecure()).isTrue();
        assertThat(session.isHttpOnly()).isTrue();

        browser.open(base + "/studytrip/trips.xhtml");
        browser.waitFor(By.id("main"));
        browser.driver().findElements(By.cssSelector("a[href*='trip.xhtml?id=']")).stream()
                .findFirst()
                .orElseThrow()
                .click();
        browser.waitUntil(d -> d.getCurrentUrl().startsWith(base + "/studytrip/trip.xhtml"));
        String trip = browser.driver().getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1");
        browser.open(base + "/studytrip/poll.xhtml?id=" + trip);
        String link = browser.waitFor(By.cssSelector("input.tl-link-copy")).getAttribute("value");
        assertThat(link).startsWith(base + "/public/studytrip/poll.xhtml?t=");
    }
}
