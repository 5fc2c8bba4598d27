package fr.tierslieu.web.arch;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import fr.tierslieu.archalpha.AlphaService;
import fr.tierslieu.archbeta.BetaService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module boundaries of ARCHITECTURE.md, checked on the compiled code of the core, the webapp
 * and every module jar the WAR contains:
 * <ul>
 * <li>the core and the webapp import no module;</li>
 * <li>a module imports only itself and the core (never another module);</li>
 * <li>the core's domain does not depend on its web or REST layers.</li>
 * </ul>
 * A module is any package root {@code fr.tierslieu.<id>} other than {@code core} and {@code web},
 * so a new module is covered without touching this test.
 */
class ModuleBoundariesTest {

    private static final String ROOT = "fr.tierslieu.";
    private static final Set<String> PLATFORM = Set.of("core", "web");

    private static JavaClasses production;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.tierslieu");
    }

    /** {@code fr.tierslieu.governance.domain.X} → {@code governance}. */
    static String moduleOf(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(ROOT)) {
            return null;
        }
        String rest = name.substring(ROOT.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /** A dependency is allowed within a module, toward the core, and from the webapp to the core. */
    static final ArchCondition<JavaClass> DEPEND_ONLY_ON_ITSELF_AND_THE_CORE =
            new ArchCondition<>("depend only on their own module and on the core") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                    String from = moduleOf(type);
                    for (Dependency d : type.getDirectDependenciesFromSelf()) {
                        String to = moduleOf(d.getTargetClass());
                        if (to == null || to.equals(from) || to.equals("core")) {
                            continue;
                        }
                        events.add(SimpleConditionEvent.violated(d, describe(from, to, d)));
                    }
                }
            };

    private static String describe(String from, String to, Dependency d) {
        String who = PLATFORM.contains(from) ? "the " + from + " (platform) must not know module '" + to + "'"
                : "module '" + from + "' must not use module '" + to + "'";
        return who + ": " + d.getDescription();
    }

    static final ArchRule BOUNDARIES = classes()
            .that().resideInAPackage("fr.tierslieu..")
            .should(DEPEND_ONLY_ON_ITSELF_AND_THE_CORE);

    @Test
    void coreWebappAndModulesRespectTheBoundaries() {
        assertThat(production.stream().map(ModuleBoundariesTest::moduleOf).distinct())
                .as("the production classes of the platform are imported").contains("core", "web");
        BOUNDARIES.check(production);
    }

    @Test
    void theCoreDomainKnowsNoWebNorRest() {
        noClasses().that().resideInAPackage("fr.tierslieu.core.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("fr.tierslieu.core.web..", "fr.tierslieu.core.api..",
                        "jakarta.faces..", "jakarta.ws.rs..", "org.primefaces..")
                .check(production);
    }

    @Test
    void theRuleCatchesAModuleUsingAnotherModule() {
        // Two fixture "modules" (test code only): alpha uses beta, which the rule must refuse.
        JavaClasses fixture = new ClassFileImporter().importClasses(AlphaService.class, BetaService.class);
        EvaluationResult result = BOUNDARIES.evaluate(fixture);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains("module 'archalpha' must not use module 'archbeta'"));
    }

    @Test
    void theRuleCatchesThePlatformUsingAModule() {
        JavaClasses fixture = new ClassFileImporter().importClasses(
                fr.tierslieu.web.arch.fixture.WebUsingModule.class, AlphaService.class);
        EvaluationResult result = BOUNDARIES.evaluate(fixture);
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains("the web (platform) must not know module 'archalpha'"));
    }
}
