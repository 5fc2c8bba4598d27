package fr.tierslieu.core.api;

import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.application.security.AccessDeniedException;
import fr.tierslieu.core.domain.shared.ConcurrentEditException;
import fr.tierslieu.core.domain.shared.NotFoundException;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every failure of every module's REST resources into a JSON {@link ErrorJson} with the right
 * status: 400 with the fields at fault, 403, 404, 409 for a stale version, never a stack trace.
 * One rule ({@link Localized#answer}) for all; the mappers only tell JAX-RS which exceptions go there.
 */
public final class ApiExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class.getName());

    private ApiExceptionMappers() {}

    /** A mapper answering in the caller's language (Accept-Language, French by default). */
    abstract static class Localized<E extends Throwable> implements ExceptionMapper<E> {
        @Inject
        MessageBundles messages;

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(E exception) {
            return answer(exception);
        }

        /**
         * The answer for a failure, looking through its causes for one of ours first (a
         * {@link ValidationFailure} thrown while a body is read arrives wrapped by JSON-B or JAX-RS).
         */
        Response answer(Throwable failure) {
            Locale locale = ApiLocale.of(headers);
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof ValidationFailure v) {
                    List<ErrorJson.FieldError> fields = v.getViolations().stream()
                            .map(x -> new ErrorJson.FieldError(x.field(), x.message()))
                            .toList();
                    String message = v.total() > fields.size()
                            ? messages.format(locale, "core.api.error.validationMore", v.total(), fields.size())
                            : messages.get(locale, "core.api.error.validation");
                    return json(400, new ErrorJson(400, message, fields, v.total()));
                }
                if (cause instanceof ConcurrentEditException || cause instanceof OptimisticLockException) {
                    return simple(409, "core.api.error.conflict", locale);
                }
                if (cause instanceof AccessDeniedException) {
                    return simple(403, "core.api.error.forbidden", locale);
                }
                if (cause instanceof NotFoundException) {
                    return simple(404, "core.api.error.notFound", locale);
                }
            }
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (unreachable(cause)) {
                    LOG.warning(() -> "The database is unreachable: " + rootMessage(failure));
                    return json(503, ErrorJson.of(503, messages.get(locale, "core.api.error.database")));
                }
            }
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof JsonbException
                        || cause instanceof ProcessingException
                        || cause instanceof jakarta.json.JsonException) {
                    return json(
                            400,
                            ErrorJson.of(400, messages.format(locale, "core.api.error.malformed", rootMessage(cause))));
                }
            }
            LOG.log(Level.SEVERE, "Unexpected error in a REST call", failure);
            return simple(500, "core.api.error.internal", locale);
        }

        private Response simple(int status, String key, Locale locale) {
            return json(status, ErrorJson.of(status, messages.get(locale, key)));
        }
    }

    /** 400: the input broke a rule; each field named. */
    @Provider
    public static class Validation extends Localized<ValidationFailure> {}

    /** 409: someone saved the record after the caller read it. */
    @Provider
    public static class Conflict extends Localized<ConcurrentEditException> {}

    /** 409 as well when the database itself detects the race (two saves at the same instant). */
    @Provider
    public static class OptimisticLock extends Localized<OptimisticLockException> {}

    /** 404: unknown id. */
    @Provider
    public static class Missing extends Localized<NotFoundException> {}

    /** 403: signed in, but the role does not allow it. */
    @Provider
    public static class Forbidden extends Localized<AccessDeniedException> {}

    /** 400: the body is not JSON of the expected shape. */
    @Provider
    public static class Malformed extends Localized<ProcessingException> {}

    /** 400: JSON-B could not read the body. */
    @Provider
    public static class MalformedJsonb extends Localized<JsonbException> {}

    /** 500 without details for the caller (the cause goes to the server log), unless a cause is one of ours. */
    @Provider
    public static class Unexpected extends Localized<RuntimeException> {}

    /** What JAX-RS itself answers (unknown path, 405, 415…) keeps its status, with a JSON body. */
    @Provider
    public static class Web extends Localized<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof JsonbException
                        || cause instanceof ProcessingException
                        || cause instanceof jakarta.json.JsonException
                        || cause instanceof ValidationFailure) {
                    return answer(e.getCause());
                }
            }
            int status = e.getResponse().getStatus();
            String message = e instanceof jakarta.ws.rs.NotFoundException
                    ? "No such resource"
                    : e instanceof NotAllowedException
                            ? "Method not allowed"
                            : e.getResponse().getStatusInfo().getReasonPhrase();
            return json(status, ErrorJson.of(status, message));
        }
    }

    /**
     * The database cannot be reached (connection refused or lost: SQLSTATE class 08, or the pool
     * could not give a connection): the caller may retry later, nothing was saved.
     */
    static boolean unreachable(Throwable t) {
        if (t instanceof java.sql.SQLTransientConnectionException
                || t instanceof java.sql.SQLNonTransientConnectionException) {
            return true;
        }
        if (t instanceof java.sql.SQLException sql
                && sql.getSQLState() != null
                && sql.getSQLState().startsWith("08")) {
            return true;
        }
        return t instanceof jakarta.resource.ResourceException;
    }

    static Response json(int status, ErrorJson body) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body)
                .build();
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m.length() > 300 ? m.substring(0, 300) : m;
    }
}
