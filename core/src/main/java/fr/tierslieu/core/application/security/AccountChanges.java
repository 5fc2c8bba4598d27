package fr.tierslieu.core.application.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers when an account's access changed (disabled, roles or password changed), so that the
 * sessions opened before are ended at their next request instead of keeping old rights until
 * they time out.
 */
@ApplicationScoped
public class AccountChanges {

    private final Map<String, Instant> changedAt = new ConcurrentHashMap<>();

    public void markChanged(String username) {
        changedAt.put(key(username), Instant.now());
    }

    /** Whether the account changed after a session signed in at {@code signedInAt}. */
    public boolean changedSince(String username, Instant signedInAt) {
        Instant changed = changedAt.get(key(username));
        return changed != null && changed.isAfter(signedInAt);
    }

    private static String key(String username) {
        return username == null ? "" : username.toLowerCase(Locale.ROOT);
    }
}
