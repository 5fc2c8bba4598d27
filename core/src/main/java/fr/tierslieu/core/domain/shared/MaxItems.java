package fr.tierslieu.core.domain.shared;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Collection;
import java.util.Map;

/**
 * A list, set, map or array of at most {@link #value()} items; {@code null} is valid. Like
 * {@code @Size(max)}, but it applies to fields and record components only: on a record component,
 * {@code @Size} would also land on the record's constructor parameters, which Payara's OpenAPI
 * scanner mistakes for REST parameters (and then fails to build the whole document).
 */
@Documented
@Constraint(validatedBy = MaxItems.Check.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface MaxItems {

    int value();

    String message() default "{fr.tierslieu.maxItems}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<MaxItems, Object> {
        private int max;

        @Override
        public void initialize(MaxItems limit) {
            max = limit.value();
        }

        @Override
        public boolean isValid(Object value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            int size = value instanceof Collection<?> c
                    ? c.size()
                    : value instanceof Map<?, ?> m
                            ? m.size()
                            : value.getClass().isArray() ? java.lang.reflect.Array.getLength(value) : 0;
            return size <= max;
        }
    }
}
