package fr.tierslieu.core.application.impact;

import fr.tierslieu.core.application.workspace.WorkspaceContext;
import fr.tierslieu.core.application.workspace.WorkspaceCreated;
import fr.tierslieu.core.application.workspace.Workspaces;
import fr.tierslieu.core.domain.impact.Frequency;
import fr.tierslieu.core.domain.impact.Indicator;
import fr.tierslieu.core.domain.impact.Theme;
import fr.tierslieu.core.domain.workspace.Workspace;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The common base of impact indicators in every workspace: the installation's first workspace has
 * it from its migration (V11); a new workspace receives the same indicators — codes, units,
 * themes, sources — without the first one's targets or figures, right after its creation.
 */
@ApplicationScoped
public class CommonIndicators {

    private static final Logger LOG = Logger.getLogger(CommonIndicators.class.getName());

    @PersistenceContext(unitName = "core")
    EntityManager em;

    public CommonIndicators() {}

    /** Outside the container (tests). */
    public CommonIndicators(EntityManager em) {
        this.em = em;
    }

    /**
     * Adds to the current workspace the indicators of the common base it does not have yet.
     *
     * @return how many were added
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int seed() {
        @SuppressWarnings("unchecked")
        List<Object[]> base = Workspaces.nativeQuery(
                        em,
                        "SELECT code, unit, theme, frequency, source_key, position FROM core_indicator"
                                + " WHERE workspace_id = ? AND code IS NOT NULL ORDER BY position")
                .setParameter(1, Workspace.FIRST)
                .getResultList();
        Set<String> here =
                new HashSet<>(em.createQuery("select i.code from Indicator i where i.code is not null", String.class)
                        .getResultList());
        int added = 0;
        for (Object[] row : base) {
            String code = (String) row[0];
            if (here.add(code)) {
                em.persist(Indicator.common(
                        code,
                        (String) row[1],
                        Theme.valueOf((String) row[2]),
                        Frequency.valueOf((String) row[3]),
                        (String) row[4],
                        ((Number) row[5]).intValue()));
                added++;
            }
        }
        em.flush();
        return added;
    }

    /** Observes new workspaces (not in tests outside the container). */
    @ApplicationScoped
    public static class ForNewWorkspaces {

        @Inject
        CommonIndicators indicators;

        void created(@Observes(during = TransactionPhase.AFTER_SUCCESS) WorkspaceCreated created) {
            try {
                int n = WorkspaceContext.in(created.workspaceId(), indicators::seed);
                LOG.info(() -> "Workspace " + created.slug() + ": " + n + " indicators of the common base");
            } catch (RuntimeException e) {
                // the workspace exists; its panorama starts with the team's own indicators only
                LOG.log(Level.WARNING, "The common base of indicators could not be added to " + created.slug(), e);
            }
        }
    }
}
