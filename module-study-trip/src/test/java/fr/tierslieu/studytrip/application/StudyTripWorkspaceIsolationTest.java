package fr.tierslieu.studytrip.application;

import fr.tierslieu.core.testsupport.JpaTestSupport;
import fr.tierslieu.core.testsupport.WorkspaceIsolation;
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
            WorkspaceIsolation.assertDemonstrationStaysInItsWorkspace(
                    db, StudyTripWorkspaceIsolationTest::load, FILLED);
        }
    }

    private static void load(EntityManager em) {
        StudyTripDemoData demo = new StudyTripDemoData();
        demo.em = em;
        demo.load();
    }

    private static final List<String> FILLED =
            List.of("Cost", "Criterion", "Destination", "Invitee", "Note", "Participant", "PollDate", "Stop", "Trip");
}
