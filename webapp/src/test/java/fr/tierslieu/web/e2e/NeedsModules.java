package fr.tierslieu.web.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * A suite (or test) that walks through several modules' pages: it runs only when the WAR under
 * test carries every module named, and is reported as skipped, with the reason, otherwise (the WAR
 * built with {@code -Dwithout-<module>}). A module's own suites live beside it
 * ({@code module-*}/src/e2e/java) and are compiled only with it, so they need no annotation.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(NeedsModules.Condition.class)
public @interface NeedsModules {

    /** Module ids: {@code governance}, {@code economy}, {@code studytrip}. */
    String[] value();

    /** Skips what needs a module the WAR lacks. */
    final class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            List<String> missing = context.getElement()
                    .flatMap(e -> AnnotationSupport.findAnnotation(e, NeedsModules.class))
                    .map(a -> Arrays.stream(a.value())
                            .filter(id -> !WarModules.installed(id))
                            .toList())
                    .orElse(List.of());
            return missing.isEmpty()
                    ? ConditionEvaluationResult.enabled("every module needed is in the WAR")
                    : ConditionEvaluationResult.disabled("the WAR is built without " + missing);
        }
    }
}
