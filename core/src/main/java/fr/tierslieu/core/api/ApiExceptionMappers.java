package fr.tierslieu.core.api;

import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.application.security.AccessDeniedException;
import fr.tierslieu.core.domain.shared.ConcurrentEditException;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every failure of every module's REST resources into a JSON {@link ErrorJson} with the right
 * status: 400 with the fields at fault, 403, 404, 409 for a stale version, never a stack trace.
 */
public final class ApiExceptionMappers {

    private ApiExceptionMappers() {
    }

    static Response json(int status, ErrorJson body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    static Response invalid(ValidationFailure e, MessageBundles messages, HttpHeaders headers) {
        List<ErrorJson.FieldError> fields = e.getViolations().stream()
                .map(v -> new ErrorJson.FieldError(v.field(), v.message())).toList();
        return json(400, new ErrorJson(400, messages.get(ApiLocale.of(headers), "core.api.error.validation"), fields));
    }

    static Response simple(int status, String key, MessageBundles messages, HttpHeaders headers) {
        return json(status, ErrorJson.of(status, messages.get(ApiLocale.of(headers), key)));
    }

    /** 400: the input broke a rule; each field named. */
    @Provider
    public static class Validation implements ExceptionMapper<ValidationFailure> {
        @Inject
        MessageBundles messages;
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(ValidationFailure e) {
            return invalid(e, messages, headers);
        }
    }

    /** 409: someone saved the record after the caller read it. */
    @Provider
    public static class Conflict implements ExceptionMapper<ConcurrentEditException> {
        @Inject
        MessageBundles messages;
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(ConcurrentEditException e) {
            return simple(409, "core.api.error.conflict", messages, headers);
        }
    }

    /** 409 as well when the database itself detects the race (two saves at the same instant). */
    @Provider
    public static class OptimisticLock implements ExceptionMapper<OptimisticLockException> {
        @Inject
        MessageBundles messages;
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(OptimisticLockException e) {
            return simple(409, "core.api.error.conflict", messages, headers);
        }
    }

    /** 404: unknown id. */
    @Provider
    public static class Missing implements ExceptionMapper<fr.tierslieu.core.domain.shared.NotFoundException> {
        @Inject
        MessageBundles messages;
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(fr.tierslieu.core.domain.shared.NotFoundException e) {
            return simple(404, "core.api.error.notFound", messages, headers);
        }
    }

    /** 403: signed in, but the role does not allow it. */
    @Provider
    public static class Forbidden implements ExceptionMapper<AccessDeniedException> {
        @Inject
        MessageBundles messages;
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(AccessDeniedException e) {
            return simple(403, "core.api.error.forbidden", messages, headers);
        }
    }

    /** 400: the body is not JSON of the expected shape. */
    @Provider
    public static class Malformed implements ExceptionMapper<ProcessingException> {
        @Inject
        MessageBundles messages;
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(ProcessingException e) {
            return json(400, ErrorJson.of(400, messages.format(ApiLocale.of(headers), "core.api.error.malformed",
                    rootMessage(e))));
        }
    }

    /** 400: JSON-B could not read the body. */
    @Provider
    public static class MalformedJsonb implements ExceptionMapper<JsonbException> {
        @Inject
        MessageBundles messages;
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(JsonbException e) {
            return json(400, ErrorJson.of(400, messages.format(ApiLocale.of(headers), "core.api.error.malformed",
                    rootMessage(e))));
        }
    }

    /** Whatever JAX-RS itself answers (404 unknown path, 405, 415…) keeps its status, with a JSON body. */
    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (e.getCause() instanceof JsonbException || e.getCause() instanceof ProcessingException) {
                return json(400, ErrorJson.of(400, "Malformed request body: " + rootMessage(e)));
            }
            String message = e instanceof NotFoundException ? "No such resource"
                    : e instanceof NotAllowedException ? "Method not allowed" : e.getResponse().getStatusInfo().getReasonPhrase();
            return json(status, ErrorJson.of(status, message));
        }
    }

    /** 500 without details for the caller; the cause goes to the server log. */
    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {
        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());
        @Inject
        MessageBundles messages;
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(RuntimeException e) {
            Throwable cause = e;
            while (cause != null) {
                if (cause instanceof ValidationFailure v) {
                    return invalid(v, messages, headers);
                }
                if (cause instanceof ConcurrentEditException || cause instanceof OptimisticLockException) {
                    return simple(409, "core.api.error.conflict", messages, headers);
                }
                if (cause instanceof AccessDeniedException) {
                    return simple(403, "core.api.error.forbidden", messages, headers);
                }
                if (cause instanceof fr.tierslieu.core.domain.shared.NotFoundException) {
                    return simple(404, "core.api.error.notFound", messages, headers);
                }
                cause = cause.getCause();
            }
            LOG.log(Level.SEVERE, "Unexpected error in a REST call", e);
            return json(500, ErrorJson.of(500, messages.get(ApiLocale.of(headers), "core.api.error.internal")));
        }
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
