package fr.tierslieu.governance.application;

import static fr.tierslieu.core.application.i18n.Validation.REQUIRED;
import static fr.tierslieu.core.application.i18n.Validation.TOO_LONG;

import fr.tierslieu.core.application.export.PdfDocument;
import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.application.security.RequiresRole;
import fr.tierslieu.core.domain.security.Role;
import fr.tierslieu.core.domain.shared.ConcurrentEditException;
import fr.tierslieu.core.domain.shared.NotFoundException;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.governance.domain.Charter;
import fr.tierslieu.governance.domain.CharterArticle;
import fr.tierslieu.governance.domain.CharterVersion;
import fr.tierslieu.governance.domain.Resolution;
import fr.tierslieu.governance.domain.Signature;
import fr.tierslieu.governance.domain.TextDiff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;

/**
 * The common charter: articles of the working draft (each protected by its own version), versions
 * adopted by a voted resolution, a readable diff between versions, the partners' signatures with
 * their commitments, who still has to sign (or sign again), and the charter as a PDF.
 */
@ApplicationScoped
@Transactional
@RequiresRole
public class CharterService {

    @PersistenceContext(unitName = "governance")
    EntityManager em;

    @Inject
    MessageBundles messages;

    LongPredicate actorExists = id -> true;

    @Inject
    fr.tierslieu.core.application.mail.Mailer mailer = new fr.tierslieu.core.application.mail.Mailer.Recorder();

    @Inject
    fr.tierslieu.core.application.i18n.Validation validation;

    public CharterService() {}

    /** An article of the working draft, as the page names its fields. */
    static final class ArticleForm {
        @jakarta.validation.constraints.NotBlank(message = REQUIRED)
        @jakarta.validation.constraints.Size(max = CharterArticle.HEADING_MAX, message = TOO_LONG)
        private final String heading;

        @jakarta.validation.constraints.NotBlank(message = REQUIRED)
        @jakarta.validation.constraints.Size(max = CharterArticle.BODY_MAX, message = TOO_LONG)
        private final String articleBody;

        ArticleForm(String heading, String articleBody) {
            this.heading = heading;
            this.articleBody = articleBody;
        }
    }

    /** A signature of a version in force, as the page names its fields. */
    static final class SignatureForm {
        @jakarta.validation.constraints.NotBlank(message = REQUIRED)
        @jakarta.validation.constraints.Size(max = Signature.NAME_MAX, message = TOO_LONG)
        private final String signatory;

        @jakarta.validation.constraints.Size(max = Signature.NAME_MAX, message = TOO_LONG)
        private final String capacity;

        @jakarta.validation.constraints.NotNull(message = REQUIRED)
        private final LocalDate signedOn;

        @jakarta.validation.constraints.Size(max = Signature.COMMITMENTS_MAX, message = TOO_LONG)
        private final String commitments;

        SignatureForm(String signatory, String capacity, LocalDate signedOn, String commitments) {
            this.signatory = signatory;
            this.capacity = capacity;
            this.signedOn = signedOn;
            this.commitments = commitments;
        }
    }

    public CharterService(EntityManager em, MessageBundles messages, LongPredicate actorExists) {
        this.em = em;
        this.messages = messages;
        this.validation = fr.tierslieu.core.application.i18n.Validation.standalone(messages);
        this.actorExists = actorExists;
    }

    @Inject
    void actors(BodyService bodies) {
        this.actorExists = bodies::isActor;
    }

    /** The charter, created (empty) the first time. */
    public Charter charter() {
        List<Charter> all = em.createQuery("select c from Charter c order by c.id", Charter.class)
                .getResultList();
        if (!all.isEmpty()) {
            return all.get(0);
        }
        Charter c = new Charter("Charte commune");
        em.persist(c);
        em.flush();
        return c;
    }

    public List<CharterArticle> articles(long charterId) {
        return em.createQuery(
                        "select a from CharterArticle a where a.charter.id = :c order by a.position, a.id",
                        CharterArticle.class)
                .setParameter("c", charterId)
                .getResultList();
    }

    @RequiresRole({Role.BOARD})
    public CharterArticle addArticle(long charterId, String heading, String body, Locale locale) {
        Charter charter = em.find(Charter.class, charterId);
        if (charter == null) {
            throw new NotFoundException("Charter", charterId);
        }
        check(heading, body, locale);
        CharterArticle a = new CharterArticle(charter, articles(charterId).size() + 1, heading.strip(), body.strip());
        em.persist(a);
        em.flush();
        return a;
    }

    /** Articles of the skeleton a charter can start from ({@link #startFromSkeleton}). */
    public static final int SKELETON_ARTICLES = 9;

    /**
     * Starts an empty charter from a skeleton of {@link #SKELETON_ARTICLES} articles, in the
     * reader's language, each saying what to write in it: preamble, purpose and values, what is
     * shared, the partners' commitments, governance and decisions, contributions, use of the
     * spaces, communication, joining, leaving and revising. Refused once the charter has articles.
     */
    @RequiresRole({Role.BOARD})
    public List<CharterArticle> startFromSkeleton(long charterId, Locale locale) {
        Charter charter = em.find(Charter.class, charterId);
        if (charter == null) {
            throw new NotFoundException("Charter", charterId);
        }
        if (!articles(charterId).isEmpty()) {
            throw ValidationFailure.of(null, messages.get(locale, "governance.charter.skeleton.notEmpty"));
        }
        List<CharterArticle> added = new java.util.ArrayList<>();
        for (int n = 1; n <= SKELETON_ARTICLES; n++) {
            CharterArticle a = new CharterArticle(
                    charter,
                    n,
                    messages.get(locale, "governance.charter.skeleton." + n + ".heading"),
                    messages.get(locale, "governance.charter.skeleton." + n + ".body"));
            em.persist(a);
            added.add(a);
        }
        em.flush();
        return added;
    }

    /**
     * Saves an article edited from the version the user started from; if someone saved it in
     * between, nothing is written and {@link ConcurrentEditException} tells the page to keep the
     * user's text and show the other one.
     */
    @RequiresRole({Role.BOARD})
    public CharterArticle saveArticle(
            long articleId, long expectedVersion, String heading, String body, Locale locale) {
        CharterArticle a = article(articleId);
        if (a.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("CharterArticle", articleId);
        }
        check(heading, body, locale);
        a.rewrite(heading.strip(), body.strip());
        em.flush();
        return a;
    }

    public CharterArticle article(long id) {
        CharterArticle a = em.find(CharterArticle.class, id);
        if (a == null) {
            throw new NotFoundException("CharterArticle", id);
        }
        return a;
    }

    @RequiresRole({Role.BOARD})
    public void removeArticle(long id) {
        CharterArticle a = em.find(CharterArticle.class, id);
        if (a != null) {
            em.remove(a);
        }
    }

    private void check(String heading, String body, Locale locale) {
        List<ValidationFailure.Violation> problems =
                validation.violationsOf(new ArticleForm(heading, body), locale, "");
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
    }

    /** The working draft as text: "Article n – heading", its body, a blank line. */
    public String draftText(long charterId) {
        StringBuilder sb = new StringBuilder();
        int n = 1;
        for (CharterArticle a : articles(charterId)) {
            sb.append("Article ")
                    .append(n++)
                    .append(" – ")
                    .append(a.getHeading())
                    .append('\n')
                    .append(a.getBody())
                    .append("\n\n");
        }
        return sb.toString().strip();
    }

    public List<CharterVersion> versions(long charterId) {
        return em.createQuery(
                        "select v from CharterVersion v where v.charter.id = :c order by v.number",
                        CharterVersion.class)
                .setParameter("c", charterId)
                .getResultList();
    }

    public CharterVersion current(long charterId) {
        List<CharterVersion> all = versions(charterId);
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }

    /** Adopts the working draft as a new version, by a resolution that was voted and adopted. */
    @RequiresRole({Role.BOARD})
    public CharterVersion adopt(long charterId, Long resolutionId, Locale locale) {
        Charter charter = charter();
        Resolution r = resolutionId == null ? null : em.find(Resolution.class, resolutionId);
        if (r == null || !r.isVoted() || !r.isAdopted()) {
            throw ValidationFailure.of("resolution", messages.get(locale, "governance.charter.error.resolution"));
        }
        if (!em.createQuery("select v.id from CharterVersion v where v.resolution = :r", Long.class)
                .setParameter("r", r)
                .getResultList()
                .isEmpty()) {
            throw ValidationFailure.of("resolution", messages.get(locale, "governance.charter.error.resolutionUsed"));
        }
        String text = draftText(charterId);
        if (text.isEmpty()) {
            throw ValidationFailure.of("resolution", messages.get(locale, "governance.charter.error.empty"));
        }
        CharterVersion current = current(charterId);
        if (current != null && current.getText().equals(text)) {
            throw ValidationFailure.of("resolution", messages.get(locale, "governance.charter.error.unchanged"));
        }
        CharterVersion v = new CharterVersion(
                charter,
                current == null ? 1 : current.getNumber() + 1,
                r.getMeeting().getStartsAt().toLocalDate(),
                r,
                text);
        em.persist(v);
        em.flush();
        return v;
    }

    /** From a version to another (or to the draft when {@code toId} is null), line by line. */
    public List<TextDiff.Line> diff(long fromId, Long toId, long charterId) {
        CharterVersion from = em.find(CharterVersion.class, fromId);
        String to = toId == null
                ? draftText(charterId)
                : em.find(CharterVersion.class, toId).getText();
        return TextDiff.diff(from == null ? "" : from.getText(), to);
    }

    /** From a version to another (or to the draft), article by article and word by word, as the page shows it. */
    public List<TextDiff.Article> compare(long fromId, Long toId, long charterId) {
        return TextDiff.articles(
                version(fromId).getText(),
                toId == null ? draftText(charterId) : version(toId).getText());
    }

    private CharterVersion version(long id) {
        CharterVersion v = em.find(CharterVersion.class, id);
        if (v == null) {
            throw new NotFoundException("CharterVersion", id);
        }
        return v;
    }

    public List<Signature> signatures(long versionId) {
        return em.createQuery(
                        "select s from Signature s where s.charterVersion.id = :v order by s.signedOn, s.id",
                        Signature.class)
                .setParameter("v", versionId)
                .getResultList();
    }

    @RequiresRole({Role.BOARD})
    public Signature sign(
            long versionId,
            Long actorId,
            String signatory,
            String capacity,
            LocalDate signedOn,
            String commitments,
            Locale locale) {
        CharterVersion v = em.find(CharterVersion.class, versionId);
        if (v == null) {
            throw new NotFoundException("CharterVersion", versionId);
        }
        List<ValidationFailure.Violation> problems = new ArrayList<>();
        if (actorId == null || !actorExists.test(actorId)) {
            problems.add(new ValidationFailure.Violation(
                    "signActor", messages.get(locale, "governance.mandate.error.actor")));
        } else if (!em.createQuery(
                        "select s.id from Signature s where s.charterVersion = :v and s.actorId = :a", Long.class)
                .setParameter("v", v)
                .setParameter("a", actorId)
                .getResultList()
                .isEmpty()) {
            problems.add(new ValidationFailure.Violation(
                    "signActor", messages.format(locale, "governance.charter.error.signedTwice", v.getNumber())));
        }
        problems.addAll(
                validation.violationsOf(new SignatureForm(signatory, capacity, signedOn, commitments), locale, ""));
        if (signedOn != null && signedOn.isBefore(v.getAdoptedOn())) {
            problems.add(new ValidationFailure.Violation(
                    "signedOn", messages.get(locale, "governance.charter.error.signedBefore")));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        Signature s = new Signature(
                v,
                actorId,
                signatory.strip(),
                capacity == null || capacity.isBlank() ? null : capacity.strip(),
                signedOn,
                commitments == null || commitments.isBlank() ? null : commitments.strip());
        em.persist(s);
        em.flush();
        return s;
    }

    /** Where a partner stands with the current version. */
    public enum SignStatus {
        SIGNED,
        SIGN_AGAIN,
        MISSING
    }

    public record BoardLine(long actorId, String name, SignStatus status, Integer lastVersion, String commitments) {}

    /**
     * Every partner concerned — anyone who signed a version or holds a running mandate in a body —
     * with its status for the current version.
     */
    public List<BoardLine> board(long charterId, LongFunction<String> names, LocalDate today) {
        CharterVersion current = current(charterId);
        Set<Long> actors = new LinkedHashSet<>();
        List<Signature> all = em.createQuery(
                        "select s from Signature s join fetch s.charterVersion v where v.charter.id = :c "
                                + "order by v.number",
                        Signature.class)
                .setParameter("c", charterId)
                .getResultList();
        all.forEach(s -> actors.add(s.getActorId()));
        em.createQuery(
                        "select m.actorId from Mandate m where m.startDate <= :t and (m.endDate is null or m.endDate >= :t)",
                        Long.class)
                .setParameter("t", today)
                .getResultList()
                .forEach(actors::add);
        List<BoardLine> lines = new ArrayList<>();
        for (long actor : actors) {
            Signature last = null;
            for (Signature s : all) {
                if (s.getActorId() == actor) {
                    last = s;
                }
            }
            SignStatus status = last == null
                    ? SignStatus.MISSING
                    : current != null && last.getCharterVersion().getNumber() == current.getNumber()
                            ? SignStatus.SIGNED
                            : SignStatus.SIGN_AGAIN;
            lines.add(new BoardLine(
                    actor,
                    names.apply(actor),
                    status,
                    last == null ? null : last.getCharterVersion().getNumber(),
                    last == null ? null : last.getCommitments()));
        }
        lines.sort(java.util.Comparator.comparing(BoardLine::status).thenComparing(BoardLine::name));
        return lines;
    }

    /**
     * Asks by e-mail every partner who must sign the version in force — never signed, or signed an
     * earlier version — and has an address, in the same transaction. @return how many were queued
     */
    @RequiresRole({Role.BOARD})
    public int requestSignatures(
            long charterId, LongFunction<SessionService.Contact> contacts, String publicUrl, Locale locale) {
        CharterVersion current = current(charterId);
        if (current == null) {
            throw ValidationFailure.of(null, messages.get(locale, "governance.charter.error.nothingAdopted"));
        }
        java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofLocalizedDate(
                        java.time.format.FormatStyle.LONG)
                .withLocale(locale);
        int queued = 0;
        for (BoardLine line : board(charterId, id -> "", LocalDate.now())) {
            if (line.status() == SignStatus.SIGNED) {
                continue;
            }
            SessionService.Contact c = contacts.apply(line.actorId());
            if (c == null) {
                continue;
            }
            String why = line.status() == SignStatus.MISSING
                    ? messages.get(locale, "governance.mail.signature.first")
                    : messages.format(locale, "governance.mail.signature.again", line.lastVersion());
            if (mailer.queue(new fr.tierslieu.core.application.mail.MailOutbox.Mail(
                    "governance.mail.signature",
                    c.email(),
                    c.name(),
                    locale,
                    c.name(),
                    current.getNumber(),
                    current.getAdoptedOn().format(f),
                    why,
                    publicUrl + "/governance/charter.xhtml"))) {
                queued++;
            }
        }
        return queued;
    }

    /** The current version of the charter with its signatories, as a PDF (the draft when nothing is adopted yet). */
    public byte[] pdf(long charterId, LongFunction<String> names, Locale locale) {
        Charter charter = charter();
        CharterVersion current = current(charterId);
        DateTimeFormatter f =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
        PdfDocument pdf = new PdfDocument(false, charter.getTitle()).title(charter.getTitle());
        if (current == null) {
            pdf.subtitle(messages.get(locale, "governance.charter.draft"));
            for (String line : draftText(charterId).split("\n")) {
                pdf.paragraph(line);
            }
            return pdf.toBytes();
        }
        pdf.subtitle(messages.format(
                locale,
                "governance.charter.versionAdopted",
                current.getNumber(),
                current.getAdoptedOn().format(f)));
        for (String line : current.getText().split("\n")) {
            pdf.paragraph(line);
        }
        pdf.heading(messages.get(locale, "governance.charter.signatories"));
        List<List<String>> rows = new ArrayList<>();
        for (Signature s : signatures(current.getId())) {
            rows.add(List.of(
                    names.apply(s.getActorId()),
                    s.getSignatory() + (s.getCapacity() == null ? "" : ", " + s.getCapacity()),
                    s.getSignedOn().format(f),
                    s.getCommitments() == null ? "" : s.getCommitments()));
        }
        pdf.table(
                List.of(
                        messages.get(locale, "governance.charter.partner"),
                        messages.get(locale, "governance.charter.signatory"),
                        messages.get(locale, "governance.charter.signedOn"),
                        messages.get(locale, "governance.charter.commitments")),
                rows,
                new float[] {3, 3, 1.5f, 4},
                null);
        return pdf.toBytes();
    }
}
