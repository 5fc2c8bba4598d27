package fr.tierslieu.core.application.actor;

import java.util.Locale;

/** Columns the actor list can be sorted by. Engagement and maturity sort by level, not alphabetically. */
public enum ActorSort {
    NAME,
    KIND,
    COMMUNE,
    STATUS,
    STANCE,
    INFLUENCE,
    INTEREST,
    ENGAGEMENT,
    MATURITY,
    UPDATED;

    /** Parses {@code "name"}, {@code "influence"}… (case-insensitive); null or unknown means NAME. */
    public static ActorSort parse(String value) {
        if (value == null || value.isBlank()) {
            return NAME;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
