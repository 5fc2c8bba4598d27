package fr.tierslieu.web.arch;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import fr.tierslieu.web.arch.fixture.ConstrainedRecord;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A form's constraints go on its fields, never on a constructor's parameters — which is where a
 * record puts its components' constraints too: Payara's OpenAPI scanner fails on a constrained
 * parameter that carries no {@code @Parameter} (NullPointerException in
 * ApplicationProcessor.addSchemaParameter), and /openapi then answers an error for the whole
 * application. Forms are small classes with final fields (PlanningService.CostForm, ProjectForms).
 */
class ConstraintsOnFieldsTest {

    static List<String> constrainedConstructorParameters(JavaClasses classes) {
        List<String> found = new ArrayList<>();
        for (JavaClass type : classes) {
            for (JavaConstructor constructor : type.getConstructors()) {
                for (JavaParameter parameter : constructor.getParameters()) {
                    for (JavaAnnotation<?> a : parameter.getAnnotations()) {
                        if (a.getRawType().getPackageName().equals("jakarta.validation.constraints")) {
                            found.add(type.getName() + " constructor parameter " + parameter.getIndex() + ": @"
                                    + a.getRawType().getSimpleName());
                        }
                    }
                }
            }
        }
        return found;
    }

    @Test
    void noConstructorParameterCarriesAConstraint() {
        assertThat(constrainedConstructorParameters(ProductionClasses.all())).isEmpty();
    }

    @Test
    void theRuleCatchesARecordWithConstraints() {
        assertThat(constrainedConstructorParameters(new ClassFileImporter().importClasses(ConstrainedRecord.class)))
                .singleElement()
                .asString()
                .contains("ConstrainedRecord")
                .contains("@NotBlank");
    }
}
