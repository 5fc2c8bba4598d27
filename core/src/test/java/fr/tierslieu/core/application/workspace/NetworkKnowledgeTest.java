package fr.tierslieu.core.application.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.tierslieu.core.application.demo.CoreDemoData;
import fr.tierslieu.core.application.workspace.NetworkKnowledge.NetworkFinding;
import fr.tierslieu.core.application.workspace.NetworkKnowledge.NetworkSheet;
import fr.tierslieu.core.domain.experience.Experience;
import fr.tierslieu.core.domain.project.FindingKind;
import fr.tierslieu.core.domain.shared.NotFoundException;
import fr.tierslieu.core.testsupport.JpaTestSupport;
import fr.tierslieu.core.testsupport.WorkspaceIsolation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Temps 2 draws on what the other tiers-lieux of the network chose to share, never on the rest. */
class NetworkKnowledgeTest {

    @Test
    void aWorkspaceReadsWhatTheOthersShareWithItsOriginAndNothingElse() {
        try (JpaTestSupport db = JpaTestSupport.core()) {
            WorkspaceIsolation.create(db, 2, "kerlouan");
            WorkspaceIsolation.in(db, 1, em -> {
                new CoreDemoData(em).load();
                return null;
            });
            Experience sheet =
                    WorkspaceIsolation.in(
                            db,
                            1,
                            em -> em
                                    .createQuery("select e from Experience e order by e.id", Experience.class)
                                    .getResultList()
                                    .stream()
                                    .filter(e -> !e.getLessons().isEmpty())
                                    .findFirst()
                                    .orElseThrow());
            long factor = WorkspaceIsolation.in(
                    db,
                    1,
                    em -> em.createQuery("select f.id from Finding f where f.kind = :k order by f.id", Long.class)
                            .setParameter("k", FindingKind.SUCCESS_FACTOR)
                            .setMaxResults(1)
                            .getSingleResult());

            // nothing is shared until someone chooses to
            assertThat(WorkspaceIsolation.<List<NetworkSheet>>in(db, 2, em -> new NetworkKnowledge(em).experiences()))
                    .isEmpty();
            assertThat(WorkspaceIsolation.<List<NetworkFinding>>in(
                            db, 2, em -> new NetworkKnowledge(em).findings(null)))
                    .isEmpty();
            // a workspace shares only what is its own
            assertThatThrownBy(() -> WorkspaceIsolation.in(db, 2, em -> {
                        new NetworkKnowledge(em).shareExperience(sheet.getId(), true);
                        return null;
                    }))
                    .isInstanceOf(NotFoundException.class);

            WorkspaceIsolation.in(db, 1, em -> {
                new NetworkKnowledge(em).shareExperience(sheet.getId(), true);
                new NetworkKnowledge(em).shareFinding(factor, true);
                return null;
            });

            List<NetworkSheet> sheets = WorkspaceIsolation.in(db, 2, em -> new NetworkKnowledge(em).experiences());
            assertThat(sheets).singleElement().satisfies(s -> {
                assertThat(s.id()).isEqualTo(sheet.getId());
                assertThat(s.origin()).isEqualTo("Espace principal");
                assertThat(s.name()).isEqualTo(sheet.getName());
                assertThat(s.lessons()).hasSameSizeAs(sheet.getLessons()).isNotEmpty();
            });
            List<NetworkFinding> factors =
                    WorkspaceIsolation.in(db, 2, em -> new NetworkKnowledge(em).findings(FindingKind.SUCCESS_FACTOR));
            assertThat(factors).singleElement().satisfies(f -> {
                assertThat(f.id()).isEqualTo(factor);
                assertThat(f.origin()).isEqualTo("Espace principal");
            });
            assertThat(WorkspaceIsolation.<List<NetworkFinding>>in(
                            db, 2, em -> new NetworkKnowledge(em).findings(FindingKind.VIGILANCE)))
                    .isEmpty();
            // its own shared records are not the network's to a workspace; and they stay its own
            assertThat(WorkspaceIsolation.<List<NetworkSheet>>in(db, 1, em -> new NetworkKnowledge(em).experiences()))
                    .isEmpty();
            Object found = WorkspaceIsolation.in(db, 2, em -> em.find(Experience.class, sheet.getId()));
            assertThat(found).isNull();

            WorkspaceIsolation.in(db, 1, em -> {
                new NetworkKnowledge(em).shareExperience(sheet.getId(), false);
                return null;
            });
            assertThat(WorkspaceIsolation.<List<NetworkSheet>>in(db, 2, em -> new NetworkKnowledge(em).experiences()))
                    .isEmpty();
        }
    }
}
