package fr.tierslieu.core.web.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Chart.js configuration built in Java and rendered by {@code <p:chart value="…">}. Only data and
 * options; anything that needs a function (tooltips, quadrant lines) is added by the page's
 * extender script, so pages stay free of inline scripts (CSP).
 */
public final class ChartConfig {

    private final Map<String, Object> root = new LinkedHashMap<>();
    private final Map<String, Object> data = new LinkedHashMap<>();
    private final List<Map<String, Object>> datasets = new ArrayList<>();
    private final Map<String, Object> options = new LinkedHashMap<>();

    private ChartConfig(String type) {
        root.put("type", type);
        root.put("data", data);
        data.put("datasets", datasets);
        root.put("options", options);
        options.put("responsive", true);
        options.put("maintainAspectRatio", false);
        options.put("animation", false);
    }

    public static ChartConfig of(String type) {
        return new ChartConfig(type);
    }

    public ChartConfig labels(List<String> labels) {
        data.put("labels", labels);
        return this;
    }

    /** Adds a dataset; {@code extra} holds Chart.js dataset options (colours, stepped…). */
    public ChartConfig dataset(String label, List<?> values, Map<String, Object> extra) {
        Map<String, Object> ds = new LinkedHashMap<>();
        ds.put("label", label);
        ds.put("data", values);
        ds.putAll(extra);
        datasets.add(ds);
        return this;
    }

    /** Sets an option by dotted path, e.g. {@code scales.y.min}. */
    public ChartConfig option(String path, Object value) {
        String[] parts = path.split("\\.");
        Map<String, Object> node = options;
        for (int i = 0; i < parts.length - 1; i++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> child =
                    (Map<String, Object>) node.computeIfAbsent(parts[i], k -> new LinkedHashMap<>());
            node = child;
        }
        node.put(parts[parts.length - 1], value);
        return this;
    }

    public String toJson() {
        return Json.of(root);
    }
}
