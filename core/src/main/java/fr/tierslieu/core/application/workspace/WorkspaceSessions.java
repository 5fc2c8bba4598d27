package fr.tierslieu.core.application.workspace;

import fr.tierslieu.core.domain.shared.InstallationLevel;
import fr.tierslieu.core.domain.shared.WorkspaceScoped;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Gives every persistence context its workspace. Installed on each persistence unit by the
 * session customizer every module names ({@code AuditSessionCustomizer}): when EclipseLink
 * starts a persistence context (a client session, once per transaction in the container), it
 * takes the thread's workspace ({@link WorkspaceContext}) unless the entity manager was given one
 * explicitly; EclipseLink then adds {@code workspace_id = ?} to every query of a
 * {@link WorkspaceScoped} entity and fills the column on insert.
 */
public final class WorkspaceSessions extends SessionEventAdapter {

    private WorkspaceSessions() {}

    /**
     * Listens to {@code session}'s persistence contexts and refuses a unit with an entity that is
     * neither workspace scoped nor {@link InstallationLevel}.
     *
     * @throws IllegalStateException naming the entities that belong to no workspace
     */
    public static void install(Session session) {
        List<String> unscoped = new ArrayList<>();
        for (ClassDescriptor d : session.getDescriptors().values()) {
            if (d.isAggregateDescriptor() || d.isDescriptorTypeAggregate()) {
                continue;
            }
            boolean scoped = d.hasMultitenantPolicy()
                    && d.getMultitenantPolicy().getClass().getSimpleName().startsWith("SingleTable");
            if (!scoped && !d.getJavaClass().isAnnotationPresent(InstallationLevel.class)) {
                unscoped.add(d.getJavaClass().getName());
            }
        }
        if (!unscoped.isEmpty()) {
            throw new IllegalStateException("Entities neither workspace scoped (extend WorkspaceScoped) nor"
                    + " @InstallationLevel: " + unscoped);
        }
        session.getEventManager().addListener(new WorkspaceSessions());
    }

    @Override
    public void postAcquireClientSession(SessionEvent event) {
        Session client = event.getSession();
        Long chosen = WorkspaceContext.chosen();
        if (client.getProperty(WorkspaceScoped.PROPERTY) != null) {
            return; // given explicitly to the entity manager
        }
        Object unitDefault = event.getSession().isClientSession()
                ? ((org.eclipse.persistence.sessions.server.ClientSession) client)
                        .getParent()
                        .getProperty(WorkspaceScoped.PROPERTY)
                : null;
        long id = chosen != null
                ? chosen
                : unitDefault != null ? Long.parseLong(unitDefault.toString()) : WorkspaceContext.DEFAULT;
        client.setProperty(WorkspaceScoped.PROPERTY, id);
    }
}
