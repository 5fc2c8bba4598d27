package fr.tierslieu.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The actor REST API as another tool would use it: status codes, JSON shape, validation, versions. */
class ActorApiIT {

    private static LocalApp app;
    private static Http manager;
    private static Http viewer;

    @BeforeAll
    static void start() {
        app = LocalApp.get();
        manager = new Http(app, "manager", "demo");
        viewer = new Http(app, "viewer", "demo");
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static JsonObject create(String name) {
        Http.Response r = manager.post("/api/core/actors", """
                {"name": "%s", "kind": "COMPANY", "commune": "Trégunc", "stance": "ALLY",
                 "influence": 4, "interest": 2, "tags": ["Séminaires", "test"]}""".formatted(name));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    @Test
    void createAnswers201WithLocationAndEnglishFields() {
        String name = unique("Coopérative");
        Http.Response r = manager.post("/api/core/actors", """
                {"name": "%s", "kind": "COMPANY", "stance": "ALLY", "influence": 4, "interest": 2}""".formatted(name));
        assertThat(r.status()).isEqualTo(201);
        JsonObject body = r.json();
        assertThat(r.header("Location"))
                .endsWith("/api/core/actors/" + body.getJsonNumber("id").longValue());
        assertThat(body.getString("name")).isEqualTo(name);
        assertThat(body.getString("kind")).isEqualTo("COMPANY");
        assertThat(body.getString("type")).isEqualTo("ORGANISATION");
        assertThat(body.getString("status")).isEqualTo("UNKNOWN");
        assertThat(body.getString("quadrant")).isEqualTo("KEEP_SATISFIED");
        assertThat(body.getJsonNumber("version").longValue()).isGreaterThanOrEqualTo(0);

        Http.Response read =
                manager.get("/api/core/actors/" + body.getJsonNumber("id").longValue());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().getString("name")).isEqualTo(name);
    }

    @Test
    void listIsPagedAndFiltered() {
        String marker = unique("Filtrage");
        create(marker + " A");
        create(marker + " B");
        create(marker + " C");
        Http.Response page =
                manager.get("/api/core/actors?q=" + marker.replace(" ", "%20") + "&size=2&page=0&sort=name");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().getJsonNumber("total").longValue()).isEqualTo(3);
        assertThat(page.json().getJsonArray("items")).hasSize(2);
        assertThat(page.json().getJsonArray("items").getJsonObject(0).getString("name"))
                .endsWith("A");
        Http.Response second =
                manager.get("/api/core/actors?q=" + marker.replace(" ", "%20") + "&size=2&page=1&sort=name");
        assertThat(second.json().getJsonArray("items")).hasSize(1);

        Http.Response demo = manager.get("/api/core/actors?kind=EPCI&stance=ALLY&type=ORGANISATION");
        assertThat(demo.json().getJsonArray("items").getJsonObject(0).getString("name"))
                .isEqualTo("Concarneau Cornouaille Agglomération");
    }

    @Test
    void invalidInputGets400NamingEachField() {
        Http.Response r = manager.post("/api/core/actors", """
                {"name": "", "kind": "SPACESHIP", "influence": 9, "email": "not-an-email"}""");
        assertThat(r.status()).isEqualTo(400);
        JsonObject body = r.json();
        assertThat(body.getInt("status")).isEqualTo(400);
        assertThat(body.getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"))
                .contains("kind");
        Http.Response fields = manager.post("/api/core/actors", """
                {"name": "", "kind": "COMPANY", "influence": 9, "email": "not-an-email"}""");
        assertThat(fields.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"))
                .contains("name", "influence", "email");
        assertThat(manager.get("/api/core/actors?size=1000").status()).isEqualTo(400);
        assertThat(manager.get("/api/core/actors?stance=FRIENDLY")
                        .json()
                        .getJsonArray("errors")
                        .getJsonObject(0)
                        .getString("message"))
                .contains("ALLY");
    }

    @Test
    void malformedJsonGets400() {
        Http.Response r = manager.post("/api/core/actors", "{\"name\": ");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().getInt("status")).isEqualTo(400);
        assertThat(manager.post("/api/core/actors", "{\"name\":\"x\",\"kind\":\"COMPANY\",\"influence\":\"high\"}")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void updateWithStaleVersionGets409AndChangesNothing() {
        JsonObject created = create(unique("Version"));
        long id = created.getJsonNumber("id").longValue();
        long version = created.getJsonNumber("version").longValue();
        Http.Response first = manager.put("/api/core/actors/" + id, """
                {"version": %d, "name": "%s", "kind": "COMPANY", "commune": "Concarneau", "influence": 4, "interest": 2,
                 "stance": "ALLY"}""".formatted(version, created.getString("name")));
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().getString("commune")).isEqualTo("Concarneau");

        Http.Response stale = manager.put("/api/core/actors/" + id, """
                {"version": %d, "name": "%s", "kind": "COMPANY", "commune": "Quimper"}""".formatted(version, created.getString("name")));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(manager.get("/api/core/actors/" + id).json().getString("commune"))
                .isEqualTo("Concarneau");

        assertThat(manager.put("/api/core/actors/" + id, "{\"name\":\"x\",\"kind\":\"COMPANY\"}")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void unknownIdGets404() {
        assertThat(manager.get("/api/core/actors/987654321").status()).isEqualTo(404);
        assertThat(manager.put("/api/core/actors/987654321", "{\"version\":0,\"name\":\"x\",\"kind\":\"COMPANY\"}")
                        .status())
                .isEqualTo(404);
        assertThat(manager.delete("/api/core/actors/987654321").status()).isEqualTo(404);
    }

    @Test
    void viewerReadsButCannotWrite() {
        assertThat(viewer.get("/api/core/actors").status()).isEqualTo(200);
        Http.Response r = viewer.post("/api/core/actors", "{\"name\":\"Interdit\",\"kind\":\"COMPANY\"}");
        assertThat(r.status()).isEqualTo(403);
        assertThat(manager.get("/api/core/actors?q=Interdit")
                        .json()
                        .getJsonNumber("total")
                        .longValue())
                .isZero();
    }

    @Test
    void deletingAnActorInUseAsksForConfirmation() {
        Http.Response atelier = manager.get("/api/core/actors?q=Atelier%20Z&type=ORGANISATION");
        long used = atelier.json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        Http.Response refused = manager.delete("/api/core/actors/" + used);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json()
                        .getJsonObject("impact")
                        .getJsonNumber("relationships")
                        .longValue())
                .isPositive();
        assertThat(manager.get("/api/core/actors/" + used).status()).isEqualTo(200);

        long unused = create(unique("Jetable")).getJsonNumber("id").longValue();
        assertThat(manager.delete("/api/core/actors/" + unused).status()).isEqualTo(204);
        assertThat(manager.get("/api/core/actors/" + unused).status()).isEqualTo(404);
    }

    /** {@code /openapi}, or null when that request timed out. */
    private static Http.Response openApi() {
        try {
            return new Http(app, null, null).get("/openapi");
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof java.net.http.HttpTimeoutException) {
                return null;
            }
            throw e;
        }
    }

    @Test
    void openApiDescribesTheActorApi() throws InterruptedException {
        // Payara builds the document on the first request after the deployment, which may take
        // longer than one request's timeout on a busy 2-core machine; it keeps building, and answers
        // the next request from what it built: give it a moment.
        Http.Response r = openApi();
        for (int i = 0; i < 60 && (r == null || !r.body().contains("/api/core/actors")); i++) {
            Thread.sleep(500);
            r = openApi();
        }
        assertThat(r).as("the OpenAPI document within the retries").isNotNull();
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("/api/core/actors").contains("Tiers-Lieu Studio API");
    }
}
