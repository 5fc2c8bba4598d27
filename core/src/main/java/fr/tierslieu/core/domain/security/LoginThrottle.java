package fr.tierslieu.core.domain.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down repeated failed logins without locking anybody out. Failures are counted per
 * (username, client address): after {@value #FREE_ATTEMPTS} failures, each further attempt from
 * that address for that username must wait 2, 4, 8… seconds (at most {@link #MAX_DELAY}). The
 * real user, signing in from another address, is never blocked by an attacker; a successful login
 * clears the count. Entries are forgotten after {@link #FORGET_AFTER} without failures.
 */
public final class LoginThrottle {

    public static final int FREE_ATTEMPTS = 3;
    public static final Duration MAX_DELAY = Duration.ofSeconds(60);
    public static final Duration FORGET_AFTER = Duration.ofMinutes(15);
    private static final int MAX_ENTRIES = 100_000;

    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the caller must still wait before trying again; zero if it may try now. */
    public Duration waitBeforeAttempt(String username, String address) {
        Failures f = failures.get(key(username, address));
        if (f == null) {
            return Duration.ZERO;
        }
        Instant now = clock.instant();
        if (now.isAfter(f.last.plus(FORGET_AFTER))) {
            failures.remove(key(username, address));
            return Duration.ZERO;
        }
        Instant allowedAt = f.last.plus(delayAfter(f.count));
        return now.isBefore(allowedAt) ? Duration.between(now, allowedAt) : Duration.ZERO;
    }

    public void recordFailure(String username, String address) {
        if (failures.size() > MAX_ENTRIES) {
            purge();
        }
        Instant now = clock.instant();
        failures.compute(key(username, address), (k, f) -> {
            if (f == null || now.isAfter(f.last.plus(FORGET_AFTER))) {
                return new Failures(1, now);
            }
            return new Failures(f.count + 1, now);
        });
    }

    public void recordSuccess(String username, String address) {
        failures.remove(key(username, address));
    }

    /** Delay imposed after {@code count} consecutive failures. */
    static Duration delayAfter(int count) {
        if (count < FREE_ATTEMPTS) {
            return Duration.ZERO;
        }
        int exponent = Math.min(count - FREE_ATTEMPTS + 1, 10);
        Duration delay = Duration.ofSeconds(1L << exponent);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    private void purge() {
        Instant limit = clock.instant().minus(FORGET_AFTER);
        for (Iterator<Failures> it = failures.values().iterator(); it.hasNext(); ) {
            if (it.next().last.isBefore(limit)) {
                it.remove();
            }
        }
    }

    private static String key(String username, String address) {
        return (username == null ? "" : username.trim().toLowerCase(Locale.ROOT)) + "|" + address;
    }

    private record Failures(int count, Instant last) {
    }
}
