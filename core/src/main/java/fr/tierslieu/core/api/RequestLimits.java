package fr.tierslieu.core.api;

/**
 * The limits every REST request body meets before any work is done (checked by the webapp's
 * {@code ApiLimitsFilter} for the whole API). Lists and matrices inside a body have their own
 * maxima, declared with Bean Validation on the body's types (they appear as {@code maxItems} in
 * the OpenAPI document) and checked as soon as the body is read ({@link BodyValidation}).
 */
public final class RequestLimits {

    /** Bytes of a request body: beyond, 413 without reading the rest. */
    public static final int MAX_BODY_BYTES = 2 * 1024 * 1024;
    /** Bytes of a workspace document sent to {@code POST /api/admin/workspace}. */
    public static final int MAX_WORKSPACE_BYTES = 50 * 1024 * 1024;
    /**
     * Bytes of a file sent to an import endpoint of a module ({@code …/import/<format>}, e.g. a
     * ledger export of a year); the module checks its own, possibly lower, limit.
     */
    public static final int MAX_IMPORT_BYTES = 32 * 1024 * 1024;
    /** Nesting of JSON arrays and objects: beyond, 400 before the JSON is parsed. */
    public static final int MAX_JSON_DEPTH = 32;

    private RequestLimits() {}

    /** The body limit of a call, by its path under the application ({@code /api/…}). */
    public static int maxBodyBytes(String path) {
        if ("/api/admin/workspace".equals(path)) {
            return MAX_WORKSPACE_BYTES;
        }
        return path.matches("/api/[a-z-]+/.*/import/[a-z]+") ? MAX_IMPORT_BYTES : MAX_BODY_BYTES;
    }

    /**
     * The deepest nesting of arrays and objects in a JSON text (strings and their escapes
     * skipped), stopping as soon as {@code limit} is exceeded; linear, no allocation.
     *
     * @return the depth reached, or {@code limit + 1} when it is exceeded
     */
    public static int jsonDepth(byte[] json, int length, int limit) {
        int depth = 0;
        int deepest = 0;
        boolean inString = false;
        for (int i = 0; i < length; i++) {
            byte b = json[i];
            if (inString) {
                if (b == '\\') {
                    i++;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '[' || b == '{') {
                depth++;
                if (depth > deepest) {
                    deepest = depth;
                    if (deepest > limit) {
                        return limit + 1;
                    }
                }
            } else if (b == ']' || b == '}') {
                depth--;
            }
        }
        return deepest;
    }
}
