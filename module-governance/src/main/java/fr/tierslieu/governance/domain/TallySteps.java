package fr.tierslieu.governance.domain;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * The steps of a tally as stored with a resolution: {@code [{"key":"presence","args":[7,9,0.7777]}]}.
 * Numbers stay numbers and names stay names, so that the record is formatted when it is read, in
 * the reader's language (« 77,78 % », "77.78%"), never frozen in the format of whoever recorded it.
 */
public final class TallySteps {

    private TallySteps() {}

    /**
     * @param max the column's size: the objections (free text) are shortened, never the numbers, so
     *            that the document always fits
     */
    public static String toJson(List<TallyResult.Step> steps, int max) {
        int textBudget = 2000;
        while (true) {
            String json = write(steps, textBudget);
            if (json.length() <= max || textBudget < 20) {
                return json;
            }
            textBudget /= 2;
        }
    }

    private static String write(List<TallyResult.Step> steps, int textMax) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (TallyResult.Step step : steps) {
            JsonArrayBuilder args = Json.createArrayBuilder();
            for (Object a : step.args()) {
                if (a == null) {
                    args.addNull();
                } else if (a instanceof Integer || a instanceof Long) {
                    args.add(((Number) a).longValue());
                } else if (a instanceof Number n) {
                    args.add(n.doubleValue());
                } else {
                    String text = a.toString();
                    args.add(text.length() > textMax ? text.substring(0, textMax) + "…" : text);
                }
            }
            array.add(Json.createObjectBuilder().add("key", step.key()).add("args", args));
        }
        return array.build().toString();
    }

    public static List<TallyResult.Step> fromJson(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        List<TallyResult.Step> steps = new ArrayList<>();
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            for (JsonValue v : reader.readArray()) {
                JsonObject o = v.asJsonObject();
                List<Object> args = new ArrayList<>();
                for (JsonValue a : o.getJsonArray("args")) {
                    args.add(
                            switch (a.getValueType()) {
                                case NUMBER ->
                                    ((JsonNumber) a).isIntegral()
                                            ? (Object) ((JsonNumber) a).longValue()
                                            : (Object) ((JsonNumber) a).doubleValue();
                                case STRING -> ((JsonString) a).getString();
                                default -> null;
                            });
                }
                steps.add(new TallyResult.Step(o.getString("key"), java.util.Collections.unmodifiableList(args)));
            }
        }
        return steps;
    }
}
