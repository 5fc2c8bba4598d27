package fr.tierslieu.core.web.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * The data of a chart as a table, for those who cannot see the chart (the text alternative RGAA
 * criterion 1.3 asks for, and WCAG's « not colour alone »): read back from the same Chart.js
 * configuration the chart draws ({@link ChartConfig}), so the two never disagree.
 * <ul>
 * <li>charts with labels (line, bar, stacked): one row per label, one column per dataset;</li>
 * <li>point charts (scatter, bubble): one row per point, with its name when it has one, then x
 * and y.</li>
 * </ul>
 * At most {@link #MAX_ROWS} rows (a monthly cash plan over ten years has 120).
 */
public record ChartTable(List<String> headers, List<List<String>> rows) {

    public static final int MAX_ROWS = 240;
    private static final ChartTable EMPTY = new ChartTable(List.of(), List.of());

    /**
     * @param json       the chart's configuration ({@code type}, {@code data.labels}, {@code data.datasets})
     * @param firstHeader the heading of the label column (e.g. « Mois »), or of the name column of points
     * @param number     how to write a value in the reader's language
     */
    public static ChartTable of(String json, String firstHeader, DoubleFunction<String> number) {
        if (json == null || json.isBlank()) {
            return EMPTY;
        }
        JsonObject root;
        try (var reader = Json.createReader(new StringReader(json))) {
            root = reader.readObject();
        } catch (RuntimeException e) {
            return EMPTY;
        }
        JsonObject data = root.getJsonObject("data");
        if (data == null || !data.containsKey("datasets")) {
            return EMPTY;
        }
        JsonArray datasets = data.getJsonArray("datasets");
        JsonArray labels = data.containsKey("labels") ? data.getJsonArray("labels") : null;
        List<String> headers = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        if (labels != null && !labels.isEmpty()) {
            headers.add(firstHeader);
            for (JsonValue ds : datasets) {
                headers.add(text(((JsonObject) ds).get("label")));
            }
            for (int i = 0; i < labels.size() && rows.size() < MAX_ROWS; i++) {
                List<String> row = new ArrayList<>();
                row.add(text(labels.get(i)));
                for (JsonValue ds : datasets) {
                    JsonArray values = ((JsonObject) ds).getJsonArray("data");
                    row.add(values != null && i < values.size() ? value(values.get(i), number) : "");
                }
                rows.add(row);
            }
        } else {
            // points: {x, y[, r][, name]} in each dataset, the dataset's label as the series
            headers.add(firstHeader);
            headers.add("x");
            headers.add("y");
            boolean series = datasets.size() > 1;
            if (series) {
                headers.add(1, "");
            }
            for (JsonValue d : datasets) {
                JsonObject ds = (JsonObject) d;
                JsonArray points = ds.getJsonArray("data");
                if (points == null) {
                    continue;
                }
                for (JsonValue p : points) {
                    if (rows.size() >= MAX_ROWS || !(p instanceof JsonObject point)) {
                        continue;
                    }
                    List<String> row = new ArrayList<>();
                    row.add(
                            point.containsKey("name")
                                    ? text(point.get("name"))
                                    : point.containsKey("label") ? text(point.get("label")) : "");
                    if (series) {
                        row.add(text(ds.get("label")));
                    }
                    row.add(value(point.get("x"), number));
                    row.add(value(point.get("y"), number));
                    rows.add(row);
                }
            }
        }
        return new ChartTable(List.copyOf(headers), List.copyOf(rows));
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    private static String text(JsonValue v) {
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return "";
        }
        if (v instanceof jakarta.json.JsonString s) {
            return s.getString();
        }
        if (v instanceof JsonArray a) {
            // multi-line labels are arrays of lines
            List<String> parts = new ArrayList<>();
            a.forEach(x -> parts.add(text(x)));
            return String.join(" ", parts);
        }
        return v.toString();
    }

    private static String value(JsonValue v, DoubleFunction<String> number) {
        if (v instanceof JsonNumber n) {
            return number.apply(n.doubleValue());
        }
        if (v instanceof JsonArray range
                && range.size() == 2
                && range.get(0) instanceof JsonNumber a
                && range.get(1) instanceof JsonNumber b) {
            // floating bars (tornado, fan): from – to
            return number.apply(a.doubleValue()) + " – " + number.apply(b.doubleValue());
        }
        return text(v);
    }
}
