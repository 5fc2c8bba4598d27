package fr.tierslieu.web.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HTTP Basic passwords recently verified, so that a script calling the API many times does not pay
 * a PBKDF2 hash (and the sign-in throttle) on every call. Kept in memory only, for a few minutes,
 * as an HMAC of the password under a key drawn at start (never the password, and useless outside
 * this process); a wrong password never matches, so it still goes through the throttle and the
 * hash. An account changed since (password, roles, disabled) is checked again.
 */
final class VerifiedCredentials {

    static final Duration KEEP = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 10_000;

    record Verified(String name, Set<String> groups, Instant at) {}

    private record Entry(byte[] mac, Verified verified) {}

    private final byte[] key = new byte[32];
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    VerifiedCredentials() {
        new SecureRandom().nextBytes(key);
    }

    Optional<Verified> lookup(String username, String password, Instant now) {
        Entry e = entries.get(username);
        if (e == null || e.verified().at().plus(KEEP).isBefore(now)) {
            return Optional.empty();
        }
        return MessageDigest.isEqual(e.mac(), mac(username, password)) ? Optional.of(e.verified()) : Optional.empty();
    }

    void remember(String username, String password, String name, Set<String> groups, Instant now) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(username, new Entry(mac(username, password), new Verified(name, groups, now)));
    }

    void forget(String username) {
        entries.remove(username);
    }

    private byte[] mac(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
