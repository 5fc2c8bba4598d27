package fr.tierslieu.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The project and strategy REST API as another tool would use it: CRUD, schedule, MACTOR computation. */
class ProjectApiIT {

    private static Http manager;
    private static Http viewer;

    @BeforeAll
    static void start() {
        LocalApp app = LocalApp.get();
        manager = new Http(app, "manager", "demo");
        viewer = new Http(app, "viewer", "demo");
    }

    private static JsonArray errors(Http.Response r) {
        return r.json().getJsonArray("errors");
    }

    @Test
    void projectCrudWithVersionsAndFieldErrors() {
        Http.Response bad = manager.post("/api/core/projects", """
                {"name": " ", "status": "ONGOING", "startDate": "2027-03-01", "endDate": "2027-02-01",
                 "links": [{"label": "x", "url": "ftp://nope"}]}""");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(errors(bad).getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"))
                .contains("name", "endDate", "links");
        Http.Response badStatus = manager.post("/api/core/projects", "{\"name\": \"x\", \"status\": \"FINISHED\"}");
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.body()).contains("IDEA").contains("status");

        String name = "Ressourcerie " + UUID.randomUUID().toString().substring(0, 6);
        Http.Response created = manager.post("/api/core/projects", """
                {"name": "%s", "status": "EMERGING", "tags": ["réemploi"],
                 "links": [{"label": "Étude", "url": "https://example.org/etude"}]}""".formatted(name));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        long version = created.json().getJsonNumber("version").longValue();
        assertThat(created.header("Location")).endsWith("/api/core/projects/" + id);

        assertThat(manager.put("/api/core/projects/" + id, "{\"name\": \"sans version\"}")
                        .status())
                .isEqualTo(400);
        Http.Response updated = manager.put("/api/core/projects/" + id, """
                {"name": "%s bis", "status": "ONGOING", "version": %d}""".formatted(name, version));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().getString("status")).isEqualTo("ONGOING");
        Http.Response stale = manager.put("/api/core/projects/" + id, """
                {"name": "%s ter", "version": %d}""".formatted(name, version));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(manager.get("/api/core/projects/" + id).json().getString("name"))
                .isEqualTo(name + " bis");

        assertThat(viewer.get("/api/core/projects/" + id).status()).isEqualTo(200);
        assertThat(viewer.post("/api/core/projects", "{\"name\": \"non\"}").status())
                .isEqualTo(403);
        assertThat(viewer.delete("/api/core/projects/" + id).status()).isEqualTo(403);
        assertThat(manager.delete("/api/core/projects/" + id).status()).isEqualTo(204);
        assertThat(manager.get("/api/core/projects/" + id).status()).isEqualTo(404);
    }

    @Test
    void scheduleOfTheDemoRoadmap() {
        long id = PagesSmokeIT.projectId(manager, "Atelier Z – tiers-lieu");
        Http.Response r = manager.get("/api/core/projects/" + id + "/schedule?today=2027-01-04");
        assertThat(r.status()).isEqualTo(200);
        JsonArray tasks = r.json().getJsonArray("tasks");
        JsonObject ag = tasks.getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("name").equals("Assemblée générale extraordinaire"))
                .findFirst()
                .orElseThrow();
        assertThat(ag.getString("earliestStart")).isEqualTo("2027-06-19");
        assertThat(ag.getBoolean("milestone")).isTrue();
        JsonObject consult = tasks.getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("name").equals("Consulter les partenaires sur la charte"))
                .findFirst()
                .orElseThrow();
        // 15 working days of notice before the AG of Saturday 19 June: latest finish Friday 28 May 2027
        assertThat(consult.getString("latestFinish")).isEqualTo("2027-05-28");
        assertThat(consult.getInt("slack")).isPositive();
        assertThat(manager.get("/api/core/projects/" + id + "/schedule?today=demain")
                        .status())
                .isEqualTo(400);
        assertThat(manager.get("/api/core/projects/999999999/schedule").status())
                .isEqualTo(404);
    }

    @Test
    void mactorComputesWithoutSaving() {
        Http.Response r = viewer.post("/api/core/strategy/mactor", """
                {"actors": ["A", "B", "C"], "objectives": ["O1", "O2"],
                 "mid": [[0, 2, 1], [1, 0, 3], [0, 1, 0]],
                 "positions": [[3, -2], [2, 1], [-1, 0]]}""");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonObject body = r.json();
        assertThat(body.getJsonArray("riStar").getJsonNumber(0).doubleValue())
                .isCloseTo(1.694057916509966, within(1e-9));
        assertThat(body.getJsonArray("midi").getJsonArray(1).getInt(2)).isEqualTo(4);
        assertThat(body.getJsonArray("influence").getJsonNumber(0).doubleValue())
                .isEqualTo(7.0);
        assertThat(body.getJsonObject("convergence")
                        .getJsonArray("valued")
                        .getJsonArray(0)
                        .getJsonNumber(1)
                        .doubleValue())
                .isEqualTo(2.5);
        assertThat(body.getJsonArray("opposition").getJsonNumber(1).doubleValue())
                .isCloseTo(-3.388115833019932, within(1e-9));
        assertThat(body.getJsonArray("mao1").getJsonArray(2).getJsonNumber(0).doubleValue())
                .isEqualTo(-1.0);
        // who could rally or block: the domain's rule (r* >= 1), on every objective when none is named key
        assertThat(body.getJsonArray("allies").getValuesAs(JsonObject.class))
                .extracting(a -> a.getString("name"))
                .containsExactly("A", "B");
        Http.Response onO2 = viewer.post("/api/core/strategy/mactor", """
                {"actors": ["A", "B", "C"], "objectives": ["O1", "O2"],
                 "mid": [[0, 2, 1], [1, 0, 3], [0, 1, 0]],
                 "positions": [[3, -2], [2, 1], [-1, 0]], "keyObjectives": [1]}""");
        assertThat(onO2.json().getJsonArray("blockers").getJsonObject(0).getString("name"))
                .isEqualTo("A");
        assertThat(onO2.json().getJsonArray("blockers").getJsonObject(0).getInt("stance"))
                .isEqualTo(-2);
        Http.Response noSuchObjective = viewer.post("/api/core/strategy/mactor", """
                {"actors": ["A", "B"], "objectives": ["O"], "mid": [[0, 1], [1, 0]], "positions": [[1], [-1]], "keyObjectives": [0, 3]}""");
        assertThat(noSuchObjective.status()).isEqualTo(400);
        assertThat(errors(noSuchObjective).getJsonObject(0).getString("field")).isEqualTo("keyObjectives[1]");

        Http.Response outOfRange = viewer.post("/api/core/strategy/mactor", """
                {"actors": ["A", "B"], "objectives": ["O"], "mid": [[0, 5], [1, 0]], "positions": [[1], [-9]]}""");
        assertThat(outOfRange.status()).isEqualTo(400);
        assertThat(errors(outOfRange).getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"))
                .containsExactly("mid[0][1]", "positions[1][0]");
        assertThat(errors(outOfRange).getJsonObject(0).getString("message"))
                .containsPattern("[«“]\\s?A\\s?[»”]")
                .containsPattern("[«“]\\s?B\\s?[»”]")
                .contains("5");

        Http.Response notSquare = viewer.post("/api/core/strategy/mactor", """
                {"actors": ["A", "B", "C"], "objectives": ["O"], "mid": [[0, 1], [1, 0]], "positions": [[1], [1], [1]]}""");
        assertThat(notSquare.status()).isEqualTo(400);
        assertThat(errors(notSquare).getJsonObject(0).getString("field")).isEqualTo("mid");

        Http.Response namesDisagree = viewer.post("/api/core/strategy/mactor", """
                {"actors": ["A", "A"], "objectives": ["O"], "mid": [[0, 1], [1, 0]], "positions": [[1], [1, 2]]}""");
        assertThat(namesDisagree.status()).isEqualTo(400);
        assertThat(errors(namesDisagree).getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"))
                .contains("actors[1]", "positions[1]");

        Http.Response notJson = viewer.post("/api/core/strategy/mactor", "{\"actors\": [\"A\"], \"mid\": [[0.5]]}");
        assertThat(notJson.status()).isEqualTo(400);
    }

    @Test
    void findingsIncludeTheDemoOnes() {
        long id = PagesSmokeIT.projectId(manager, "Atelier Z – tiers-lieu");
        try (var reader = Json.createReader(new StringReader(
                manager.get("/api/core/projects/" + id + "/findings").body()))) {
            assertThat(reader.readArray().getValuesAs(JsonObject.class))
                    .extracting(f -> f.getString("kind"))
                    .contains("OPEN_QUESTION", "SUCCESS_FACTOR", "VIGILANCE");
        }
    }
}
