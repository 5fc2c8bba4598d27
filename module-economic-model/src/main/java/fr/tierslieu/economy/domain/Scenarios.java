package fr.tierslieu.economy.domain;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Scenarios: a variant is the base model with some assumptions overridden. An override names the
 * assumption by its JSON Pointer in the model's JSON (RFC 6901, e.g. {@code /activities/0/unitPrice}
 * or {@code /subsidies/1/perYear/3}) and gives the new number; the base can change afterwards and
 * the variant follows, except for what it overrides.
 */
public final class Scenarios {

    private Scenarios() {}

    /** A number of the model that a scenario may override, with a label for people. */
    public record Assumption(String pointer, String label, double value) {}

    /**
     * @throws ModelJson.Unreadable naming the pointer that does not designate a number of the model
     */
    public static ModelSpec apply(ModelSpec base, Map<String, Double> overrides) {
        JsonStructure json = ModelJson.toJson(base);
        for (Map.Entry<String, Double> o : overrides.entrySet()) {
            try {
                var pointer = Json.createPointer(o.getKey());
                if (!(pointer.getValue(json) instanceof JsonNumber)) {
                    throw new ModelJson.Unreadable(o.getKey(), "not a number of the model");
                }
                if (o.getValue() == null || !Double.isFinite(o.getValue())) {
                    throw new ModelJson.Unreadable(o.getKey(), "a number is expected");
                }
                json = pointer.replace(json, Json.createValue(o.getValue()));
            } catch (JsonException e) {
                throw new ModelJson.Unreadable(o.getKey(), "no such assumption in the model");
            }
        }
        return ModelJson.fromJson((JsonObject) json);
    }

    /**
     * The numbers a scenario can override, in the order of the model; {@code names} gives a field's
     * label (or null, and the field's own name is used).
     */
    public static List<Assumption> assumptions(ModelSpec spec, java.util.function.Function<String, String> names) {
        List<Assumption> out = new ArrayList<>();
        collect(ModelJson.toJson(spec), "", "", names, out);
        return out;
    }

    private static void collect(
            JsonValue v,
            String pointer,
            String label,
            java.util.function.Function<String, String> names,
            List<Assumption> out) {
        if (v instanceof JsonNumber n) {
            out.add(new Assumption(pointer, label, n.doubleValue()));
        } else if (v instanceof JsonObject o) {
            String own =
                    o.containsKey("name") && o.get("name") instanceof jakarta.json.JsonString s ? s.getString() : null;
            for (var e : o.entrySet()) {
                if (e.getKey().equals("seasonality")) {
                    continue; // coefficients come as a set of twelve; not overridden one by one
                }
                String named = names.apply(e.getKey());
                String field = named == null ? e.getKey() : named;
                String l = own == null ? field : own + " – " + field;
                collect(
                        e.getValue(),
                        pointer + "/" + e.getKey(),
                        label.isEmpty() || own != null ? l : label + " – " + field,
                        names,
                        out);
            }
        } else if (v instanceof jakarta.json.JsonArray a) {
            for (int i = 0; i < a.size(); i++) {
                String l = a.get(i) instanceof JsonNumber ? label + " (" + (i + 1) + ")" : label;
                collect(a.get(i), pointer + "/" + i, l, names, out);
            }
        }
    }
}
