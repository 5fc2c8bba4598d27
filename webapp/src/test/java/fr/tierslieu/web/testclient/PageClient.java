package fr.tierslieu.web.testclient;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signed-in session without a browser, for the Arquillian and end-to-end suites: signs in through
 * the real login form (a plain form post) and reads pages with the session cookie.
 */
public final class PageClient {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient client;
    private final String base;

    private PageClient(String base, boolean followRedirects) {
        this.base = base.endsWith("/") ? base : base + "/";
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(followRedirects ? HttpClient.Redirect.NORMAL : HttpClient.Redirect.NEVER)
                .build();
    }

    /** A session without signing in. */
    public static PageClient anonymous(String base) {
        return new PageClient(base, false);
    }

    public static PageClient signIn(String base, String username, String password) throws Exception {
        PageClient c = new PageClient(base, true);
        String form = c.get("login.xhtml");
        String body = "loginForm=loginForm&loginForm%3Afrom=&loginForm%3Ausername=" + enc(username)
                + "&loginForm%3Apassword=" + enc(password) + "&loginForm%3Asubmit=loginForm%3Asubmit"
                + "&jakarta.faces.ViewState=" + enc(viewState(form));
        HttpResponse<String> r = c.client.send(
                HttpRequest.newBuilder(c.uri("login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (!r.uri().getPath().endsWith("/index.xhtml")) {
            throw new IllegalStateException("sign-in failed for " + username + ", ended on " + r.uri());
        }
        return c;
    }

    /** The view state of a page's first form. */
    public static String viewState(String page) {
        Matcher m = VIEW_STATE.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no view state in the page");
        }
        return m.group(1);
    }

    public String get(String path) throws IOException, InterruptedException {
        return send(path).body();
    }

    public int status(String path) throws IOException, InterruptedException {
        return send(path).statusCode();
    }

    public HttpResponse<String> send(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A form post of url-encoded fields, e.g. {@code "loginForm=loginForm&…"}. */
    public HttpResponse<String> postForm(String path, String fields) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(fields))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public URI uri(String path) {
        return URI.create(base + (path.startsWith("/") ? path.substring(1) : path));
    }

    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
