package fr.tierslieu.core.application.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import fr.tierslieu.core.application.actor.ActorRepository;
import fr.tierslieu.core.application.demo.CoreDemoData;
import fr.tierslieu.core.domain.actor.Actor;
import fr.tierslieu.core.domain.actor.ActorKind;
import fr.tierslieu.core.domain.actor.ActorType;
import fr.tierslieu.core.domain.actor.Position;
import fr.tierslieu.core.domain.shared.WorkspaceScoped;
import fr.tierslieu.core.testsupport.JpaTestSupport;
import fr.tierslieu.core.testsupport.WorkspaceIsolation;
import fr.tierslieu.core.testsupport.WorkspaceIsolation.Checked;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two tiers-lieux on one installation, each with the whole demonstration under the same names:
 * no entity of the core reads or touches the other's rows.
 */
class WorkspaceIsolationTest {

    @Test
    void everyEntityOfTheCoreStaysInItsWorkspace() {
        try (JpaTestSupport db = JpaTestSupport.core()) {
            WorkspaceIsolation.create(db, 2, "kerlouan");
            WorkspaceIsolation.in(db, 1, em -> load(em));
            WorkspaceIsolation.in(db, 2, em -> load(em));

            List<Checked> checked = WorkspaceIsolation.assertIsolated(db, 1, 2);

            assertThat(checked)
                    .filteredOn(c -> c.inA() > 0 && c.inB() > 0)
                    .extracting(Checked::entity)
                    .as("filled in both workspaces by the demonstration, so checked both ways")
                    .contains(
                            "Actor",
                            "Assessment",
                            "Relationship",
                            "Membership",
                            "Project",
                            "ProjectPartner",
                            "RoadmapTask",
                            "RoadmapLink",
                            "MactorAnalysis",
                            "Meeting",
                            "Experience",
                            "AuditEntry");
            // the common base of indicators came with the migration, into the first workspace only
            assertThat(checked)
                    .filteredOn(c -> c.entity().equals("Indicator"))
                    .singleElement()
                    .satisfies(c -> assertThat(c.inA()).isPositive())
                    .satisfies(c -> assertThat(c.inB()).isZero());
        }
    }

    @Test
    void theSameNamesInTwoWorkspacesAreTwoRecordsEachSeesOnce() {
        try (JpaTestSupport db = JpaTestSupport.core()) {
            WorkspaceIsolation.create(db, 2, "kerlouan");
            WorkspaceIsolation.in(db, 1, em -> load(em));
            WorkspaceIsolation.in(db, 2, em -> {
                em.persist(kerlouan());
                return null;
            });

            List<String> tagsIn1 = WorkspaceIsolation.in(db, 1, em -> new ActorRepository(em).tags());
            List<String> tagsIn2 = WorkspaceIsolation.in(db, 2, em -> new ActorRepository(em).tags());
            assertThat(tagsIn1).isNotEmpty();
            assertThat(tagsIn2).as("the tags of the other workspace's actors").isEmpty();

            List<String> in2 = WorkspaceIsolation.in(
                    db,
                    2,
                    em -> em.createQuery("select a.name from Actor a", String.class)
                            .getResultList());
            assertThat(in2).containsExactly("Commune de Kerlouan");
            long in1 = WorkspaceIsolation.in(
                    db,
                    1,
                    em -> em.createQuery(
                                    "select count(a) from Actor a where a.name = 'Commune de Kerlouan'", Long.class)
                            .getSingleResult());
            assertThat(in1).isZero();
        }
    }

    @Test
    void anEntityManagerGivenItsWorkspaceKeepsItWhateverTheThreadsIs() {
        try (JpaTestSupport db = JpaTestSupport.core()) {
            WorkspaceIsolation.create(db, 2, "kerlouan");
            WorkspaceIsolation.in(db, 2, em -> {
                em.persist(kerlouan());
                return null;
            });
            EntityManager em = db.emf().createEntityManager(Map.of(WorkspaceScoped.PROPERTY, 2L));
            try {
                List<String> names = WorkspaceContext.in(
                        1,
                        () -> em.createQuery("select a.name from Actor a", String.class)
                                .getResultList());
                assertThat(names).containsExactly("Commune de Kerlouan");
                assertThat(Workspaces.of(em)).isEqualTo(2L);
            } finally {
                em.close();
            }
            assertThat(WorkspaceContext.chosen())
                    .as("the thread is given back its workspace")
                    .isNull();
        }
    }

    private static Actor kerlouan() {
        return new Actor(
                ActorType.ORGANISATION,
                "Commune de Kerlouan",
                ActorKind.LOCAL_AUTHORITY,
                Position.initial(),
                LocalDate.of(2026, 11, 29),
                "test");
    }

    private static Void load(EntityManager em) {
        new CoreDemoData(em).load();
        return null;
    }
}
