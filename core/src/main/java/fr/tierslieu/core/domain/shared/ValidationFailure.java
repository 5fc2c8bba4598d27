package fr.tierslieu.core.domain.shared;

import java.util.List;

/**
 * The input was refused. Each violation names the field (or the file line) at fault with a message
 * already in the user's language, saying what to do. Nothing has been saved.
 */
public class ValidationFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public ValidationFailure(List<Violation> violations) {
        super(violations.stream().map(Violation::toString).reduce((a, b) -> a + "; " + b).orElse("invalid input"));
        this.violations = List.copyOf(violations);
    }

    public static ValidationFailure of(String field, String message) {
        return new ValidationFailure(List.of(new Violation(field, message)));
    }

    public List<Violation> getViolations() {
        return violations;
    }

    /**
     * @param field   property path (e.g. {@code name}), or {@code null} for the whole input
     * @param message what is wrong and how to fix it, in the user's language
     */
    public record Violation(String field, String message) {
        @Override
        public String toString() {
            return (field == null ? "" : field + ": ") + message;
        }
    }
}
