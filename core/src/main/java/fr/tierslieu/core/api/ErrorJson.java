package fr.tierslieu.core.api;

import java.util.List;

/**
 * The body of every error answer of every module's REST API.
 *
 * @param status  HTTP status
 * @param message what went wrong, in the caller's language (Accept-Language: fr or en)
 * @param errors  one entry per field at fault (validation errors), else empty; at most
 *                {@value fr.tierslieu.core.domain.shared.ValidationFailure#MAX_REPORTED}
 * @param errorCount how many fields were at fault, including those not listed in {@code errors}
 */
public record ErrorJson(int status, String message, List<FieldError> errors, int errorCount) {

    public record FieldError(String field, String message) {}

    public static ErrorJson of(int status, String message) {
        return new ErrorJson(status, message, List.of(), 0);
    }
}
