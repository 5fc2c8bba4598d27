package fr.tierslieu.core.domain.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down repeated failed logins without locking anybody out, for the login form and HTTP Basic
 * alike.
 * <ul>
 * <li>Per (username, client address): after {@value #FREE_ATTEMPTS} failures, each further
 * attempt must wait 2, 4, 8… seconds (at most {@link #MAX_DELAY}). The real user, signing in from
 * another address, is never blocked by an attacker; a successful login clears the count.</li>
 * <li>Per client address, whatever the username: after {@value #ADDRESS_FREE_ATTEMPTS} failures
 * the same doubling delays, so that trying random usernames from one address costs the server a
 * bounded number of password hashes.</li>
 * </ul>
 * {@link #tryAttempt} checks and counts in one atomic step: an attempt is counted as a failure as
 * soon as it starts (and forgotten when it succeeds), so twelve simultaneous wrong passwords are
 * not all checked — only the free ones are. While an address is held back, even the right password
 * waits (the answer says so). Entries are forgotten after {@link #FORGET_AFTER} without failures.
 */
public final class LoginThrottle {

    public static final int FREE_ATTEMPTS = 3;
    public static final int ADDRESS_FREE_ATTEMPTS = 50;
    public static final Duration MAX_DELAY = Duration.ofSeconds(60);
    public static final Duration FORGET_AFTER = Duration.ofMinutes(15);
    private static final int MAX_ENTRIES = 100_000;
    private static final String ADDRESS_KEY = "\u0000address|";

    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /**
     * Starts an attempt if the caller may try now, counting it as a failure until
     * {@link #recordSuccess}; otherwise counts nothing and says how long to wait. Atomic per key.
     *
     * @return zero when the attempt may go on, else the wait
     */
    public Duration tryAttempt(String username, String address) {
        if (failures.size() > MAX_ENTRIES) {
            purge();
        }
        Duration wait = reserve(ADDRESS_KEY + address, ADDRESS_FREE_ATTEMPTS);
        if (!wait.isZero()) {
            return wait;
        }
        return reserve(key(username, address), FREE_ATTEMPTS);
    }

    /** How long the caller must still wait before trying again; zero if it may try now. Counts nothing. */
    public Duration waitBeforeAttempt(String username, String address) {
        Instant now = clock.instant();
        Duration a = waitFor(failures.get(ADDRESS_KEY + address), ADDRESS_FREE_ATTEMPTS, now);
        Duration u = waitFor(failures.get(key(username, address)), FREE_ATTEMPTS, now);
        return a.compareTo(u) > 0 ? a : u;
    }

    /** A failed attempt that was not started with {@link #tryAttempt} (tests, other callers). */
    public void recordFailure(String username, String address) {
        Instant now = clock.instant();
        failures.compute(
                key(username, address),
                (k, f) -> fresh(f, now) ? new Failures(1, now) : new Failures(f.count + 1, now));
        failures.compute(
                ADDRESS_KEY + address, (k, f) -> fresh(f, now) ? new Failures(1, now) : new Failures(f.count + 1, now));
    }

    /** The attempt succeeded: the username's count from this address is cleared, the address's own count loses it. */
    public void recordSuccess(String username, String address) {
        failures.remove(key(username, address));
        failures.computeIfPresent(
                ADDRESS_KEY + address, (k, f) -> f.count <= 1 ? null : new Failures(f.count - 1, f.last));
    }

    private Duration reserve(String key, int free) {
        Instant now = clock.instant();
        Duration[] wait = {Duration.ZERO};
        failures.compute(key, (k, f) -> {
            if (fresh(f, now)) {
                return new Failures(1, now);
            }
            Duration w = waitFor(f, free, now);
            if (!w.isZero()) {
                wait[0] = w;
                return f;
            }
            return new Failures(f.count + 1, now);
        });
        return wait[0];
    }

    private static boolean fresh(Failures f, Instant now) {
        return f == null || now.isAfter(f.last.plus(FORGET_AFTER));
    }

    private static Duration waitFor(Failures f, int free, Instant now) {
        if (f == null || now.isAfter(f.last.plus(FORGET_AFTER))) {
            return Duration.ZERO;
        }
        Instant allowedAt = f.last.plus(delayAfter(f.count, free));
        return now.isBefore(allowedAt) ? Duration.between(now, allowedAt) : Duration.ZERO;
    }

    /** Delay imposed after {@code count} consecutive failures of one username from one address. */
    static Duration delayAfter(int count) {
        return delayAfter(count, FREE_ATTEMPTS);
    }

    static Duration delayAfter(int count, int free) {
        if (count < free) {
            return Duration.ZERO;
        }
        int exponent = Math.min(count - free + 1, 10);
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

    private record Failures(int count, Instant last) {}
}
