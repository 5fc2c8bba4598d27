package fr.tierslieu.governance.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.tierslieu.core.domain.shared.ConcurrentEditException;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.core.testsupport.JpaTestSupport;
import fr.tierslieu.core.testsupport.TestModules;
import fr.tierslieu.governance.GovernanceModule;
import fr.tierslieu.governance.domain.BodyKind;
import fr.tierslieu.governance.domain.CharterVersion;
import fr.tierslieu.governance.domain.Majority;
import fr.tierslieu.governance.domain.MandatePosition;
import fr.tierslieu.governance.domain.TextDiff;
import fr.tierslieu.governance.domain.Vote;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The charter: concurrent edits, adoption by a vote, diff, signatures and who must sign again. */
class CharterServiceTest {

    static final Locale FR = Locale.FRENCH;
    private GovernanceDb gov;
    private JpaTestSupport db;

    @BeforeEach
    void setUp() {
        gov = new GovernanceDb(700);
        db = gov.db;
    }

    @AfterEach
    void tearDown() {
        gov.close();
    }

    long actor(String name) throws Exception {
        return gov.actor(name);
    }

    BodyService bodies(EntityManager em) {
        return new BodyService(em, TestModules.bundles(new GovernanceModule()), gov::isActor);
    }

    CharterService charters(EntityManager em) {
        return new CharterService(em, TestModules.bundles(new GovernanceModule()), gov::isActor);
    }

    SessionService sessions(EntityManager em) {
        return new SessionService(em, TestModules.bundles(new GovernanceModule()), bodies(em));
    }

    /** An AG where the member votes a resolution, adopted. */
    long adoptedResolution(long member, String title) {
        BodyDraft d = new BodyDraft();
        d.setName("AG " + title);
        d.setKind(BodyKind.GENERAL_ASSEMBLY);
        d.setQuorumFirst(BigDecimal.ZERO);
        long body = db.tx(em -> bodies(em).saveBody(d, FR).getId());
        db.run(em -> bodies(em)
                .addMandate(body, member, null, MandatePosition.MEMBER, null, LocalDate.of(2025, 1, 1), null, FR));
        long meeting = db.tx(em -> sessions(em)
                .save(body, null, null, "AG", LocalDateTime.of(2026, 4, 18, 10, 0), null, null, null, false, null, FR)
                .getId());
        long line = db.tx(em -> sessions(em).sheet(meeting).get(0).getId());
        db.run(em -> sessions(em).mark(line, true, null, FR));
        long res = db.tx(em -> sessions(em)
                .addResolution(meeting, title, null, Majority.SIMPLE, FR)
                .getId());
        db.run(em -> sessions(em).vote(res, Map.of(member, Vote.FOR), Map.of(), id -> "#" + id, FR));
        return res;
    }

    @Test
    void twoEditorsOnTheSameArticleCannotOverwriteEachOther() {
        long charter = db.tx(em -> charters(em).charter().getId());
        long article = db.tx(em ->
                charters(em).addArticle(charter, "Objet", "Texte initial", FR).getId());
        long seenByBoth = db.tx(em -> charters(em).article(article).getVersion());
        db.run(em -> charters(em).saveArticle(article, seenByBoth, "Objet", "Texte d’Anne", FR));
        assertThatThrownBy(() ->
                        db.run(em -> charters(em).saveArticle(article, seenByBoth, "Objet", "Texte de Bruno", FR)))
                .isInstanceOf(ConcurrentEditException.class);
        String stored = db.tx(em -> charters(em).article(article).getBody());
        assertThat(stored).isEqualTo("Texte d’Anne");
    }

    @Test
    void anEmptyCharterStartsFromASkeletonInTheReadersLanguageOnlyOnce() {
        long charter = db.tx(em -> charters(em).charter().getId());
        db.run(em -> charters(em).startFromSkeleton(charter, FR));
        List<fr.tierslieu.governance.domain.CharterArticle> articles =
                db.tx(em -> charters(em).articles(charter));
        assertThat(articles).hasSize(CharterService.SKELETON_ARTICLES);
        assertThat(articles.get(0).getHeading()).isEqualTo("Préambule");
        assertThat(articles).allSatisfy(a -> {
            assertThat(a.getHeading()).doesNotStartWith("???");
            assertThat(a.getBody()).doesNotStartWith("???").hasSizeGreaterThan(60);
        });
        assertThat(articles)
                .extracting(fr.tierslieu.governance.domain.CharterArticle::getHeading)
                .contains("Entrée, sortie et révision de la charte");
        // never over articles already written
        assertThatThrownBy(() -> db.run(em -> charters(em).startFromSkeleton(charter, FR)))
                .isInstanceOf(fr.tierslieu.core.domain.shared.ValidationFailure.class);
        assertThat((int) db.tx(em -> charters(em).articles(charter).size()))
                .isEqualTo(CharterService.SKELETON_ARTICLES);
    }

    @Test
    void comparingWithAVersionThatDoesNotExistIsNotFound() {
        long charter = db.tx(em -> charters(em).charter().getId());
        assertThatThrownBy(() -> db.tx(em -> charters(em).compare(987654L, null, charter)))
                .isInstanceOf(fr.tierslieu.core.domain.shared.NotFoundException.class);
    }

    @Test
    void versionsAreAdoptedByAVoteAndNewOnesAskForSignaturesAgain() throws Exception {
        long anne = actor("Anne");
        long bruno = actor("Bruno");
        long charter = db.tx(em -> charters(em).charter().getId());
        long article = db.tx(em ->
                charters(em).addArticle(charter, "Objet", "Un lieu ouvert.", FR).getId());
        assertThatThrownBy(() -> db.run(em -> charters(em).adopt(charter, null, FR)))
                .isInstanceOf(ValidationFailure.class);
        long res1 = adoptedResolution(anne, "Charte v1");
        CharterVersion v1 = db.tx(em -> charters(em).adopt(charter, res1, FR));
        assertThat(v1.getNumber()).isEqualTo(1);
        assertThat(v1.getText()).isEqualTo("Article 1 – Objet\nUn lieu ouvert.");
        db.run(em -> charters(em)
                .sign(v1.getId(), anne, "Anne", "Présidente", LocalDate.of(2026, 5, 1), "100 h de bénévolat", FR));
        assertThatThrownBy(() -> db.run(
                        em -> charters(em).sign(v1.getId(), anne, "Anne", null, LocalDate.of(2026, 5, 2), null, FR)))
                .isInstanceOf(ValidationFailure.class);
        assertThatThrownBy(() -> db.run(
                        em -> charters(em).sign(v1.getId(), bruno, "Bruno", null, LocalDate.of(2026, 1, 1), null, FR)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        f -> assertThat(f.getViolations().get(0).field()).isEqualTo("signedOn"));

        long version = db.tx(em -> charters(em).article(article).getVersion());
        db.run(em -> charters(em).saveArticle(article, version, "Objet", "Un lieu ouvert à tous.", FR));
        List<TextDiff.Line> diff = db.tx(em -> charters(em).diff(v1.getId(), null, charter));
        assertThat(diff).extracting(TextDiff.Line::kind).contains(TextDiff.Kind.REMOVED, TextDiff.Kind.ADDED);
        assertThatThrownBy(() -> db.run(em -> charters(em).adopt(charter, res1, FR)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        f -> assertThat(f.getViolations().get(0).message()).contains("déjà adopté"));

        long res2 = adoptedResolution(bruno, "Charte v2");
        CharterVersion v2 = db.tx(em -> charters(em).adopt(charter, res2, FR));
        assertThat(v2.getNumber()).isEqualTo(2);
        List<CharterService.BoardLine> board =
                db.tx(em -> charters(em).board(charter, id -> id == anne ? "Anne" : "Bruno", LocalDate.of(2026, 6, 1)));
        assertThat(board)
                .extracting(CharterService.BoardLine::name, CharterService.BoardLine::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Anne", CharterService.SignStatus.SIGN_AGAIN),
                        org.assertj.core.groups.Tuple.tuple("Bruno", CharterService.SignStatus.MISSING));
        // the partners who must sign are asked by e-mail; those without an address are skipped
        fr.tierslieu.core.application.mail.Mailer.Recorder mails =
                new fr.tierslieu.core.application.mail.Mailer.Recorder();
        int asked = db.tx(em -> {
            CharterService c = charters(em);
            c.mailer = mails;
            return c.requestSignatures(
                    charter,
                    id -> id == anne
                            ? new SessionService.Contact("Anne", "anne@example.org")
                            : new SessionService.Contact("Bruno", null),
                    "https://studio.example",
                    FR);
        });
        assertThat(asked).isEqualTo(1);
        assertThat(mails.mails()).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo("governance.mail.signature");
            assertThat(m.to()).isEqualTo("anne@example.org");
            assertThat(m.args()).contains(2, "https://studio.example/governance/charter.xhtml");
            assertThat(m.args()[3]).asString().contains("version 1");
        });
        byte[] pdf = db.tx(em -> charters(em).pdf(charter, id -> "#" + id, FR));
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        String text = fr.tierslieu.core.testsupport.PdfText.of(pdf);
        assertThat(text).contains("Un lieu ouvert à tous.");
        assertThat(fr.tierslieu.core.testsupport.PdfText.frenchProblems(text)).isEmpty();
    }

    @Test
    void anArticleIsRefusedFieldByFieldWithItsLimit() {
        long charter = db.tx(em -> charters(em).charter().getId());
        String tooLong = "x".repeat(fr.tierslieu.governance.domain.CharterArticle.BODY_MAX + 1);
        assertThatThrownBy(() -> db.run(em -> charters(em).addArticle(charter, " ", tooLong, FR)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        f -> assertThat(f.getViolations())
                                .satisfiesExactly(
                                        heading -> assertThat(heading)
                                                .isEqualTo(new ValidationFailure.Violation(
                                                        "heading", "Champ obligatoire.")),
                                        body -> assertThat(body.field() + " " + body.message())
                                                .startsWith("articleBody Texte trop long")
                                                .endsWith("caractères au maximum.")));
    }
}
