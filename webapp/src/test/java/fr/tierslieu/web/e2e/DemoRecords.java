package fr.tierslieu.web.e2e;

import jakarta.json.JsonObject;

/**
 * Records of the demo data that suites of several modules open (read through the REST API, so
 * that they hold whatever other tests created): a suite calling one of these needs the module
 * that owns the record ({@link NeedsModules}).
 */
final class DemoRecords {

    private DemoRecords() {}

    /** The demo's study trip (to the Trégor); needs the study trip module. */
    static long trip(LocalApp app) {
        String body =
                new Http(app, "organizer", "demo").get("/api/studytrip/trips").body();
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(body))) {
            return reader.readArray().getValuesAs(JsonObject.class).stream()
                    .filter(t -> t.getString("title").contains("Trégor"))
                    .mapToLong(t -> t.getJsonNumber("id").longValue())
                    .findFirst()
                    .orElseThrow();
        }
    }
}
