package fr.tierslieu.studytrip.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.tierslieu.core.testsupport.JpaTestSupport;
import fr.tierslieu.core.testsupport.WorkspaceIsolation;
import fr.tierslieu.core.testsupport.WorkspaceIsolation.Checked;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two workspaces of one installation, each with the module's whole demonstration under the same
 * names: every entity of the module reads, finds, updates and deletes in its own workspace only.
 */
class StudyTripWorkspaceIsolationTest {

    @Test
    void everyEntityOfTheModuleStaysInItsWorkspace() {
        try (JpaTestSupport db = JpaTestSupport.open(
                "studytrip", "core", "classpath:db/migration/core", "studytrip", "classpath:db/migration/studytrip")) {
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
        StudyTripDemoData demo = new StudyTripDemoData();
        demo.em = em;
        demo.load();
        return null;
    }

    private static final List<String> FILLED =
            List.of("Cost", "Criterion", "Destination", "Invitee", "Note", "Participant", "PollDate", "Stop", "Trip");
}
