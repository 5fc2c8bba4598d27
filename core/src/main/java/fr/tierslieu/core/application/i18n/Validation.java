package fr.tierslieu.core.application.i18n;

import fr.tierslieu.core.domain.shared.ValidationFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Bean Validation with messages in the user's language (the container's validator would answer in
 * the server's), turned into a {@link ValidationFailure} that names each field.
 */
@ApplicationScoped
public class Validation {

    @Inject
    ValidatorFactory factory;

    public Validation() {}

    /** For plain Java SE tests. */
    public Validation(ValidatorFactory factory) {
        this.factory = factory;
    }

    /** @throws ValidationFailure listing every violated constraint of {@code bean} */
    public void check(Object bean, Locale locale) {
        List<ValidationFailure.Violation> violations = violationsOf(bean, locale, "");
        if (!violations.isEmpty()) {
            throw new ValidationFailure(violations);
        }
    }

    /** The violations of {@code bean}, each field prefixed with {@code prefix}, sorted by field. */
    public List<ValidationFailure.Violation> violationsOf(Object bean, Locale locale, String prefix) {
        Validator validator = factory.getValidator();
        Set<ConstraintViolation<Object>> found = validator.validate(bean);
        MessageInterpolator interpolator = factory.getMessageInterpolator();
        Locale effective = MessageBundles.supported(locale);
        List<ValidationFailure.Violation> result = new ArrayList<>();
        for (ConstraintViolation<Object> v : found) {
            String message = interpolator.interpolate(v.getMessageTemplate(), new Context(v), effective);
            String path = v.getPropertyPath().toString().replaceAll("\\[\\d*]\\.<[^>]+>|\\.<[^>]+>", "");
            result.add(new ValidationFailure.Violation(prefix + path, message));
        }
        result.sort(Comparator.comparing(ValidationFailure.Violation::field));
        return result;
    }

    private record Context(ConstraintViolation<?> violation) implements MessageInterpolator.Context {
        @Override
        public ConstraintDescriptor<?> getConstraintDescriptor() {
            return violation.getConstraintDescriptor();
        }

        @Override
        public Object getValidatedValue() {
            return violation.getInvalidValue();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            return violation.unwrap(type);
        }
    }
}
