package fr.tierslieu.core.module;

import fr.tierslieu.core.api.ApiLocale;
import fr.tierslieu.core.application.Choice;
import fr.tierslieu.core.application.actor.ActorService;
import fr.tierslieu.core.application.config.AppConfig;
import fr.tierslieu.core.application.mail.MailOutbox;
import fr.tierslieu.core.application.mail.Mailer;
import fr.tierslieu.core.application.project.ProjectService;
import fr.tierslieu.core.application.security.AccessDeniedException;
import fr.tierslieu.core.application.security.RequiresRole;
import fr.tierslieu.core.application.workspace.Workspaces;
import fr.tierslieu.core.domain.actor.ActorKind;
import fr.tierslieu.core.domain.project.FindingKind;
import fr.tierslieu.core.domain.project.JourneyStep;
import fr.tierslieu.core.domain.project.Raci;
import fr.tierslieu.core.domain.security.Role;
import java.util.Set;

/**
 * What the core publishes for modules: the packages and the types a module may use. Everything else
 * of the core (its entities above all: a module reads actors and projects through the read models
 * of this package) may change without notice. ArchUnit checks every module against it
 * (ModuleBoundariesTest); a module that needs more asks for it here, with a reason.
 */
public final class PublishedApi {

    private PublishedApi() {}

    /**
     * Whole packages: this contract (extension points, events, read models), the shared domain types
     * (base entity, refusals), messages and numbers in the reader's language, exports (CSV, PDF,
     * Excel, iCalendar, upload limits), and the support of pages.
     */
    public static final Set<String> PACKAGES = Set.of(
            "fr.tierslieu.core.module",
            "fr.tierslieu.core.domain.shared",
            "fr.tierslieu.core.application.i18n",
            "fr.tierslieu.core.application.export",
            "fr.tierslieu.core.web.support",
            "fr.tierslieu.core.web.i18n");

    /**
     * Single types of other packages: the services modules call, roles, the enums modules store,
     * the workspace of a native statement.
     */
    public static final Set<Class<?>> TYPES = Set.of(
            ActorService.class,
            ProjectService.class,
            Choice.class,
            AppConfig.class,
            RequiresRole.class,
            AccessDeniedException.class,
            Role.class,
            ActorKind.class,
            FindingKind.class,
            JourneyStep.class,
            Raci.class,
            MailOutbox.class,
            Mailer.class,
            ApiLocale.class,
            // the workspace of an entity manager, and the mark of a reviewed native SQL statement
            Workspaces.class);

    /** Whether a module may use {@code className} (a nested class counts as its outermost class). */
    public static boolean allows(String packageName, String className) {
        if (!packageName.startsWith("fr.tierslieu.core")) {
            return true;
        }
        if (PACKAGES.contains(packageName)) {
            return true;
        }
        String outer = className.contains("$") ? className.substring(0, className.indexOf('$')) : className;
        return TYPES.stream().anyMatch(t -> t.getName().equals(outer));
    }
}
