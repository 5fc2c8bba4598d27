package fr.tierslieu.core.application.start;

import fr.tierslieu.core.application.workspace.WorkspaceSettings;
import fr.tierslieu.core.domain.security.Role;
import fr.tierslieu.core.module.GettingStartedContributor;
import fr.tierslieu.core.module.GettingStartedStep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The « Pour commencer » checklist of a new installation: the steps every module contributes
 * ({@link GettingStartedContributor}), each ticked from the data, in the method's order. It is
 * shown until every required step is done or someone hides it (the workspace's setting
 * {@code getting-started.dismissed}, for everyone of the workspace).
 */
@ApplicationScoped
public class GettingStarted {

    static final String DISMISSED = "getting-started.dismissed";

    @Inject
    @Any
    Instance<GettingStartedContributor> contributorBeans;

    @PersistenceContext(unitName = "core")
    EntityManager em;

    private List<GettingStartedContributor> contributors;

    public GettingStarted() {}

    /** For plain Java SE tests. */
    public GettingStarted(EntityManager em, List<GettingStartedContributor> contributors) {
        this.em = em;
        this.contributors = List.copyOf(contributors);
    }

    /** The steps a user holding these roles may do, in order. */
    @Transactional
    public List<GettingStartedStep> steps(Set<Role> roles) {
        List<GettingStartedStep> out = new ArrayList<>();
        for (GettingStartedContributor c : contributors == null ? contributorBeans : contributors) {
            c.gettingStarted().stream().filter(s -> s.visibleTo(roles)).forEach(out::add);
        }
        out.sort(Comparator.comparingInt(GettingStartedStep::order).thenComparing(GettingStartedStep::id));
        return out;
    }

    /** Whether a required step is still to do. */
    public static boolean open(List<GettingStartedStep> steps) {
        return steps.stream().anyMatch(s -> !s.done() && !s.optional());
    }

    @Transactional
    public boolean dismissed() {
        return WorkspaceSettings.get(em, DISMISSED).isPresent();
    }

    /** Hides the checklist for everyone of the workspace (it can be shown again from the help page). */
    @Transactional
    public void dismiss(boolean hidden) {
        WorkspaceSettings.put(em, DISMISSED, hidden ? "true" : null);
    }
}
