package fr.tierslieu.economy.domain;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON form of {@link ModelSpec}: the stored form, the export format and the REST body. Field
 * names are those of the spec's public fields; rates in percent; dates ISO-8601; unknown fields
 * are ignored, missing fields keep their defaults. A value of the wrong type is reported with its
 * path ({@code activities[1].unitPrice}), never half-read.
 */
public final class ModelJson {

    private ModelJson() {}

    /** A choice that may be left empty (JSON null); other choices are required. */
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @java.lang.annotation.Target(java.lang.annotation.ElementType.FIELD)
    public @interface Optional {}

    /** A list longer than its {@code @Size(max)}: refused before any of it is read. */
    public static class TooMany extends Unreadable {
        private static final long serialVersionUID = 1L;
        private final int max;

        public TooMany(String path, int max) {
            super(path, "at most " + max + " items");
            this.max = max;
        }

        public int max() {
            return max;
        }
    }

    /** A JSON document that cannot be read as a model. */
    public static class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String path;

        public Unreadable(String path, String message) {
            super(path == null ? message : path + ": " + message);
            this.path = path;
        }

        public String path() {
            return path;
        }
    }

    public static String write(ModelSpec spec) {
        return toJson(spec).toString();
    }

    public static JsonObject toJson(ModelSpec spec) {
        return (JsonObject) value(spec);
    }

    public static ModelSpec read(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return fromJson(reader.readObject());
        } catch (jakarta.json.JsonException | ClassCastException e) {
            throw new Unreadable(null, "not a JSON object: " + e.getMessage());
        }
    }

    public static ModelSpec fromJson(JsonObject json) {
        return (ModelSpec) object(json, ModelSpec.class, "");
    }

    /** A deep copy, through the JSON form. */
    public static ModelSpec copy(ModelSpec spec) {
        return fromJson(toJson(spec));
    }

    private static JsonValue value(Object v) {
        if (v == null) {
            return JsonValue.NULL;
        }
        if (v instanceof String s) {
            return Json.createValue(s);
        }
        if (v instanceof Integer i) {
            return Json.createValue(i);
        }
        if (v instanceof Long l) {
            return Json.createValue(l);
        }
        if (v instanceof Double d) {
            return number(d);
        }
        if (v instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (v instanceof Enum<?> e) {
            return Json.createValue(e.name());
        }
        if (v instanceof LocalDate d) {
            return Json.createValue(d.toString());
        }
        if (v instanceof double[] arr) {
            JsonArrayBuilder b = Json.createArrayBuilder();
            for (double d : arr) {
                b.add(number(d));
            }
            return b.build();
        }
        if (v instanceof List<?> list) {
            JsonArrayBuilder b = Json.createArrayBuilder();
            list.forEach(item -> b.add(value(item)));
            return b.build();
        }
        JsonObjectBuilder b = Json.createObjectBuilder();
        for (Field f : fields(v.getClass())) {
            try {
                b.add(f.getName(), value(f.get(v)));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return b.build();
    }

    /** Whole numbers without ".0", so that the document reads as people write it. */
    private static JsonValue number(double d) {
        if (!Double.isFinite(d)) {
            return JsonValue.NULL;
        }
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Json.createValue((long) d) : Json.createValue(d);
    }

    private static List<Field> fields(Class<?> type) {
        List<Field> out = new ArrayList<>();
        for (Field f : type.getFields()) {
            if (!Modifier.isStatic(f.getModifiers())) {
                out.add(f);
            }
        }
        return out;
    }

    private static Object object(JsonValue json, Class<?> type, String path) {
        if (!(json instanceof JsonObject o)) {
            throw new Unreadable(path.isEmpty() ? null : path, "an object is expected");
        }
        Object target;
        try {
            target = type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        for (Field f : fields(type)) {
            if (!o.containsKey(f.getName())) {
                continue;
            }
            String at = path.isEmpty() ? f.getName() : path + "." + f.getName();
            try {
                f.set(target, read(o.get(f.getName()), f, at));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return target;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object read(JsonValue v, Field f, String at) {
        Class<?> t = f.getType();
        boolean isNull = v == null || v.getValueType() == JsonValue.ValueType.NULL;
        if (t == double.class) {
            return number(v, at).doubleValue();
        }
        if (t == int.class) {
            return integer(v, at);
        }
        if (t == Integer.class) {
            return isNull ? null : integer(v, at);
        }
        if (t == Long.class) {
            return isNull ? null : number(v, at).longValue();
        }
        if (t == boolean.class) {
            if (v == JsonValue.TRUE || v == JsonValue.FALSE) {
                return v == JsonValue.TRUE;
            }
            throw new Unreadable(at, "true or false is expected");
        }
        if (t == String.class) {
            if (isNull) {
                return "";
            }
            if (v instanceof JsonString s) {
                return s.getString();
            }
            throw new Unreadable(at, "a text is expected");
        }
        if (t == LocalDate.class) {
            if (isNull) {
                return null;
            }
            try {
                return LocalDate.parse(((JsonString) v).getString());
            } catch (ClassCastException | DateTimeParseException e) {
                throw new Unreadable(at, "a date (YYYY-MM-DD) is expected");
            }
        }
        if (t.isEnum()) {
            if (isNull && f.isAnnotationPresent(Optional.class)) {
                return null;
            }
            try {
                return Enum.valueOf((Class) t, ((JsonString) v).getString());
            } catch (ClassCastException | IllegalArgumentException | NullPointerException e) {
                throw new Unreadable(at, "one of " + java.util.Arrays.toString(t.getEnumConstants()) + " is expected");
            }
        }
        if (t == double[].class) {
            if (!(v instanceof JsonArray a)) {
                throw new Unreadable(at, "a list of numbers is expected");
            }
            limit(f, a, at);
            double[] out = new double[a.size()];
            for (int i = 0; i < a.size(); i++) {
                out[i] = number(a.get(i), at + "[" + i + "]").doubleValue();
            }
            return out;
        }
        if (t == List.class) {
            if (!(v instanceof JsonArray a)) {
                throw new Unreadable(at, "a list is expected");
            }
            limit(f, a, at);
            Class<?> item = (Class<?>) ((ParameterizedType) f.getGenericType()).getActualTypeArguments()[0];
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < a.size(); i++) {
                out.add(object(a.get(i), item, at + "[" + i + "]"));
            }
            return out;
        }
        throw new IllegalStateException("unsupported field type " + t);
    }

    private static void limit(Field f, JsonArray a, String at) {
        jakarta.validation.constraints.Size size = f.getAnnotation(jakarta.validation.constraints.Size.class);
        if (size != null && a.size() > size.max()) {
            throw new TooMany(at, size.max());
        }
    }

    private static Number number(JsonValue v, String at) {
        if (v instanceof JsonNumber n) {
            return n.bigDecimalValue();
        }
        throw new Unreadable(at, "a number is expected");
    }

    private static int integer(JsonValue v, String at) {
        Number n = number(v, at);
        try {
            return ((java.math.BigDecimal) n).intValueExact();
        } catch (ArithmeticException e) {
            throw new Unreadable(at, "a whole number is expected");
        }
    }
}
