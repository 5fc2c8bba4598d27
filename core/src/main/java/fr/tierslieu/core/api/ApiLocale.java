package fr.tierslieu.core.api;

import fr.tierslieu.core.application.i18n.MessageBundles;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;

/** The language of REST answers: the first of Accept-Language we support, French by default. */
public final class ApiLocale {

    private ApiLocale() {}

    public static Locale of(HttpHeaders headers) {
        List<Locale> wanted = headers == null ? List.of() : headers.getAcceptableLanguages();
        for (Locale locale : wanted) {
            if ("en".equals(locale.getLanguage()) || "fr".equals(locale.getLanguage())) {
                return MessageBundles.supported(locale);
            }
        }
        return MessageBundles.FRENCH;
    }

    /** The same choice from a servlet request's Accept-Language (answers written before JAX-RS). */
    public static Locale of(jakarta.servlet.http.HttpServletRequest request) {
        if (request != null && request.getHeader("Accept-Language") != null) {
            for (Locale locale : java.util.Collections.list(request.getLocales())) {
                if ("en".equals(locale.getLanguage()) || "fr".equals(locale.getLanguage())) {
                    return MessageBundles.supported(locale);
                }
            }
        }
        return MessageBundles.FRENCH;
    }
}
