package fr.tierslieu.core.application.impact;

import static org.assertj.core.api.Assertions.assertThat;

import fr.tierslieu.core.application.workspace.WorkspaceContext;
import fr.tierslieu.core.domain.impact.Indicator;
import fr.tierslieu.core.domain.workspace.Workspace;
import fr.tierslieu.core.testsupport.JpaTestSupport;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A new workspace receives the common base of indicators, without the first one's targets. */
class CommonIndicatorsTest {

    private JpaTestSupport db;

    @BeforeEach
    void setUp() {
        db = JpaTestSupport.core();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private List<Indicator> indicators() {
        return db.tx(em -> em.createQuery("select i from Indicator i order by i.position", Indicator.class)
                .getResultList());
    }

    @Test
    void aNewWorkspaceStartsWithTheCommonBaseOnceAndWithoutTheFirstsTargets() {
        List<Indicator> first = indicators();
        assertThat(first).hasSize(24);
        db.run(em -> em.createQuery("update Indicator i set i.target = 500 where i.code = 'USERS_TOTAL'")
                .executeUpdate());
        long kerlouan = db.<Long>tx(em -> {
            Workspace w = new Workspace("kerlouan", "Tiers-lieu de Kerlouan");
            em.persist(w);
            em.flush();
            return w.getId();
        });

        assertThat(WorkspaceContext.in(kerlouan, this::indicators)).isEmpty();
        int added = WorkspaceContext.in(kerlouan, () -> db.<Integer>tx(em -> new CommonIndicators(em).seed()));
        assertThat(added).isEqualTo(24);
        List<Indicator> there = WorkspaceContext.in(kerlouan, this::indicators);
        assertThat(there)
                .extracting(Indicator::getCode)
                .containsExactlyElementsOf(
                        first.stream().map(Indicator::getCode).toList());
        assertThat(there).allSatisfy(i -> assertThat(i.getTarget()).isNull());
        assertThat(there)
                .extracting(Indicator::getId)
                .doesNotContainAnyElementsOf(
                        first.stream().map(Indicator::getId).toList());

        assertThat(WorkspaceContext.in(kerlouan, () -> db.<Integer>tx(em -> new CommonIndicators(em).seed())))
                .as("twice: nothing more")
                .isZero();
        assertThat(indicators()).as("the first workspace's own are untouched").hasSize(24);
        assertThat(db.<Integer>tx(em -> new CommonIndicators(em).seed())).isZero();
    }
}
