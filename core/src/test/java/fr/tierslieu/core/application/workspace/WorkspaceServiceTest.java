package fr.tierslieu.core.application.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.tierslieu.core.application.workspace.WorkspaceService.WorkspaceForm;
import fr.tierslieu.core.domain.security.AppUser;
import fr.tierslieu.core.domain.security.Role;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.core.domain.workspace.Workspace;
import fr.tierslieu.core.testsupport.JpaTestSupport;
import fr.tierslieu.core.testsupport.TestModules;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WorkspaceServiceTest {

    private JpaTestSupport db;

    @BeforeEach
    void setUp() {
        db = JpaTestSupport.core();
        db.run(em -> {
            em.persist(new AppUser("claire", "Claire (gestion à Névez)", "x", Set.of(Role.MANAGER)));
            // an account holds at least one role in the first workspace
            em.persist(new AppUser("yann", "Yann (consultant)", "x", Set.of(Role.VIEWER)));
        });
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private static WorkspaceService service(EntityManager em) {
        return new WorkspaceService(em, TestModules.bundles());
    }

    @Test
    void aWorkspaceIsCreatedWithAnAddressAndANameAndItsAddressIsItsOwn() {
        Workspace w = db.tx(
                em -> service(em).create(new WorkspaceForm(" kerlouan ", "Tiers-lieu de Kerlouan"), Locale.FRENCH));
        assertThat(w.getId()).isNotEqualTo(Workspace.FIRST);
        assertThat(w.getSlug()).isEqualTo("kerlouan");
        assertThat(db.tx(em -> service(em).bySlug("kerlouan")).map(Workspace::getName))
                .contains("Tiers-lieu de Kerlouan");
        assertThat(db.tx(em -> service(em).bySlug("principal")).map(Workspace::getId))
                .contains(Workspace.FIRST);

        assertThatThrownBy(() -> db.tx(em -> service(em).create(new WorkspaceForm("kerlouan", "Autre"), Locale.FRENCH)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        f -> assertThat(f.getViolations())
                                .singleElement()
                                .satisfies(v -> assertThat(v.field()).isEqualTo("slug"))
                                .satisfies(v -> assertThat(v.message())
                                        .isEqualTo("Cette adresse est déjà celle d’un autre espace.")));
    }

    @Test
    void anInstallationWithOneWorkspaceIsToldSoUntilASecondIsCreated() {
        db.run(em -> {
            WorkspaceService service = service(em);
            assertThat(service.several()).isFalse();
            service.create(new WorkspaceForm("kerlouan", "Kerlouan"), Locale.FRENCH);
            assertThat(service.several()).as("read again after a creation").isTrue();
        });
    }

    @Test
    void aBadAddressAndAMissingNameAreRefusedAtTheirFieldsAndNothingIsSaved() {
        assertThatThrownBy(() ->
                        db.tx(em -> service(em).create(new WorkspaceForm("Kerlouan Nord!", " "), Locale.FRENCH)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        f -> assertThat(f.getViolations())
                                .extracting(ValidationFailure.Violation::field)
                                .containsExactly("slug", "name"));
        assertThat(db.<Long>tx(em -> em.createQuery("select count(w) from Workspace w", Long.class)
                        .getSingleResult()))
                .isEqualTo(1L);
    }

    @Test
    void rolesAreTheAccountsInTheFirstWorkspaceAndTheMembershipsElsewhere() {
        Workspace w = db.tx(em -> service(em).create(new WorkspaceForm("kerlouan", "Kerlouan"), Locale.FRENCH));
        db.run(em -> service(em).addMember("kerlouan", "yann", Role.MANAGER, Locale.FRENCH));
        db.run(em -> service(em).addMember("kerlouan", "yann", Role.BOARD, Locale.FRENCH));
        db.run(em -> service(em).addMember("kerlouan", "yann", Role.BOARD, Locale.FRENCH)); // held already

        assertThat(db.<Set<Role>>tx(em -> service(em).rolesIn("claire", Workspace.FIRST)))
                .containsExactly(Role.MANAGER);
        assertThat(db.<Set<Role>>tx(em -> service(em).rolesIn("claire", w.getId())))
                .isEmpty();
        assertThat(db.<Set<Role>>tx(em -> service(em).rolesIn("yann", Workspace.FIRST)))
                .containsExactly(Role.VIEWER);
        assertThat(db.<Set<Role>>tx(em -> service(em).rolesIn("nobody", w.getId())))
                .isEmpty();
        assertThat(db.<Set<Role>>tx(em -> service(em).rolesIn("yann", w.getId())))
                .containsExactlyInAnyOrder(Role.MANAGER, Role.BOARD);

        List<String> claires = db.tx(
                em -> service(em).of("claire").stream().map(Workspace::getSlug).toList());
        List<String> yanns = db.tx(
                em -> service(em).of("yann").stream().map(Workspace::getSlug).toList());
        assertThat(claires).containsExactly("principal");
        assertThat(yanns).containsExactly("principal", "kerlouan");

        assertThat(db.<Integer>tx(em -> service(em).removeMember("kerlouan", "yann")))
                .isEqualTo(2);
        assertThat(db.<Set<Role>>tx(em -> service(em).rolesIn("yann", w.getId())))
                .isEmpty();
        assertThat(db.<List<String>>tx(em ->
                        service(em).of("yann").stream().map(Workspace::getSlug).toList()))
                .containsExactly("principal");
    }

    @Test
    void theFirstWorkspaceKeepsTheAccountsRolesAndAnUnknownAccountIsNamedAtItsField() {
        db.run(em -> service(em).create(new WorkspaceForm("kerlouan", "Kerlouan"), Locale.FRENCH));
        assertThatThrownBy(() -> db.run(em -> service(em).addMember("principal", "yann", Role.VIEWER, Locale.FRENCH)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        f -> assertThat(f.getViolations())
                                .singleElement()
                                .satisfies(v -> assertThat(v.field()).isEqualTo("slug")));
        assertThatThrownBy(
                        () -> db.run(em -> service(em).addMember("kerlouan", "personne", Role.VIEWER, Locale.FRENCH)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        f -> assertThat(f.getViolations())
                                .singleElement()
                                .satisfies(v -> assertThat(v.field()).isEqualTo("username"))
                                .satisfies(v ->
                                        assertThat(v.message()).isEqualTo("Aucun compte ne porte cet identifiant.")));
    }
}
