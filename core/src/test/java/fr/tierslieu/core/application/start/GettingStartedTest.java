package fr.tierslieu.core.application.start;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.tierslieu.core.application.demo.CoreDemoData;
import fr.tierslieu.core.application.workspace.Workspaces;
import fr.tierslieu.core.domain.security.Role;
import fr.tierslieu.core.module.GettingStartedContributor;
import fr.tierslieu.core.module.GettingStartedStep;
import fr.tierslieu.core.testsupport.JpaTestSupport;
import jakarta.persistence.EntityManager;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The « Pour commencer » checklist is ticked from the data, in the method's order, per role. */
class GettingStartedTest {

    private JpaTestSupport db;

    @BeforeEach
    void setUp() {
        db = JpaTestSupport.core();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    /** A module's step, as the study-trip module contributes its optional one. */
    private static final GettingStartedContributor TRIP = () -> List.of(new GettingStartedStep(
            "trip", 60, "t", "h", "/studytrip/trips.xhtml", false, true, Set.of(Role.ORGANIZER)));

    private GettingStarted service(EntityManager em) {
        return new GettingStarted(em, List.of(TRIP, new CoreGettingStarted(em)));
    }

    @Test
    void anEmptyInstallationHasEverythingToDoAndTheDemoHasDoneTheCoreSteps() {
        List<GettingStartedStep> empty = db.tx(em -> service(em).steps(EnumSet.of(Role.ADMIN)));
        assertThat(empty).extracting(GettingStartedStep::id).containsExactly("project", "actors", "team", "trip");
        assertThat(empty).noneMatch(GettingStartedStep::done);
        assertThat(empty.get(0).outcome()).isEqualTo("/core/projects/edit.xhtml");
        assertThat(GettingStarted.open(empty)).isTrue();

        db.run(em -> new CoreDemoData(em).load());
        List<GettingStartedStep> demo = db.tx(em -> service(em).steps(EnumSet.of(Role.ADMIN)));
        assertThat(demo)
                .filteredOn(s -> !s.optional())
                .extracting(GettingStartedStep::id, GettingStartedStep::done)
                .contains(org.assertj.core.groups.Tuple.tuple("actors", true));
    }

    @Test
    void aProjectWithoutItsJourneyPointsToTheJourney() {
        db.run(em -> Workspaces.nativeQuery(
                        em,
                        "INSERT INTO core_project (id, version, name, status, created_at, updated_at) "
                                + "VALUES (9001, 1, 'Tiers-lieu', 'EMERGING', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
                .executeUpdate());
        GettingStartedStep project =
                db.tx(em -> service(em).steps(EnumSet.of(Role.MANAGER))).get(0);
        assertThat(project.id()).isEqualTo("project");
        assertThat(project.done()).isFalse();
        assertThat(project.outcome()).isEqualTo("/core/projects/journey.xhtml?id=9001");
    }

    @Test
    void eachRoleSeesItsStepsAndAnOptionalStepDoesNotKeepTheGuideOpen() {
        assertThat((List<GettingStartedStep>) db.tx(em -> service(em).steps(EnumSet.of(Role.VIEWER))))
                .isEmpty();
        assertThat((List<GettingStartedStep>) db.tx(em -> service(em).steps(EnumSet.of(Role.ORGANIZER))))
                .extracting(GettingStartedStep::id)
                .containsExactly("trip");
        assertThat((List<GettingStartedStep>) db.tx(em -> service(em).steps(EnumSet.of(Role.MANAGER))))
                .extracting(GettingStartedStep::id)
                .containsExactly("project", "actors");
        List<GettingStartedStep> organiser = db.tx(em -> service(em).steps(EnumSet.of(Role.ORGANIZER)));
        assertThat(GettingStarted.open(organiser)).isFalse();
    }

    @Test
    void hidingTheGuideIsRememberedForTheInstallation() {
        assertThat((boolean) db.tx(em -> service(em).dismissed())).isFalse();
        db.run(em -> service(em).dismiss(true));
        db.run(em -> service(em).dismiss(true));
        assertThat((boolean) db.tx(em -> service(em).dismissed())).isTrue();
        db.run(em -> service(em).dismiss(false));
        assertThat((boolean) db.tx(em -> service(em).dismissed())).isFalse();
    }

    @Test
    void aStepLeadsToAPageOfThisApplicationOnly() {
        assertThatThrownBy(
                        () -> new GettingStartedStep("x", 1, "t", "h", "https://example.org", false, false, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GettingStartedStep("x", 1, "t", "h", "//example.org", false, false, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
