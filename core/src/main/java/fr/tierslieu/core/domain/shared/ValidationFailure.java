package fr.tierslieu.core.domain.shared;

import java.util.List;

/**
 * A business rule refused the input. Each violation names the field (or line) at fault and carries
 * a bundle key plus arguments, so pages and the REST API can show it in the user's language.
 * Nothing has been saved.
 */
public class ValidationFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public ValidationFailure(List<Violation> violations) {
        super(violations.stream().map(Violation::toString).reduce((a, b) -> a + "; " + b).orElse("invalid input"));
        this.violations = List.copyOf(violations);
    }

    public static ValidationFailure of(String field, String messageKey, Object... args) {
        return new ValidationFailure(List.of(new Violation(field, messageKey, args)));
    }

    public List<Violation> getViolations() {
        return violations;
    }

    /**
     * @param field      property path (e.g. {@code name}) or {@code line 12: kind} for imports
     * @param messageKey bundle key of the message
     * @param args       message arguments
     */
    public record Violation(String field, String messageKey, Object... args) {
        @Override
        public String toString() {
            return field + ": " + messageKey;
        }
    }
}
