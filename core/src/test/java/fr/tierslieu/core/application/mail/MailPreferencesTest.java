package fr.tierslieu.core.application.mail;

import static org.assertj.core.api.Assertions.assertThat;

import fr.tierslieu.core.application.config.AppConfig;
import fr.tierslieu.core.application.workspace.WorkspaceContext;
import fr.tierslieu.core.domain.mail.OutgoingMail;
import fr.tierslieu.core.domain.security.AppUser;
import fr.tierslieu.core.domain.security.Role;
import fr.tierslieu.core.domain.workspace.Workspace;
import fr.tierslieu.core.domain.workspace.WorkspaceMember;
import fr.tierslieu.core.module.DigestContributor;
import fr.tierslieu.core.testsupport.JpaTestSupport;
import fr.tierslieu.core.testsupport.TestModules;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What each address receives: the signed link at the foot of every e-mail, a declined category
 * never queued, the weekly digest only for those who chose it.
 */
class MailPreferencesTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final String PUBLIC = "https://studio.atelierz.example";
    private JpaTestSupport db;

    @BeforeEach
    void setUp() {
        db = JpaTestSupport.core();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private MailPreferences preferences(EntityManager em) {
        return new MailPreferences(em, TestModules.bundles(), TestModules.registry(), KEY);
    }

    private MailOutbox outbox(EntityManager em) {
        return new MailOutbox(em, TestModules.bundles(), AppConfig.of(PUBLIC), preferences(em));
    }

    private List<OutgoingMail> queued() {
        return db.tx(em -> em.createQuery("select m from OutgoingMail m order by m.id", OutgoingMail.class)
                .getResultList());
    }

    @Test
    void theLinkNamesItsAddressAndCannotBeForged() {
        MailPreferences p = new MailPreferences(null, TestModules.bundles(), TestModules.registry(), KEY);
        String token = p.token(" Camille@Example.org ");
        assertThat(p.emailOf(token)).contains("camille@example.org");
        assertThat(p.link(PUBLIC, "camille@example.org")).isEqualTo(PUBLIC + "/public/core/mail.xhtml?t=" + token);
        // another address with the same signature, a cut link, another installation's key: refused
        String forged = java.util.Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString("dominique@example.org".getBytes(StandardCharsets.UTF_8))
                + token.substring(token.indexOf('.'));
        assertThat(p.emailOf(forged)).isEmpty();
        assertThat(p.emailOf(token.substring(0, token.length() - 3))).isEmpty();
        assertThat(p.emailOf("%%%.x")).isEmpty();
        assertThat(new MailPreferences(
                                null,
                                TestModules.bundles(),
                                TestModules.registry(),
                                "another key, 32 bytes long.....".getBytes(StandardCharsets.US_ASCII))
                        .emailOf(token))
                .isEmpty();
    }

    @Test
    void everyMailCarriesItsLinkAndADeclinedCategoryIsNotQueued() {
        boolean first = db.tx(em -> outbox(em)
                .queue(new MailOutbox.Mail(
                        "studytrip.mail.invitation",
                        "camille@example.org",
                        "Camille",
                        Locale.FRENCH,
                        "Camille",
                        "Trégor",
                        "https://x.example/p")));
        assertThat(first).isTrue();
        OutgoingMail m = queued().get(0);
        String token = preferences(null).token("camille@example.org");
        assertThat(m.getTextBody()).contains(PUBLIC + "/public/core/mail.xhtml?t=" + token);

        db.run(em -> preferences(em).save("CAMILLE@example.org", Set.of("studytrip"), false));
        boolean second = db.tx(em -> outbox(em)
                .queue(new MailOutbox.Mail(
                        "studytrip.mail.reminder",
                        "camille@example.org",
                        "Camille",
                        Locale.FRENCH,
                        "Camille",
                        "Trégor",
                        "https://x.example/p")));
        assertThat(second).isFalse();
        assertThat(queued()).hasSize(1);
        // another module's messages still leave
        assertThat(db.<Boolean>tx(em -> preferences(em).wants("camille@example.org", "governance")))
                .isTrue();
        // the digest is off unless chosen
        assertThat(db.<Boolean>tx(em -> preferences(em).wants("camille@example.org", MailPreferences.DIGEST)))
                .isFalse();
        assertThat(db.<Boolean>tx(em -> preferences(em).wants("nobody@example.org", MailPreferences.DIGEST)))
                .isFalse();
        assertThat(MailPreferences.category("core.mail.digest")).isEqualTo(MailPreferences.DIGEST);
        assertThat(MailPreferences.category("governance.mail.convocation")).isEqualTo("governance");
    }

    @Test
    void theDigestGoesToThoseWhoChoseItAndOnlyWhenThereIsSomethingToSay() {
        db.run(em -> {
            em.persist(user("anne", "anne@example.org", true));
            em.persist(user("bruno", "bruno@example.org", true));
            em.persist(user("chloe", "chloe@example.org", false));
            em.persist(user("dom", null, true));
        });
        db.run(em -> {
            preferences(em).save("anne@example.org", Set.of(), true);
            preferences(em).save("chloe@example.org", Set.of(), true); // disabled account: nothing
        });
        DigestContributor mandates =
                (locale, today) -> List.of("Mandat de KonK (Trésorerie, CA)\u202F: se termine le 30/06/2027");
        DigestContributor many = (locale, today) -> java.util.stream.IntStream.range(0, 25)
                .mapToObj(i -> "Point " + i)
                .toList();
        DigestContributor broken = (locale, today) -> {
            throw new IllegalStateException("a module failed");
        };
        int sent = db.tx(em -> new DigestService(
                        em,
                        List.of(mandates, broken, many),
                        outbox(em),
                        preferences(em),
                        TestModules.bundles(),
                        AppConfig.of(PUBLIC))
                .send(LocalDate.of(2027, 5, 3)));
        assertThat(sent).isEqualTo(1);
        OutgoingMail digest = queued().get(0);
        assertThat(digest.getRecipient()).isEqualTo("anne@example.org");
        assertThat(digest.getSubject()).contains("3 mai 2027");
        assertThat(digest.getTextBody())
                .contains("• Mandat de KonK")
                .contains("• Point 19")
                .doesNotContain("Point 20")
                .contains("et 5 autres points")
                .contains(PUBLIC);

        int none = db.tx(em -> new DigestService(
                        em, List.of(), outbox(em), preferences(em), TestModules.bundles(), AppConfig.of(PUBLIC))
                .send(LocalDate.of(2027, 5, 10)));
        assertThat(none).isZero();
    }

    @Test
    void eachWorkspaceHasItsDigestSentToItsOwnPeople() {
        db.run(em -> {
            em.persist(user("anne", "anne@example.org", true)); // a role in the first workspace
            AppUser morgane = new AppUser("morgane", "Morgane", "pending", Set.of()); // Kerlouan only
            morgane.update("Morgane", "morgane@example.org", Set.of(), true);
            em.persist(morgane);
            Workspace kerlouan = new Workspace("kerlouan", "Tiers-lieu de Kerlouan");
            em.persist(kerlouan);
            em.persist(new WorkspaceMember(kerlouan, morgane, Role.ADMIN));
        });
        db.run(em -> {
            preferences(em).save("anne@example.org", Set.of(), true);
            preferences(em).save("morgane@example.org", Set.of(), true);
        });
        // each workspace's lines are read in it (here, its number stands for its data)
        DigestContributor where = (locale, today) -> List.of("Espace n° " + WorkspaceContext.current());
        List<Workspace> all = db.tx(em -> new DigestService(
                        em, List.of(where), outbox(em), preferences(em), TestModules.bundles(), AppConfig.of(PUBLIC))
                .workspaces());
        assertThat(all).extracting(Workspace::getSlug).containsExactly("principal", "kerlouan");
        for (Workspace w : all) {
            WorkspaceContext.run(
                    w.getId(),
                    () -> db.run(em -> new DigestService(
                                    em,
                                    List.of(where),
                                    outbox(em),
                                    preferences(em),
                                    TestModules.bundles(),
                                    AppConfig.of(PUBLIC))
                            .sendIn(w, LocalDate.of(2027, 5, 3))));
        }
        List<OutgoingMail> mails = queued();
        assertThat(mails)
                .extracting(OutgoingMail::getRecipient)
                .containsExactly("anne@example.org", "morgane@example.org");
        assertThat(mails.get(0).getTextBody())
                .contains("• Espace n° 1")
                .doesNotContain("Espace n° " + all.get(1).getId());
        assertThat(mails.get(1).getTextBody())
                .as("Kerlouan's digest, with a link into Kerlouan; none of the first workspace's")
                .contains("• Espace n° " + all.get(1).getId())
                .contains(PUBLIC + "/w/kerlouan/")
                .doesNotContain("Espace n° 1\n");
    }

    private static AppUser user(String name, String email, boolean enabled) {
        AppUser u = new AppUser(name, name, "pending", Set.of(Role.BOARD));
        u.update(name, email, Set.of(Role.BOARD), enabled);
        return u;
    }
}
