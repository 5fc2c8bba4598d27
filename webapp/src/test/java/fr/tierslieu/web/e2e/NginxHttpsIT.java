package fr.tierslieu.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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

    private static Nginx nginx;
    private static LocalApp app;
    private static int https;
    private static int http;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        nginx = new Nginx();
        https = nginx.httpsPort();
        http = nginx.httpPort();
        app = LocalApp.startWith(Map.of("TIERSLIEU_PUBLIC_URL", nginx.base()));
        nginx.start(List.of(app.port()));
        browser = new Browser(true);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (nginx != null) {
            nginx.close();
        }
        if (app != null) {
            app.stop();
        }
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
