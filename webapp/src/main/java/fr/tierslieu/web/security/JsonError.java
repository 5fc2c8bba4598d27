package fr.tierslieu.web.security;

import fr.tierslieu.core.api.ErrorJson;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The REST error body ({@link ErrorJson}, the shape every resource answers with through the
 * exception mappers) for the answers written by a filter or the authentication mechanism, before
 * JAX-RS is reached.
 */
final class JsonError {

    private static final Jsonb JSON = JsonbBuilder.create();

    private JsonError() {}

    static void write(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(JSON.toJson(ErrorJson.of(status, message)));
    }
}
