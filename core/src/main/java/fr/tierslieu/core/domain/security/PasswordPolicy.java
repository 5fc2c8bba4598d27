package fr.tierslieu.core.domain.security;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a new password must be, at least as strong as OWASP ASVS 5.0 level 1: between
 * {@value #MIN_LENGTH} and {@value #MAX_LENGTH} characters (any characters, spaces included,
 * nothing forced), not the username or the person's name, and not easy to guess — the zxcvbn
 * estimator (Dropbox's, a maintained Java port) is given the password with the username and name,
 * and refuses common passwords of its bundled lists, repeats ({@code aaaaaaaaaaaa}), sequences
 * ({@code 123456789012}), keyboard patterns and dictionary words with a year or a digit stuck on.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** Longer passwords are refused (at sign-in too, before any hashing). */
    public static final int MAX_LENGTH = 128;
    /** zxcvbn's score from 0 (too guessable) to 4; below this the password is refused. */
    public static final int MIN_SCORE = 3;

    private static final Zxcvbn ESTIMATOR = new Zxcvbn();

    /** Why a password is refused. */
    public enum Problem {
        TOO_SHORT,
        TOO_LONG,
        CONTAINS_NAME,
        TOO_GUESSABLE
    }

    private PasswordPolicy() {}

    /**
     * @param password the new password
     * @param personal the username, the display name… (none of them may be the password)
     * @return the first problem found, or empty when the password may be used
     */
    public static Optional<Problem> check(char[] password, String... personal) {
        if (password == null || password.length < MIN_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (password.length > MAX_LENGTH) {
            return Optional.of(Problem.TOO_LONG);
        }
        String lower = new String(password).toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String p : personal) {
            if (p == null || p.isBlank()) {
                continue;
            }
            String whole = p.strip().toLowerCase(Locale.ROOT);
            words.add(whole);
            for (String w : (whole + " " + whole.replaceAll("[^\\p{L}\\p{N}]+", " ")).split("\\s+")) {
                // a username or a first or last name of 4 letters or more inside the password
                if (w.length() >= 4 && lower.contains(w)) {
                    return Optional.of(Problem.CONTAINS_NAME);
                }
                words.add(w);
            }
        }
        Strength strength = ESTIMATOR.measure(new String(password), words);
        return strength.getScore() < MIN_SCORE ? Optional.of(Problem.TOO_GUESSABLE) : Optional.empty();
    }
}
