package fr.tierslieu.web.arquillian;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Signs in through the real login form (a plain form post) and reads pages with the session. */
final class PageClient {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient client;
    private final URL base;

    private PageClient(URL base) {
        this.base = base;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    static PageClient signIn(URL base, String username, String password) throws Exception {
        PageClient c = new PageClient(base);
        String form = c.get("login.xhtml");
        Matcher m = VIEW_STATE.matcher(form);
        if (!m.find()) {
            throw new IllegalStateException("no view state on the login page");
        }
        String body = "loginForm=loginForm&loginForm%3Afrom=&loginForm%3Ausername=" + enc(username)
                + "&loginForm%3Apassword=" + enc(password) + "&loginForm%3Asubmit=loginForm%3Asubmit"
                + "&jakarta.faces.ViewState=" + enc(m.group(1));
        HttpResponse<String> r = c.client.send(HttpRequest.newBuilder(c.uri("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (!r.uri().getPath().endsWith("/index.xhtml")) {
            throw new IllegalStateException("sign-in failed for " + username + ", ended on " + r.uri());
        }
        return c;
    }

    String get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    int status(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private URI uri(String path) {
        return URI.create(base.toString() + path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
