package fr.tierslieu.governance.application;

import fr.tierslieu.core.testsupport.JpaTestSupport;
import fr.tierslieu.core.testsupport.TestModules;
import fr.tierslieu.core.testsupport.WorkspaceIsolation;
import fr.tierslieu.governance.GovernanceModule;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two workspaces of one installation, each with the module's whole demonstration under the same
 * names: every entity of the module reads, finds, updates and deletes in its own workspace only.
 */
class GovernanceWorkspaceIsolationTest {

    @Test
    void everyEntityOfTheModuleStaysInItsWorkspace() {
        try (JpaTestSupport db = JpaTestSupport.open(
                "governance",
                "core",
                "classpath:db/migration/core",
                "governance",
                "classpath:db/migration/governance")) {
            WorkspaceIsolation.assertDemonstrationStaysInItsWorkspace(
                    db, GovernanceWorkspaceIsolationTest::load, FILLED);
        }
    }

    private static void load(EntityManager em) {
        new GovernanceDemoData(em, TestModules.bundles(new GovernanceModule())).load();
    }

    private static final List<String> FILLED = List.of(
            "Body",
            "BodyMeeting",
            "Charter",
            "CharterArticle",
            "CharterVersion",
            "GovernanceProfile",
            "Resolution",
            "StatutesAnswers",
            "VotingCollege");
}
