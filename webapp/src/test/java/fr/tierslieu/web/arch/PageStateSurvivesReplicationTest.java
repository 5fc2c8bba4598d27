package fr.tierslieu.web.arch;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The beans a cluster replicates with the session (view- and session-scoped) come back whole on
 * another instance: they are Serializable, and nothing they have injected is transient — a
 * transient injected field is not injected again after deserialization and would be null on the
 * instance that carries on (issue 20). Their other state is checked at run time by
 * {@code SessionSerializationCheck} in the end-to-end tests.
 */
class PageStateSurvivesReplicationTest {

    private static final List<String> REPLICATED = List.of(
            "jakarta.faces.view.ViewScoped",
            "jakarta.enterprise.context.SessionScoped",
            "org.omnifaces.cdi.ViewScoped");

    static List<String> lostOnAnotherInstance(JavaClasses classes) {
        List<String> found = new ArrayList<>();
        for (JavaClass type : classes) {
            if (REPLICATED.stream().noneMatch(type::isAnnotatedWith)) {
                continue;
            }
            if (!type.isAssignableTo(Serializable.class)) {
                found.add(type.getName() + " is not Serializable");
            }
            for (JavaField field : type.getAllFields()) {
                if (field.isAnnotatedWith(Inject.class) && field.getModifiers().contains(JavaModifier.TRANSIENT)) {
                    found.add(type.getName() + "." + field.getName() + " is injected and transient");
                }
            }
        }
        return found;
    }

    @Test
    void replicatedBeansComeBackWhole() {
        JavaClasses production = ProductionClasses.all();
        assertThat(production.stream()
                        .filter(c -> c.isAnnotatedWith("jakarta.faces.view.ViewScoped"))
                        .count())
                .isGreaterThan(40);
        assertThat(lostOnAnotherInstance(production)).isEmpty();
    }

    @Test
    void theRuleCatchesATransientInjection() {
        assertThat(lostOnAnotherInstance(new ClassFileImporter().importClasses(Page.class)))
                .containsExactly(Page.class.getName() + ".service is injected and transient");
    }

    @jakarta.faces.view.ViewScoped
    static class Page implements Serializable {
        @Inject
        transient Object service;
    }
}
