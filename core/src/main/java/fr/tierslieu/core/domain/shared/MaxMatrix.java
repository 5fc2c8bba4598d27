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

/**
 * A matrix ({@code int[][]} or {@code double[][]}) of at most {@link #rows()} rows of at most
 * {@link #columns()} cells each; {@code null} is valid (use {@code @NotNull} to require it).
 */
@Documented
@Constraint(validatedBy = MaxMatrix.Check.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface MaxMatrix {

    int rows();

    int columns();

    String message() default "{fr.tierslieu.maxMatrix}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the lengths only (never the cells): constant work per row. */
    class Check implements ConstraintValidator<MaxMatrix, Object> {
        private int rows;
        private int columns;

        @Override
        public void initialize(MaxMatrix limit) {
            rows = limit.rows();
            columns = limit.columns();
        }

        @Override
        public boolean isValid(Object value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            if (!(value instanceof Object[] matrix)) {
                return true; // not a matrix: nothing to bound
            }
            if (matrix.length > rows) {
                return false;
            }
            for (Object row : matrix) {
                if (row != null && java.lang.reflect.Array.getLength(row) > columns) {
                    return false;
                }
            }
            return true;
        }
    }
}
