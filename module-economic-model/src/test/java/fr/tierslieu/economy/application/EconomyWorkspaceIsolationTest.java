package fr.tierslieu.economy.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.tierslieu.core.testsupport.JpaTestSupport;
import fr.tierslieu.core.testsupport.WorkspaceIsolation;
import fr.tierslieu.core.testsupport.WorkspaceIsolation.Checked;
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
            WorkspaceIsolation.create(db, 2, "kerlouan");
            WorkspaceIsolation.in(db, 1, em -> load(em));
            WorkspaceIsolation.in(db, 2, em -> load(em));

            List<Checked> checked = WorkspaceIsolation.assertIsolated(db, 1, 2);

            assertThat(checked)
                    .as("the same demonstration in both workspaces")
                    .allSatisfy(c -> assertThat(c.inB()).as(c.entity()).isEqualTo(c.inA()));
            assertThat(checked.stream()
                            .filter(c -> c.inA() > 0)
                            .map(Checked::entity)
                            .toList())
                    .as("entities the demonstration fills, so checked both ways")
                    .containsAll(FILLED);
        }
    }

    private static Void load(EntityManager em) {
        new EconomyDemoData(em).load();
        // the demonstration has no actuals yet: one figure and one account mapping, as the pages make
        long model = em.createQuery("select m.id from EconomicModel m", Long.class)
                .getResultList()
                .get(0);
        em.persist(new Actual(model, Actual.Line.values()[0], YearMonth.of(2026, 10), new BigDecimal("1250.00")));
        em.persist(new AccountMapping(model, "706", Actual.Line.values()[0]));
        return null;
    }

    private static final List<String> FILLED = List.of("AccountMapping", "Actual", "EconomicModel", "Scenario");
}
