package fr.tierslieu.economy.application;

import fr.tierslieu.core.testsupport.JpaTestSupport;
import fr.tierslieu.core.testsupport.WorkspaceIsolation;
import fr.tierslieu.economy.domain.AccountMapping;
import fr.tierslieu.economy.domain.Actual;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two workspaces of one installation, each with the module's whole demonstration under the same
 * names: every entity of the module reads, finds, updates and deletes in its own workspace only.
 */
class EconomyWorkspaceIsolationTest {

    @Test
    void everyEntityOfTheModuleStaysInItsWorkspace() {
        try (JpaTestSupport db = JpaTestSupport.open(
                "economy", "core", "classpath:db/migration/core", "economy", "classpath:db/migration/economy")) {
            WorkspaceIsolation.assertDemonstrationStaysInItsWorkspace(db, EconomyWorkspaceIsolationTest::load, FILLED);
        }
    }

    private static void load(EntityManager em) {
        new EconomyDemoData(em).load();
        // the demonstration has no actuals yet: one figure and one account mapping, as the pages make
        long model = em.createQuery("select m.id from EconomicModel m", Long.class)
                .getResultList()
                .get(0);
        em.persist(new Actual(model, Actual.Line.values()[0], YearMonth.of(2026, 10), new BigDecimal("1250.00")));
        em.persist(new AccountMapping(model, "706", Actual.Line.values()[0]));
    }

    private static final List<String> FILLED = List.of("AccountMapping", "Actual", "EconomicModel", "Scenario");
}
