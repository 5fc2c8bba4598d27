package fr.tierslieu.core.application.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.tierslieu.core.application.mail.Mailer;
import fr.tierslieu.core.application.security.AccessDeniedException;
import fr.tierslieu.core.application.security.UserService;
import fr.tierslieu.core.application.workspace.WorkspaceService.InviteForm;
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

    /** Runs the network: NETWORK_ADMIN on the account. */
    private static final String NETWORK = "reseau";

    private JpaTestSupport db;
    private final Mailer.Recorder mailer = new Mailer.Recorder();

    @BeforeEach
    void setUp() {
        db = JpaTestSupport.core();
        db.run(em -> {
            em.persist(new AppUser("claire", "Claire (gestion à Névez)", "x", Set.of(Role.MANAGER)));
            // an account holds at least one role in the first workspace
            em.persist(new AppUser("yann", "Yann (consultant)", "x", Set.of(Role.VIEWER)));
            em.persist(new AppUser(NETWORK, "Nadia (réseau régional)", "x", Set.of(Role.NETWORK_ADMIN)));
        });
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private WorkspaceService service(EntityManager em) {
        return new WorkspaceService(
                em, TestModules.bundles(), UserService.standalone(em, TestModules.bundles(), mailer));
    }

    @Test
    void aWorkspaceIsCreatedWithAnAddressAndANameAndItsAddressIsItsOwn() {
        Workspace w = db.tx(em ->
                service(em).create(new WorkspaceForm(" kerlouan ", "Tiers-lieu de Kerlouan"), NETWORK, Locale.FRENCH));
        assertThat(w.getId()).isNotEqualTo(Workspace.FIRST);
        assertThat(w.getSlug()).isEqualTo("kerlouan");
        assertThat(db.tx(em -> service(em).bySlug("kerlouan")).map(Workspace::getName))
                .contains("Tiers-lieu de Kerlouan");
        assertThat(db.tx(em -> service(em).bySlug("principal")).map(Workspace::getId))
                .contains(Workspace.FIRST);

        assertThatThrownBy(() ->
                        db.tx(em -> service(em).create(new WorkspaceForm("kerlouan", "Autre"), NETWORK, Locale.FRENCH)))
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
            service.create(new WorkspaceForm("kerlouan", "Kerlouan"), NETWORK, Locale.FRENCH);
            assertThat(service.several()).as("read again after a creation").isTrue();
        });
    }

    @Test
    void aBadAddressAndAMissingNameAreRefusedAtTheirFieldsAndNothingIsSaved() {
        assertThatThrownBy(() -> db.tx(
                        em -> service(em).create(new WorkspaceForm("Kerlouan Nord!", " "), NETWORK, Locale.FRENCH)))
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
        Workspace w =
                db.tx(em -> service(em).create(new WorkspaceForm("kerlouan", "Kerlouan"), NETWORK, Locale.FRENCH));
        db.run(em -> service(em).addMember("kerlouan", "yann", Role.MANAGER, NETWORK, Locale.FRENCH));
        db.run(em -> service(em).addMember("kerlouan", "yann", Role.BOARD, NETWORK, Locale.FRENCH));
        db.run(em -> service(em).addMember("kerlouan", "yann", Role.BOARD, NETWORK, Locale.FRENCH)); // held already

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

        assertThat(db.<Integer>tx(em -> service(em).removeMember("kerlouan", "yann", NETWORK, Locale.FRENCH)))
                .isEqualTo(2);
        assertThat(db.<Set<Role>>tx(em -> service(em).rolesIn("yann", w.getId())))
                .isEmpty();
        assertThat(db.<List<String>>tx(em ->
                        service(em).of("yann").stream().map(Workspace::getSlug).toList()))
                .containsExactly("principal");
    }

    @Test
    void theFirstWorkspaceKeepsTheAccountsRolesAndAnUnknownAccountIsNamedAtItsField() {
        db.run(em -> service(em).create(new WorkspaceForm("kerlouan", "Kerlouan"), NETWORK, Locale.FRENCH));
        assertThatThrownBy(() ->
                        db.run(em -> service(em).addMember("principal", "yann", Role.VIEWER, NETWORK, Locale.FRENCH)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        f -> assertThat(f.getViolations())
                                .singleElement()
                                .satisfies(v -> assertThat(v.field()).isEqualTo("slug")));
        assertThatThrownBy(() -> db.run(
                        em -> service(em).addMember("kerlouan", "personne", Role.VIEWER, NETWORK, Locale.FRENCH)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        f -> assertThat(f.getViolations())
                                .singleElement()
                                .satisfies(v -> assertThat(v.field()).isEqualTo("username"))
                                .satisfies(v ->
                                        assertThat(v.message()).isEqualTo("Aucun compte ne porte cet identifiant.")));
    }

    @Test
    void aWorkspacesAdministratorStaffsItAndNoOtherAndCreatesNone() {
        db.run(em ->
                service(em).create(new WorkspaceForm("kerlouan", "Tiers-lieu de Kerlouan"), NETWORK, Locale.FRENCH));
        db.run(em -> service(em).create(new WorkspaceForm("plouha", "La Grange de Plouha"), NETWORK, Locale.FRENCH));
        db.run(em -> service(em).addMember("kerlouan", "yann", Role.ADMIN, NETWORK, Locale.FRENCH));

        db.run(em -> service(em).addMember("kerlouan", "claire", Role.MANAGER, "yann", Locale.FRENCH));
        assertThat(db.<List<WorkspaceService.Member>>tx(em -> service(em).members("kerlouan", "yann", Locale.FRENCH)))
                .extracting(WorkspaceService.Member::username, WorkspaceService.Member::roles)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("claire", Set.of(Role.MANAGER)),
                        org.assertj.core.groups.Tuple.tuple("yann", Set.of(Role.ADMIN)));

        assertThatThrownBy(
                        () -> db.run(em -> service(em).addMember("plouha", "yann", Role.ADMIN, "yann", Locale.FRENCH)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> db.run(em -> service(em).members("plouha", "yann", Locale.FRENCH)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        db.run(em -> service(em).create(new WorkspaceForm("brest", "Brest"), "yann", Locale.FRENCH)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> db.run(
                        em -> service(em).addMember("kerlouan", "claire", Role.MANAGER, "claire", Locale.FRENCH)))
                .as("a manager does not staff")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> db.run(em -> service(em).removeMember("kerlouan", "yann", "yann", Locale.FRENCH)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        f -> assertThat(f.getViolations())
                                .singleElement()
                                .satisfies(v -> assertThat(v.field()).isEqualTo("username")));

        WorkspaceService.Listed yanns = db.tx(em -> service(em).staffed("yann", ""));
        assertThat(yanns.shown()).extracting(Workspace::getSlug).containsExactly("kerlouan");
        assertThat(yanns.network()).isFalse();
        WorkspaceService.Listed all = db.tx(em -> service(em).staffed(NETWORK, " "));
        assertThat(all.shown()).extracting(Workspace::getSlug).containsExactly("plouha", "kerlouan");
        assertThat(all.network()).isTrue();
        assertThat(db.<WorkspaceService.Listed>tx(em -> service(em).staffed(NETWORK, "GRANGE"))
                        .shown())
                .extracting(Workspace::getSlug)
                .containsExactly("plouha");
        assertThat(db.<WorkspaceService.Listed>tx(em -> service(em).staffed("claire", ""))
                        .shown())
                .isEmpty();

        assertThat(db.<Integer>tx(em -> service(em).removeMember("kerlouan", "claire", "yann", Locale.FRENCH)))
                .isEqualTo(1);
    }

    @Test
    void theNetworkInvitesANewWorkspacesFirstAdministratorWhoHoldsNoRoleInTheFirst() {
        Workspace w = db.tx(em ->
                service(em).create(new WorkspaceForm("kerlouan", "Tiers-lieu de Kerlouan"), NETWORK, Locale.FRENCH));
        UserService.Invitation invitation = db.tx(em -> service(em)
                .invite(
                        "kerlouan",
                        new InviteForm("morgane", "Morgane Le Bihan", "morgane@example.org", Role.ADMIN),
                        "https://studio.example.org",
                        NETWORK,
                        Locale.FRENCH));
        assertThat(invitation.mailed()).isTrue();
        assertThat(invitation.link()).startsWith("https://studio.example.org" + UserService.INVITATION_PAGE);
        assertThat(mailer.mails()).singleElement().satisfies(m -> {
            assertThat(m.to()).isEqualTo("morgane@example.org");
            assertThat(m.args())
                    .contains("Nadia (réseau régional), pour l’espace «\u202fTiers-lieu de Kerlouan\u202f»");
        });
        assertThat(db.<Set<Role>>tx(em -> service(em).rolesIn("morgane", Workspace.FIRST)))
                .isEmpty();
        assertThat(db.<Set<Role>>tx(em -> service(em).rolesIn("morgane", w.getId())))
                .containsExactly(Role.ADMIN);
        assertThat(db.<List<String>>tx(em -> service(em).of("morgane").stream()
                        .map(Workspace::getSlug)
                        .toList()))
                .as("she enters Kerlouan, not the first workspace")
                .containsExactly("kerlouan");
        assertThat(db.<List<WorkspaceService.Member>>tx(em -> service(em).members("kerlouan", NETWORK, Locale.FRENCH)))
                .singleElement()
                .satisfies(m -> assertThat(m.invited()).isTrue());

        // she invites her team in turn
        db.run(em -> service(em)
                .invite(
                        "kerlouan",
                        new InviteForm("erwan", "Erwan", null, Role.BOARD),
                        "https://studio.example.org",
                        "morgane",
                        Locale.FRENCH));
        assertThat(db.<Set<Role>>tx(em -> service(em).rolesIn("erwan", w.getId())))
                .containsExactly(Role.BOARD);
    }

    @Test
    void aBadInvitationIsRefusedAtItsFieldsAndLeavesNeitherAccountNorRole() {
        db.run(em -> service(em).create(new WorkspaceForm("kerlouan", "Kerlouan"), NETWORK, Locale.FRENCH));
        assertThatThrownBy(() -> db.run(em -> service(em)
                        .invite(
                                "kerlouan",
                                new InviteForm("m", "", "pas-une-adresse", Role.ADMIN),
                                "https://studio.example.org",
                                NETWORK,
                                Locale.FRENCH)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        f -> assertThat(f.getViolations())
                                .extracting(ValidationFailure.Violation::field)
                                .contains("username", "displayName", "email"));
        assertThatThrownBy(() -> db.run(em -> service(em)
                        .invite(
                                "kerlouan",
                                new InviteForm("morgane", "Morgane", null, Role.NETWORK_ADMIN),
                                "https://studio.example.org",
                                NETWORK,
                                Locale.FRENCH)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        f -> assertThat(f.getViolations())
                                .singleElement()
                                .satisfies(v -> assertThat(v.field()).isEqualTo("role")));
        assertThatThrownBy(() -> db.run(em -> service(em)
                        .invite(
                                "kerlouan",
                                new InviteForm("yann", "Yann", null, Role.ADMIN),
                                "https://studio.example.org",
                                NETWORK,
                                Locale.FRENCH)))
                .as("an existing account is added, not invited")
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        f -> assertThat(f.getViolations())
                                .singleElement()
                                .satisfies(v -> assertThat(v.field()).isEqualTo("username")));
        assertThat(db.<Long>tx(em -> em.createQuery("select count(u) from AppUser u", Long.class)
                        .getSingleResult()))
                .isEqualTo(3L);
        assertThat(db.<Long>tx(em -> em.createQuery("select count(m) from WorkspaceMember m", Long.class)
                        .getSingleResult()))
                .isZero();
        assertThat(mailer.mails()).isEmpty();
    }
}
