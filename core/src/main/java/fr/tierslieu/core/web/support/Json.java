package fr.tierslieu.core.web.support;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/**
 * JSON for scripts of our pages (chart configurations, map data). The result is safe to embed in
 * a {@code <script type="application/json">} element: {@code <}, {@code >} and {@code &} are escaped.
 */
public final class Json {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private Json() {}

    public static String of(Object value) {
        return embeddable(JSONB.toJson(value));
    }

    static String embeddable(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
