package fr.tierslieu.core.application.audit;

import fr.tierslieu.core.application.workspace.WorkspaceSessions;
import fr.tierslieu.core.domain.audit.AuditEntry;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.sessions.Session;

/**
 * Puts the {@link AuditListener} on every entity of a persistence unit. Every module names it in its
 * {@code persistence.xml}:
 * <pre>{@code <property name="eclipselink.session.customizer"
 *           value="fr.tierslieu.core.application.audit.AuditSessionCustomizer"/>}</pre>
 * so that all entities of all modules feed the one audit log without writing any code for it. It
 * also gives every persistence context its workspace ({@link WorkspaceSessions}).
 */
public class AuditSessionCustomizer implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        WorkspaceSessions.install(session);
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            Class<?> type = descriptor.getJavaClass();
            if (descriptor.isAggregateDescriptor()
                    || descriptor.isDescriptorTypeAggregate()
                    || type == AuditEntry.class) {
                continue;
            }
            descriptor.getEventManager().addListener(new AuditListener(entityType(type)));
        }
    }

    /** {@code fr.tierslieu.core.domain.actor.Actor} → {@code core.Actor}. */
    static String entityType(Class<?> type) {
        String pkg = type.getPackageName();
        String module = pkg.startsWith("fr.tierslieu.")
                ? pkg.substring("fr.tierslieu.".length()).split("\\.")[0]
                : pkg;
        return module + "." + type.getSimpleName();
    }
}
