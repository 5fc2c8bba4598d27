package fr.tierslieu.web.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import fr.tierslieu.archalpha.AlphaService;
import fr.tierslieu.archbeta.BetaService;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module boundaries of ARCHITECTURE.md, checked on the compiled code of the core, the webapp
 * and every module jar the WAR contains:
 * <ul>
 * <li>the core and the webapp import no module;</li>
 * <li>a module imports only itself and the core (never another module);</li>
 * <li>the core's domain does not depend on its web or REST layers;</li>
 * <li>in the core and in every module, {@code domain} imports no {@code application}, {@code web} or
 * {@code api} package, and {@code web} and {@code api} never use the {@code EntityManager} or a query
 * (only persistence exceptions, to answer them).</li>
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
        production = ProductionClasses.all();
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
        String who = PLATFORM.contains(from)
                ? "the " + from + " (platform) must not know module '" + to + "'"
                : "module '" + from + "' must not use module '" + to + "'";
        return who + ": " + d.getDescription();
    }

    static final ArchRule BOUNDARIES =
            classes().that().resideInAPackage("fr.tierslieu..").should(DEPEND_ONLY_ON_ITSELF_AND_THE_CORE);

    @Test
    void coreWebappAndModulesRespectTheBoundaries() {
        assertThat(production.stream().map(ModuleBoundariesTest::moduleOf).distinct())
                .as("the production classes of the platform are imported")
                .contains("core", "web");
        BOUNDARIES.check(production);
    }

    @Test
    void theCoreDomainKnowsNoWebNorRest() {
        noClasses()
                .that()
                .resideInAPackage("fr.tierslieu.core.domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "fr.tierslieu.core.web..",
                        "fr.tierslieu.core.api..",
                        "jakarta.faces..",
                        "jakarta.ws.rs..",
                        "org.primefaces..")
                .check(production);
    }

    /** In the core and in every module: the domain knows neither the use cases nor the pages and REST. */
    static final ArchRule DOMAIN_INWARD = noClasses()
            .that()
            .resideInAPackage("fr.tierslieu.*.domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "fr.tierslieu.*.application..",
                    "fr.tierslieu.*.web..",
                    "fr.tierslieu.*.api..",
                    "jakarta.faces..",
                    "jakarta.ws.rs..",
                    "org.primefaces..")
            .because("the domain is the rules; use cases, pages and REST call it, never the other way");

    /** Pages and REST go through the application services, never straight to the database. */
    static final ArchRule NO_DATABASE_IN_PAGES_OR_REST = noClasses()
            .that()
            .resideInAnyPackage("fr.tierslieu.*.web..", "fr.tierslieu.*.api..")
            .should()
            .dependOnClassesThat(JavaClass.Predicates.resideInAPackage("jakarta.persistence..")
                    .and(DescribedPredicate.not(JavaClass.Predicates.simpleNameEndingWith("Exception"))))
            .because("a page or a resource that queries cannot be secured, audited or tested like a service "
                    + "(mapping a persistence exception to an answer is allowed)");

    /** A module uses of the core only what the core publishes ({@code PublishedApi}). */
    static final ArchCondition<JavaClass> USE_ONLY_WHAT_THE_CORE_PUBLISHES =
            new ArchCondition<>("use of the core only what it publishes (fr.tierslieu.core.module.PublishedApi)") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                    String from = moduleOf(type);
                    if (from == null || PLATFORM.contains(from)) {
                        return;
                    }
                    for (Dependency d : type.getDirectDependenciesFromSelf()) {
                        JavaClass target = d.getTargetClass();
                        if (target.isArray()) {
                            target = target.getBaseComponentType();
                        }
                        if ("core".equals(moduleOf(target))
                                && !fr.tierslieu.core.module.PublishedApi.allows(
                                        target.getPackageName(), target.getName())) {
                            events.add(SimpleConditionEvent.violated(
                                    d,
                                    "module '" + from + "' uses what the core does not publish: "
                                            + d.getDescription()));
                        }
                    }
                }
            };

    static final ArchRule PUBLISHED_API_ONLY =
            classes().that().resideInAPackage("fr.tierslieu..").should(USE_ONLY_WHAT_THE_CORE_PUBLISHES);

    @Test
    void modulesUseOnlyWhatTheCorePublishes() {
        PUBLISHED_API_ONLY.check(production);
    }

    @Test
    void thePublishedApiRuleCatchesAModuleReadingACoreEntity() {
        JavaClasses fixture =
                new ClassFileImporter().importClasses(fr.tierslieu.archalpha.application.EntityReader.class);
        assertThat(PUBLISHED_API_ONLY.evaluate(fixture).getFailureReport().getDetails())
                .isNotEmpty()
                .allSatisfy(
                        line -> assertThat(line).contains("module 'archalpha'").contains("core.domain.actor.Actor"))
                .noneSatisfy(line -> assertThat(line).contains("ActorSummary"));
    }

    @Test
    void everyDomainDependsOnNothingOutward() {
        DOMAIN_INWARD.check(production);
    }

    @Test
    void pagesAndRestNeverTouchTheDatabase() {
        NO_DATABASE_IN_PAGES_OR_REST.check(production);
    }

    @Test
    void theLayerRulesCatchADomainThatKnowsAPageAndAPageThatQueries() {
        JavaClasses fixture = new ClassFileImporter()
                .importClasses(
                        fr.tierslieu.archalpha.web.QueryingPage.class,
                        fr.tierslieu.archalpha.domain.RuleThatKnowsItsPage.class);
        assertThat(DOMAIN_INWARD.evaluate(fixture).getFailureReport().getDetails())
                .singleElement()
                .asString()
                .contains("RuleThatKnowsItsPage", "QueryingPage");
        assertThat(NO_DATABASE_IN_PAGES_OR_REST
                        .evaluate(fixture)
                        .getFailureReport()
                        .getDetails())
                .hasSize(3)
                .allSatisfy(line -> assertThat(line)
                        .contains("QueryingPage")
                        .containsPattern("EntityManager|TypedQuery")
                        .doesNotContain("OptimisticLockException"));
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
        JavaClasses fixture = new ClassFileImporter()
                .importClasses(fr.tierslieu.web.arch.fixture.WebUsingModule.class, AlphaService.class);
        EvaluationResult result = BOUNDARIES.evaluate(fixture);
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains("the web (platform) must not know module 'archalpha'"));
    }
}
