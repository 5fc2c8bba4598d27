package fr.tierslieu.core.application.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.core.testsupport.TestModules;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Constraints speak with the application's messages when they name one, with Bean Validation's otherwise. */
class ValidationTest {

    static class Draft {
        @NotBlank(message = "{core.error.required}")
        String name = " ";

        @Size(max = 3, message = "{core.error.tooLong}")
        String code = "ABCDE";

        @Max(10)
        int count = 11;

        @Size(max = 3, message = "{no.such.key}")
        String other = "ABCDE";
    }

    @Test
    void aTemplateNamingABundleKeyIsReadThereWithTheConstraintsLimit() {
        Validation v = Validation.standalone(TestModules.bundles());
        var fr = v.violationsOf(new Draft(), Locale.FRENCH, "");
        assertThat(fr)
                .extracting(ValidationFailure.Violation::field, ValidationFailure.Violation::message)
                // in the order the form declares its fields, as the page shows them
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("name", "Champ obligatoire."),
                        org.assertj.core.groups.Tuple.tuple("code", "Texte trop long\u202F: 3 caractères au maximum."),
                        org.assertj.core.groups.Tuple.tuple("count", "au plus 10"),
                        org.assertj.core.groups.Tuple.tuple("other", "{no.such.key}"));
        assertThat(v.violationsOf(new Draft(), Locale.ENGLISH, ""))
                .extracting(ValidationFailure.Violation::message)
                .contains("Required field.");
        // without the bundles (the container's own validator), the template is Bean Validation's to read
        assertThat(new Validation(jakarta.validation.Validation.buildDefaultValidatorFactory())
                        .violationsOf(new Draft(), Locale.FRENCH, ""))
                .extracting(ValidationFailure.Violation::message)
                .contains("{core.error.required}");
    }

    record Amount(
            @jakarta.validation.constraints.DecimalMax(value = "999", message = "{core.project.error.amount}")
            @jakarta.validation.constraints.Digits(integer = 3, fraction = 2, message = "{core.project.error.amount}")
            java.math.BigDecimal amount) {}

    @Test
    void twoConstraintsSayingTheSameSayItOnce() {
        Validation v = Validation.standalone(TestModules.bundles());
        assertThat(v.violationsOf(new Amount(new java.math.BigDecimal("1000.123")), Locale.FRENCH, ""))
                .extracting(ValidationFailure.Violation::field)
                .containsExactly("amount");
    }
}
