package fr.tierslieu.core.application.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.tierslieu.core.application.mail.Mailer;
import fr.tierslieu.core.application.workspace.Workspaces;
import fr.tierslieu.core.domain.security.AppUser;
import fr.tierslieu.core.domain.security.PasswordHasher;
import fr.tierslieu.core.domain.security.Role;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.core.testsupport.JpaTestSupport;
import fr.tierslieu.core.testsupport.TestModules;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An administrator invites a person, who chooses their own password through a one-time link. */
class InvitationTest {

    private static final String URL = "https://studio.example.org";
    private JpaTestSupport db;
    private final Mailer.Recorder mailer = new Mailer.Recorder();

    @BeforeEach
    void setUp() {
        db = JpaTestSupport.core();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private UserService service(EntityManager em) {
        UserService s = new UserService();
        s.users = new UserRepository(em);
        s.validation = TestModules.validation();
        s.messages = TestModules.bundles();
        s.accountChanges = new AccountChanges();
        s.mailer = mailer;
        return s;
    }

    private static String token(String link) {
        return link.substring(link.indexOf("?t=") + 3);
    }

    @Test
    void theInvitedPersonChoosesTheirPasswordOnceThroughTheLink() {
        db.run(em -> service(em)
                .createFirstAdministrator(
                        "presidente",
                        "Présidence",
                        "un-vrai-secret-2026".toCharArray(),
                        "un-vrai-secret-2026".toCharArray(),
                        Locale.FRENCH));
        assertThat((boolean) db.tx(em -> service(em).hasTeam())).isFalse();

        UserService.Invitation invitation = db.tx(em -> service(em)
                .invite(
                        "gestion",
                        "Camille Gestion",
                        "camille@example.org",
                        Set.of(Role.MANAGER),
                        URL,
                        "presidente",
                        Locale.FRENCH));
        assertThat(invitation.link()).startsWith(URL + UserService.INVITATION_PAGE + "?t=");
        assertThat(invitation.mailed()).isTrue();
        assertThat(mailer.mails()).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo("core.mail.invitation");
            assertThat(m.to()).isEqualTo("camille@example.org");
            assertThat(m.args()).contains(invitation.link());
        });
        String token = token(invitation.link());
        assertThat((boolean) db.tx(em -> service(em).hasTeam())).isTrue();

        // only the link's hash is stored, and the account cannot sign in before choosing
        AppUser stored =
                db.tx(em -> new UserRepository(em).byUsername("gestion").orElseThrow());
        assertThat(stored.isInvited()).isTrue();
        assertThat(new PasswordHasher().verify("invited".toCharArray(), stored.getPasswordHash()))
                .isFalse();
        assertThat((Object) db.tx(em -> Workspaces.nativeQuery(
                                em, "SELECT invite_hash FROM core_app_user WHERE username = 'gestion'")
                        .getSingleResult()))
                .isNotEqualTo(token)
                .asString()
                .hasSize(64);

        assertThat((java.util.Optional<AppUser>) db.tx(em -> service(em).invitation(token)))
                .map(AppUser::getUsername)
                .contains("gestion");
        // the same password policy as everywhere, refused at its field
        assertThatThrownBy(() -> db.run(em -> service(em)
                        .acceptInvitation(
                                token, "motdepasse".toCharArray(), "motdepasse".toCharArray(), Locale.FRENCH)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        e -> assertThat(e.getViolations())
                                .extracting(ValidationFailure.Violation::field)
                                .containsExactly("password"));
        db.run(em -> service(em)
                .acceptInvitation(
                        token,
                        "ma-phrase-de-passe-a-moi".toCharArray(),
                        "ma-phrase-de-passe-a-moi".toCharArray(),
                        Locale.FRENCH));

        AppUser accepted =
                db.tx(em -> new UserRepository(em).byUsername("gestion").orElseThrow());
        assertThat(accepted.isInvited()).isFalse();
        assertThat(new PasswordHasher().verify("ma-phrase-de-passe-a-moi".toCharArray(), accepted.getPasswordHash()))
                .isTrue();
        // the link works once
        assertThat((java.util.Optional<AppUser>) db.tx(em -> service(em).invitation(token)))
                .isEmpty();
        assertThatThrownBy(() -> db.run(em -> service(em)
                        .acceptInvitation(
                                token,
                                "une-autre-phrase-de-passe".toCharArray(),
                                "une-autre-phrase-de-passe".toCharArray(),
                                Locale.FRENCH)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class, e -> assertThat(e.getMessage()).contains("n’est pas valable"));
    }

    @Test
    void anExpiredOrRenewedLinkNoLongerWorksAndWithoutAddressNothingIsMailed() {
        UserService.Invitation first = db.tx(em ->
                service(em).invite("partenaire", "Partenaire", null, Set.of(Role.VIEWER), URL, "admin", Locale.FRENCH));
        assertThat(first.mailed()).isFalse();
        assertThat(mailer.mails()).isEmpty();

        UserService.Invitation second =
                db.tx(em -> service(em).renewInvitation(first.user().getId(), URL, "admin", Locale.FRENCH));
        assertThat((java.util.Optional<AppUser>) db.tx(em -> service(em).invitation(token(first.link()))))
                .isEmpty();
        assertThat((java.util.Optional<AppUser>) db.tx(em -> service(em).invitation(token(second.link()))))
                .isPresent();

        db.run(em -> Workspaces.nativeQuery(
                        em, "UPDATE core_app_user SET invite_expires_at = ? WHERE username = 'partenaire'")
                .setParameter(1, java.sql.Timestamp.from(Instant.now().minusSeconds(1)))
                .executeUpdate());
        assertThat((java.util.Optional<AppUser>) db.tx(em -> service(em).invitation(token(second.link()))))
                .isEmpty();
        // altered or absurd tokens are simply unknown
        assertThat((java.util.Optional<AppUser>) db.tx(em -> service(em).invitation(token(second.link()) + "x")))
                .isEmpty();
        assertThat((java.util.Optional<AppUser>) db.tx(em -> service(em).invitation("x".repeat(5000))))
                .isEmpty();
        assertThat((java.util.Optional<AppUser>) db.tx(em -> service(em).invitation(null)))
                .isEmpty();
    }

    @Test
    void anInvitationIsRefusedAtItsFieldsLikeAnyAccount() {
        db.run(em -> service(em).invite("gestion", "Camille", null, Set.of(Role.MANAGER), URL, "admin", Locale.FRENCH));
        assertThatThrownBy(() -> db.run(em ->
                        service(em).invite("gestion", " ", "pas-une-adresse", Set.of(), URL, "admin", Locale.FRENCH)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        e -> assertThat(e.getViolations())
                                .extracting(ValidationFailure.Violation::field)
                                .contains("username", "displayName", "email", "roles"));
    }
}
