package fr.tierslieu.core.application.start;

import fr.tierslieu.core.application.workspace.Workspaces;
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
 * shown until every required step is done or someone hides it (core_setting
 * {@code getting-started.dismissed}, for the whole installation).
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
        return !Workspaces.nativeQuery(em, "SELECT setting_value FROM core_setting WHERE setting_key = ?")
                .setParameter(1, DISMISSED)
                .getResultList()
                .isEmpty();
    }

    /** Hides the checklist for everyone (it can be shown again from the help page). */
    @Transactional
    public void dismiss(boolean hidden) {
        Workspaces.nativeQuery(em, "DELETE FROM core_setting WHERE setting_key = ?")
                .setParameter(1, DISMISSED)
                .executeUpdate();
        if (hidden) {
            Workspaces.nativeQuery(
                            em, "INSERT INTO core_setting (setting_key, setting_value, version) VALUES (?, ?, 0)")
                    .setParameter(1, DISMISSED)
                    .setParameter(2, "true")
                    .executeUpdate();
        }
    }
}
