package fr.tierslieu.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.tierslieu.web.testclient.PageClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * What the field trial found (security tester, load test), each checked on the running
 * application: bounded bodies and uploads, 400 instead of 500, headers on every answer, throttled
 * sign-ins, user text never interpreted as HTML in charts, and a page that survives lost views.
 */
class FieldTrialIT extends BrowserTest {

    private static final String HTML = "<img src=x id=xss onerror=window.xss=1><b id=xssBold>gras</b>";

    private static long demoProject() {
        try (var reader = Json.createReader(new StringReader(
                new Http(app, "manager", "demo").get("/api/core/projects").body()))) {
            return reader.readArray().getValuesAs(JsonObject.class).stream()
                    .filter(p -> p.getString("name").startsWith("Atelier Z"))
                    .mapToLong(p -> p.getJsonNumber("id").longValue())
                    .findFirst()
                    .orElseThrow();
        }
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndTraceAndMetricsAreClosed() throws Exception {
        Http.Response redirect = new Http(app, null, null).get("/core/actors/list.xhtml");
        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(redirect.header("X-Frame-Options")).isEqualTo("DENY");
        Http.Response unauthorized = new Http(app, null, null).get("/api/core/actors");
        assertThat(unauthorized.status()).isEqualTo(401);
        assertThat(unauthorized.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(unauthorized.raw().headers().allValues("Content-Security-Policy"))
                .anyMatch(c -> c.contains("frame-ancestors 'none'"));
        HttpResponse<String> forbidden =
                PageClient.signIn(app.url("/"), "viewer", "demo").send("core/admin/users.xhtml");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(forbidden.body()).contains("Accès refusé");

        HttpResponse<String> trace = PageClient.anonymous(app.url("/"))
                .send(HttpRequest.newBuilder(PageClient.anonymous(app.url("/")).uri("api/core/actors"))
                        .method("TRACE", HttpRequest.BodyPublishers.noBody()));
        assertThat(trace.statusCode()).isEqualTo(405);
        assertThat(trace.body()).doesNotContain("Authorization");
        Http.Response metrics = new Http(app, null, null).get("/metrics");
        assertThat(metrics.status()).isIn(403, 404);
        assertThat(metrics.body()).doesNotContain("connection_pool");
    }

    @NeedsModules({"economy", "studytrip", "governance"})
    @Test
    void bodiesAreBoundedBeforeAnyWorkIsDone() {
        Http manager = new Http(app, "manager", "demo");
        // more than 2 MB: 413 without reading on
        Http.Response huge = manager.post("/api/core/strategy/mactor", " ".repeat(2 * 1024 * 1024 + 10));
        assertThat(huge.status()).isEqualTo(413);
        // JSON nested past the limit: 400, not a parser's 500
        Http.Response deep =
                manager.post("/api/economy/forecast", "{\"a\":" + "[".repeat(1500) + "]".repeat(1500) + "}");
        assertThat(deep.status()).isEqualTo(400);
        assertThat(deep.json().getString("message")).contains("32");
        // lists larger than the pages allow: 400 naming the field
        StringBuilder passengers = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            passengers.append(i == 0 ? "" : ",").append("{}");
        }
        Http.Response carpool = manager.post(
                "/api/studytrip/carpool",
                "{\"destination\":{\"lat\":48.7,\"lon\":-3.4},\"drivers\":[],\"passengers\":[" + passengers + "]}");
        assertThat(carpool.status()).isEqualTo(400);
        assertThat(carpool.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("passengers");
        StringBuilder activities = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            activities.append(i == 0 ? "" : ",").append("{}");
        }
        Http.Response forecast =
                manager.post("/api/economy/forecast", "{\"assumptions\":{\"activities\":[" + activities + "]}}");
        assertThat(forecast.status()).isEqualTo(400);
        assertThat(forecast.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("activities");
        StringBuilder members = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            members.append(i == 0 ? "" : ",").append("{\"id\":\"m").append(i).append("\",\"present\":true}");
        }
        Http.Response tally = manager.post(
                "/api/governance/tally", "{\"quorum\":0,\"majority\":\"SIMPLE\",\"members\":[" + members + "]}");
        assertThat(tally.status()).isEqualTo(400);
        assertThat(tally.json().getInt("errorCount")).isEqualTo(1);
        assertThat(tally.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("members");
        // out-of-range paging and dates: 400 naming the parameter
        assertThat(manager.get("/api/core/actors?page=2147483647&size=100")
                        .json()
                        .getJsonArray("errors")
                        .getJsonObject(0)
                        .getString("field"))
                .isEqualTo("page");
        Http.Response schedule =
                manager.get("/api/core/projects/" + demoProject() + "/schedule?today=-999999999-01-01");
        assertThat(schedule.status()).isEqualTo(400);
        assertThat(schedule.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("today");
    }

    @Test
    void aPageSentWithoutJavaScriptOrTooLargeGetsAClearPageNotAnError500() throws Exception {
        PageClient anonymous = PageClient.anonymous(app.url("/"));
        String viewState = PageClient.viewState(anonymous.get("login.xhtml"));
        HttpResponse<String> noScript = anonymous.postForm(
                "login.xhtml",
                "loginForm=loginForm&loginForm%3Ausername=&loginForm%3Apassword="
                        + "&loginForm%3Asubmit=&jakarta.faces.ViewState=" + PageClient.enc(viewState));
        assertThat(noScript.statusCode()).isEqualTo(303);
        String location = noScript.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/login.xhtml?expired=1");
        HttpResponse<String> reloaded = anonymous.send("login.xhtml?expired=1");
        assertThat(reloaded.statusCode()).isEqualTo(200);
        assertThat(reloaded.body()).contains("id=\"pageExpired\"").contains("sans JavaScript");

        // an upload far larger than the limit is refused before it is read: 413 and a page that says so
        PageClient manager = PageClient.signIn(app.url("/"), "manager", "demo");
        String boundary = "----tl" + UUID.randomUUID();
        byte[] file = new byte[12 * 1024 * 1024];
        byte[] head = ("--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"importForm:file\"; filename=\"big.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n")
                .getBytes();
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes();
        HttpResponse<String> upload = manager.send(HttpRequest.newBuilder(manager.uri("core/actors/import.xhtml"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(concat(head, file, tail))));
        assertThat(upload.statusCode()).isEqualTo(413);
        assertThat(upload.body()).contains("5").contains("Mo");
    }

    @Test
    void simultaneousWrongPasswordsAreNotAllCheckedAndBasicIsThrottled() throws Exception {
        String user = "guess-" + UUID.randomUUID().toString().substring(0, 8);
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Callable<Integer>> attempts = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                attempts.add(() -> new Http(app, user, "wrong-password")
                        .get("/api/core/actors")
                        .status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(attempts)) {
                statuses.add(f.get());
            }
            assertThat(statuses).filteredOn(s -> s == 401).hasSize(3);
            assertThat(statuses).filteredOn(s -> s == 429).hasSize(9);
        } finally {
            pool.shutdown();
        }
        Http.Response throttled = new Http(app, user, "wrong-password").get("/api/core/actors");
        assertThat(throttled.json().getString("message")).contains("even with the right password");
    }

    @NeedsModules("studytrip")
    @Test
    void htmlTypedInTitlesIsNeverInterpretedInChartsOrTheGantt() {
        long project = demoProject();
        Http organizer = new Http(app, "organizer", "demo");
        Http.Response trip = organizer.post(
                "/api/studytrip/trips",
                "{\"title\":\"" + HTML.replace("\"", "\\\"") + "\",\"date\":\""
                        + LocalDate.now().plusMonths(2)
                        + "\",\"destination\":\"Lannion\",\"lat\":48.73,\"lon\":-3.46,\"capacity\":10,"
                        + "\"projectId\":" + project + "}");
        assertThat(trip.status()).isEqualTo(201);
        Http.Response actor = new Http(app, "manager", "demo")
                .post(
                        "/api/core/actors",
                        "{\"name\":\"" + HTML.replace("\"", "\\\"")
                                + "\",\"kind\":\"ASSOCIATION\",\"stance\":\"ALLY\",\"influence\":4,\"interest\":4}");
        assertThat(actor.status()).isEqualTo(201);

        browser.signIn(app, "viewer", "demo");
        browser.open(app.url("/core/projects/roadmap.xhtml?id=" + project));
        browser.waitFor(By.cssSelector(".vis-timeline .vis-item"));
        assertNothingInjected();
        // the trip's milestone tooltip shows the title as text
        WebElement item = browser.driver().findElements(By.cssSelector(".vis-item")).stream()
                .filter(e -> e.getText().contains("<img"))
                .findFirst()
                .orElseThrow();
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", item);
        // vis builds the tooltip from the title as HTML: it must hold the title as text, and no element.
        // vis shows it after a short delay and only on a mouse move over the item: hover again until it shows.
        browser.waitUntil(d -> {
            new Actions(d)
                    .moveToElement(item)
                    .pause(java.time.Duration.ofMillis(300))
                    .moveByOffset(2, 0)
                    .pause(java.time.Duration.ofMillis(300))
                    .moveByOffset(-2, 0)
                    .perform();
            return Boolean.TRUE.equals(((JavascriptExecutor) d)
                    .executeScript("return Array.from(document.querySelectorAll('.vis-tooltip'))"
                            + ".some(t => t.textContent.includes('<img src=x') && t.children.length === 0)"));
        });
        assertNothingInjected();
        for (String page : List.of("/core/actors/grid.xhtml", "/core/actors/map.xhtml", "/core/actors/list.xhtml")) {
            browser.open(app.url(page));
            browser.waitFor(By.id("main"));
            assertNothingInjected();
        }
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static void assertNothingInjected() {
        assertThat(browser.driver().findElements(By.id("xss"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("xssBold"))).isEmpty();
        assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.xss === undefined"))
                .isEqualTo(true);
    }

    @NeedsModules("economy")
    @Test
    void theModelPageSurvivesTwentyParallelRequestsOfOneSession() throws Exception {
        long model;
        try (var reader = Json.createReader(new StringReader(
                new Http(app, "manager", "demo").get("/api/economy/models").body()))) {
            model = reader.readArray().getJsonObject(0).getJsonNumber("id").longValue();
        }
        PageClient manager = PageClient.signIn(app.url("/"), "manager", "demo");
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<HttpResponse<String>>> requests = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                requests.add(() -> manager.send("economy/model.xhtml?id=" + model));
            }
            for (Future<HttpResponse<String>> f : pool.invokeAll(requests)) {
                HttpResponse<String> r = f.get();
                assertThat(r.statusCode()).isEqualTo(200);
                assertThat(r.body()).doesNotContain("id=\"errorText\"").contains("modelForm");
            }
        } finally {
            pool.shutdown();
        }
    }
}
