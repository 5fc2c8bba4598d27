package fr.tierslieu.core.module;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Implemented (as a CDI bean) by a module that has something for the weekly digest — mandates
 * ending, subsidy deadlines, late tasks — in words, one sentence per item. Called by a timer, with
 * no signed-in user: read through the module's own entity manager, not through services that
 * check roles. An empty list means nothing this week.
 */
public interface DigestContributor {

    /** At most this many lines per module; the digest says how many more there are. */
    int MAX_LINES = 20;

    List<String> digest(Locale locale, LocalDate today);
}
