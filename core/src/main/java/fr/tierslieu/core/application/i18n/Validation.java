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

    /** A constraint's message for a required field: « Champ obligatoire. » ({@code core.error.required}). */
    public static final String REQUIRED = "{core.error.required}";

    /** A constraint's message for a text over its {@code max}: « Texte trop long : 200 caractères au maximum. » */
    public static final String TOO_LONG = "{core.error.tooLong}";

    @Inject
    ValidatorFactory factory;

    /** The application's and modules' bundles: a constraint's {@code message = "{governance.…}"} is read there. */
    @Inject
    MessageBundles bundles;

    public Validation() {}

    /** For plain Java SE tests. */
    public Validation(ValidatorFactory factory) {
        this.factory = factory;
    }

    /** For plain Java SE tests and services built by hand, with the modules' messages. */
    public Validation(ValidatorFactory factory, MessageBundles bundles) {
        this.factory = factory;
        this.bundles = bundles;
    }

    private static volatile ValidatorFactory standalone;

    /** A validation for services built outside the container (their Java SE constructors), sharing one factory. */
    public static Validation standalone(MessageBundles bundles) {
        ValidatorFactory f = standalone;
        if (f == null) {
            f = jakarta.validation.Validation.buildDefaultValidatorFactory();
            standalone = f;
        }
        return new Validation(f, bundles);
    }

    /** @throws ValidationFailure listing every violated constraint of {@code bean} */
    public void check(Object bean, Locale locale) {
        List<ValidationFailure.Violation> violations = violationsOf(bean, locale, "");
        if (!violations.isEmpty()) {
            throw new ValidationFailure(violations);
        }
    }

    /**
     * The violations of {@code bean}, a property named otherwise on its page renamed (the body form's
     * {@code name} is the page's {@code bodyName}), in the order of the form.
     */
    public List<ValidationFailure.Violation> violationsOf(
            Object bean, Locale locale, java.util.Map<String, String> fieldNames) {
        List<ValidationFailure.Violation> result = new ArrayList<>();
        for (ValidationFailure.Violation v : violationsOf(bean, locale, "")) {
            String field = fieldNames.getOrDefault(v.field(), v.field());
            result.add(field.equals(v.field()) ? v : new ValidationFailure.Violation(field, v.message()));
        }
        return result;
    }

    /**
     * The violations of {@code bean}, each field prefixed with {@code prefix}, in the order the form
     * declares its fields (as the page shows them), then by field.
     */
    public List<ValidationFailure.Violation> violationsOf(Object bean, Locale locale, String prefix) {
        Validator validator = factory.getValidator();
        Set<ConstraintViolation<Object>> found = validator.validate(bean);
        MessageInterpolator interpolator = factory.getMessageInterpolator();
        Locale effective = MessageBundles.supported(locale);
        List<ValidationFailure.Violation> result = new ArrayList<>();
        for (ConstraintViolation<Object> v : found) {
            String message = fromBundles(v, effective);
            if (message == null) {
                message = interpolator.interpolate(v.getMessageTemplate(), new Context(v), effective);
            }
            String path = v.getPropertyPath().toString().replaceAll("\\[\\d*]\\.<[^>]+>|\\.<[^>]+>", "");
            ValidationFailure.Violation violation = new ValidationFailure.Violation(prefix + path, message);
            // two constraints may say the same (an amount too large and with too many digits): once
            if (!result.contains(violation)) {
                result.add(violation);
            }
        }
        List<String> order = declaredFields(bean.getClass());
        result.sort(Comparator.comparing((ValidationFailure.Violation v) -> position(order, v.field(), prefix))
                .thenComparing(ValidationFailure.Violation::field));
        return result;
    }

    /** The fields of a form in the order it declares them (its superclasses' first), as the page shows them. */
    private static List<String> declaredFields(Class<?> type) {
        List<String> out = new ArrayList<>();
        if (type.getSuperclass() != null && type.getSuperclass() != Object.class) {
            out.addAll(declaredFields(type.getSuperclass()));
        }
        for (java.lang.reflect.Field f : type.getDeclaredFields()) {
            out.add(f.getName());
        }
        return out;
    }

    /** Where a violation's field stands in the form: its first property's place, or last when unknown. */
    private static int position(List<String> order, String field, String prefix) {
        String path = field.substring(Math.min(prefix.length(), field.length()));
        int end = path.length();
        for (char c : new char[] {'.', '['}) {
            int i = path.indexOf(c);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        int i = order.indexOf(path.substring(0, end));
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    /**
     * A template that names a key of the application's bundles ({@code {core.error.tooLong}},
     * {@code {governance.body.error.quorum}}) is read there, formatted with the constraint's limit
     * ({@code max} or {@code value}): one set of messages for the checks written by hand and the
     * constraints. Bean Validation's own keys ({@code jakarta.…}, {@code fr.tierslieu.…}) are left to it.
     */
    private String fromBundles(ConstraintViolation<Object> v, Locale locale) {
        return BundleMessageInterpolator.fromBundles(
                bundles, v.getMessageTemplate(), v.getConstraintDescriptor().getAttributes(), locale);
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
