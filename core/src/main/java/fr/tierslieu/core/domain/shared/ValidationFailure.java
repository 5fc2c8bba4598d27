package fr.tierslieu.core.domain.shared;

import java.util.List;

/**
 * The input was refused. Each violation names the field (or the file line) at fault with a message
 * already in the user's language, saying what to do. Nothing has been saved.
 *
 * <p>At most {@value #MAX_REPORTED} violations are kept (the first ones, in the order given) and
 * {@link #total()} says how many there were: a body with 100,000 bad lines costs one linear pass,
 * and its answer stays short.
 */
public class ValidationFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Violations kept and reported; the others are only counted. */
    public static final int MAX_REPORTED = 50;

    private final transient List<Violation> violations;
    private final int total;

    public ValidationFailure(List<Violation> violations) {
        super(summary(violations));
        this.violations =
                List.copyOf(violations.size() > MAX_REPORTED ? violations.subList(0, MAX_REPORTED) : violations);
        this.total = violations.size();
    }

    public static ValidationFailure of(String field, String message) {
        return new ValidationFailure(List.of(new Violation(field, message)));
    }

    /** The first {@value #MAX_REPORTED} violations at most. */
    public List<Violation> getViolations() {
        return violations;
    }

    /** How many violations there were, reported or not. */
    public int total() {
        return total;
    }

    /** Linear in the violations reported, whatever their number. */
    private static String summary(List<Violation> violations) {
        if (violations.isEmpty()) {
            return "invalid input";
        }
        StringBuilder text = new StringBuilder();
        int shown = Math.min(violations.size(), MAX_REPORTED);
        for (int i = 0; i < shown; i++) {
            if (i > 0) {
                text.append("; ");
            }
            text.append(violations.get(i));
        }
        if (violations.size() > shown) {
            text.append("; … (").append(violations.size() - shown).append(" more)");
        }
        return text.toString();
    }

    /**
     * @param field   property path (e.g. {@code name}), or {@code null} for the whole input
     * @param message what is wrong and how to fix it, in the user's language
     */
    public record Violation(String field, String message) implements java.io.Serializable {
        @Override
        public String toString() {
            return (field == null ? "" : field + ": ") + message;
        }
    }
}
