package fr.tierslieu.web.arch;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import fr.tierslieu.core.domain.shared.InstallationLevel;
import fr.tierslieu.core.domain.shared.WorkspaceScoped;
import jakarta.persistence.Entity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every entity of the core and of every module on the class path belongs to a workspace (it
 * extends {@link WorkspaceScoped}, or is {@code @Multitenant} itself like the audit log), or says
 * why it is the installation's ({@link InstallationLevel}). Start-up refuses the same
 * ({@code WorkspaceSessions.install}); this says it before anything starts.
 */
class EveryEntityInAWorkspaceTest {

    private static final String MULTITENANT = "org.eclipse.persistence.annotations.Multitenant";

    static List<String> outsideAnyWorkspace(JavaClasses classes) {
        List<String> found = new ArrayList<>();
        for (JavaClass type : classes) {
            if (!type.isAnnotatedWith(Entity.class)) {
                continue;
            }
            boolean scoped = type.isAssignableTo(WorkspaceScoped.class) || type.isAnnotatedWith(MULTITENANT);
            if (!scoped && !type.isAnnotatedWith(InstallationLevel.class)) {
                found.add(type.getName());
            }
        }
        return found;
    }

    @Test
    void everyEntityIsWorkspaceScopedOrSaysWhyNot() {
        assertThat(outsideAnyWorkspace(ProductionClasses.withEntities())).isEmpty();
    }

    @Test
    void theRuleCatchesAnEntityInNoWorkspace() {
        assertThat(outsideAnyWorkspace(new ClassFileImporter().importClasses(Unscoped.class)))
                .containsExactly(Unscoped.class.getName());
    }

    @Entity
    static class Unscoped {}
}
