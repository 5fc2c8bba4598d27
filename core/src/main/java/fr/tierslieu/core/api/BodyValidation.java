package fr.tierslieu.core.api;

import fr.tierslieu.core.application.i18n.Validation;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;

/**
 * Checks every REST body of every module with Bean Validation as soon as it is read, before the
 * resource method runs: a list longer than its {@link fr.tierslieu.core.domain.shared.MaxItems} or a matrix larger than its
 * {@link fr.tierslieu.core.domain.shared.MaxMatrix} is answered 400 naming the field, and no
 * work is done on it. One mechanism for the whole API; the limits live on the body types.
 */
@Provider
public class BodyValidation implements ReaderInterceptor {

    @Inject
    Validation validation;

    @Context
    HttpHeaders headers;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object body = context.proceed();
        if (body != null
                && !(body instanceof jakarta.json.JsonValue)
                && !(body instanceof String)
                && !(body instanceof byte[])
                && !(body instanceof java.io.InputStream)) {
            validation.check(body, ApiLocale.of(headers));
        }
        return body;
    }
}
