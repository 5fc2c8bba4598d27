package fr.tierslieu.core.application.audit;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** One changed field of an audit entry, read back from the entry's JSON for display. */
public record AuditChange(String field, String oldValue, String newValue) {

    /** The changes of an entry's JSON; an unreadable text gives one line holding it as is. */
    public static List<AuditChange> parse(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonArray array = reader.readArray();
            List<AuditChange> changes = new ArrayList<>();
            for (JsonValue value : array) {
                JsonObject o = value.asJsonObject();
                changes.add(new AuditChange(o.getString("field", "?"), text(o, "old"), text(o, "new")));
            }
            return changes;
        } catch (RuntimeException e) {
            return List.of(new AuditChange("", null, json));
        }
    }

    private static String text(JsonObject o, String key) {
        return o.isNull(key) ? null : o.getString(key, null);
    }
}
