package fr.tierslieu.core.api;

import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code page} and {@code size} query parameters of every list of the API: page from 0, size
 * from 1 to a maximum, and the first row ({@code page × size}) within what a query can address.
 */
public final class Paging {

    private Paging() {}

    /** The problems of a page request, each naming its parameter; empty when fine. */
    public static List<ValidationFailure.Violation> problems(
            int page, int size, int maxSize, Locale locale, MessageBundles messages) {
        List<ValidationFailure.Violation> problems = new ArrayList<>();
        if (page < 0) {
            problems.add(new ValidationFailure.Violation("page", messages.get(locale, "core.api.error.page")));
        }
        if (size < 1 || size > maxSize) {
            problems.add(
                    new ValidationFailure.Violation("size", messages.format(locale, "core.api.error.size", maxSize)));
        } else if ((long) page * size > Integer.MAX_VALUE) {
            problems.add(new ValidationFailure.Violation(
                    "page", messages.format(locale, "core.api.error.pageTooFar", Integer.MAX_VALUE / size)));
        }
        return problems;
    }

    /** The first row of a valid page. */
    public static int first(int page, int size) {
        return Math.multiplyExact(page, size);
    }
}
