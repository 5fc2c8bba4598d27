package fr.tierslieu.core.application.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import fr.tierslieu.core.testsupport.TestModules;
import jakarta.validation.Configuration;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A validator built with the interpolator (as the pages' field checks are) says the bundles' words
 * with the constraint's limit, in the reader's language, and leaves other templates to Bean Validation.
 */
class BundleMessageInterpolatorTest {

    static class Form {
        @NotBlank(message = "{core.error.required}")
        String name = " ";

        @Size(max = 3, message = "{core.error.tooLong}")
        String code = "ABCDE";

        @NotBlank
        String other = "";
    }

    private static String message(Set<ConstraintViolation<Form>> found, String field) {
        return found.stream()
                .filter(v -> v.getPropertyPath().toString().equals(field))
                .map(ConstraintViolation::getMessage)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aFieldSaysTheBundlesWordsWithItsLimit() {
        Locale before = Locale.getDefault();
        Configuration<?> configuration =
                jakarta.validation.Validation.byDefaultProvider().configure();
        try (ValidatorFactory factory = configuration
                .messageInterpolator(new BundleMessageInterpolator(
                        TestModules.bundles(), configuration.getDefaultMessageInterpolator()))
                .buildValidatorFactory()) {
            Locale.setDefault(Locale.FRENCH);
            Set<ConstraintViolation<Form>> fr = factory.getValidator().validate(new Form());
            assertThat(message(fr, "name")).isEqualTo("Champ obligatoire.");
            assertThat(message(fr, "code")).isEqualTo("Texte trop long\u202F: 3 caractères au maximum.");
            assertThat(message(fr, "other"))
                    .isEqualTo("obligatoire"); // Bean Validation's own, in our ValidationMessages
            Locale.setDefault(Locale.ENGLISH);
            Set<ConstraintViolation<Form>> en = factory.getValidator().validate(new Form());
            assertThat(message(en, "name")).isEqualTo("Required field.");
        } finally {
            Locale.setDefault(before);
        }
    }
}
