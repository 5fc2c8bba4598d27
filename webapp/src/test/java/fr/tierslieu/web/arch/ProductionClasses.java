package fr.tierslieu.web.arch;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;

/**
 * The production classes of the core and of every module on the test class path, imported once for
 * all the architecture rules of this package (each used to import them again).
 */
final class ProductionClasses {

    private static JavaClasses classes;

    private ProductionClasses() {}

    static synchronized JavaClasses all() {
        if (classes == null) {
            classes = new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("fr.tierslieu");
        }
        return classes;
    }

    /**
     * The same, after checking that the entities of the core and the modules are among them: a rule
     * about entities that finds none would pass for nothing.
     */
    static JavaClasses withEntities() {
        JavaClasses all = all();
        assertThat(all.stream().filter(c -> c.isAnnotatedWith(Entity.class)).count())
                .as("the entities of the core and the modules are on the class path")
                .isGreaterThan(40);
        return all;
    }
}
