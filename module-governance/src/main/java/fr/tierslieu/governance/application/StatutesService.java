package fr.tierslieu.governance.application;

import fr.tierslieu.core.application.export.PdfDocument;
import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.application.i18n.Numbers;
import fr.tierslieu.core.application.i18n.Validation;
import fr.tierslieu.core.application.security.RequiresRole;
import fr.tierslieu.core.application.workspace.Workspaces;
import fr.tierslieu.core.domain.security.Role;
import fr.tierslieu.core.domain.shared.ConcurrentEditException;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.governance.domain.Body;
import fr.tierslieu.governance.domain.BodyKind;
import fr.tierslieu.governance.domain.CharterVersion;
import fr.tierslieu.governance.domain.ClauseLibrary;
import fr.tierslieu.governance.domain.DecisionKind;
import fr.tierslieu.governance.domain.GovernanceProfile;
import fr.tierslieu.governance.domain.LegalForm;
import fr.tierslieu.governance.domain.Majority;
import fr.tierslieu.governance.domain.MajorityBase;
import fr.tierslieu.governance.domain.MemberCategory;
import fr.tierslieu.governance.domain.StatutesAnswers;
import fr.tierslieu.governance.domain.VotingCollege;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Draft statutes and règlement intérieur (issue 17, item 5): written article by article from the
 * module's clause library ({@code statutes/clauses.json}, each clause with its legal reference and
 * variants), with the team's answers, the register's categories, the colleges, the bodies' rules
 * and the adopted charter filled in; an article whose answer is missing is flagged, not guessed.
 * Delivered as an editable Word document (DOCX, Apache POI) and as a PDF. The text is French
 * whatever the reader's language: statutes are filed in French.
 */
@ApplicationScoped
@Transactional
@RequiresRole
public class StatutesService {

    /** The documents the library writes. */
    public static final List<String> DOCUMENTS = List.of("statuts", "reglement");

    private static final Locale FR = Locale.FRENCH;
    private static volatile ClauseLibrary library;

    @PersistenceContext(unitName = "governance")
    EntityManager em;

    @Inject
    MessageBundles messages;

    @Inject
    Validation validation;

    @Inject
    RegisterService register;

    Clock clock = Clock.systemDefaultZone();

    public StatutesService() {}

    public StatutesService(EntityManager em, MessageBundles messages, Validation validation, RegisterService register) {
        this.em = em;
        this.messages = messages;
        this.validation = validation;
        this.register = register;
    }

    /** The library of clauses, read once from the module. */
    public static ClauseLibrary library() {
        ClauseLibrary l = library;
        if (l == null) {
            try (InputStream in = StatutesService.class.getResourceAsStream(
                            "/fr/tierslieu/governance/statutes/clauses.json");
                    JsonReader reader = Json.createReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))) {
                l = parse(reader.readObject());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            library = l;
        }
        return l;
    }

    private static ClauseLibrary parse(JsonObject root) {
        Map<String, String> fields = new LinkedHashMap<>();
        root.getJsonObject("fields").forEach((k, v) -> fields.put(k, ((jakarta.json.JsonString) v).getString()));
        List<ClauseLibrary.ClauseDocument> documents = new ArrayList<>();
        for (JsonValue dv : root.getJsonArray("documents")) {
            JsonObject d = dv.asJsonObject();
            Set<LegalForm> forms = EnumSet.noneOf(LegalForm.class);
            d.getJsonArray("forms")
                    .getValuesAs(jakarta.json.JsonString.class)
                    .forEach(s -> forms.add(LegalForm.valueOf(s.getString())));
            List<ClauseLibrary.Clause> clauses = new ArrayList<>();
            for (JsonValue av : d.getJsonArray("articles")) {
                JsonObject a = av.asJsonObject();
                Map<String, Map<String, String>> variants = new LinkedHashMap<>();
                if (a.containsKey("variants")) {
                    a.getJsonObject("variants").forEach((field, options) -> {
                        Map<String, String> o = new LinkedHashMap<>();
                        options.asJsonObject().forEach((k, v) -> o.put(k, ((jakarta.json.JsonString) v).getString()));
                        variants.put(field, o);
                    });
                }
                clauses.add(new ClauseLibrary.Clause(
                        a.getString("title"),
                        a.getString("reference"),
                        a.getString("text"),
                        a.containsKey("when") ? a.getString("when") : null,
                        a.containsKey("otherwise") ? a.getString("otherwise") : null,
                        variants));
            }
            documents.add(new ClauseLibrary.ClauseDocument(d.getString("id"), forms, d.getString("title"), clauses));
        }
        return new ClauseLibrary(fields, documents);
    }

    /** The answers kept (a first visit gets the legal form of the governance profile). */
    public StatutesAnswers answers() {
        long workspace = Workspaces.of(em);
        StatutesAnswers a = em.find(StatutesAnswers.class, workspace);
        if (a == null) {
            a = new StatutesAnswers(workspace);
            LegalForm form = profile().getLegalForm().isScic() ? LegalForm.SCIC_SAS : LegalForm.ASSOCIATION;
            a.answer(form, null, null, null, null, null, null, null, null, null);
            em.persist(a);
            em.flush();
        }
        return a;
    }

    /** Keeps the answers; each refusal names its field; a stale copy is refused. */
    @RequiresRole({Role.BOARD})
    public StatutesAnswers save(StatutesForm form, Locale locale) {
        List<ValidationFailure.Violation> problems = new ArrayList<>(validation.violationsOf(form, locale, ""));
        if (form.getLegalForm() != null && !library().forms().contains(form.getLegalForm())) {
            problems.add(new ValidationFailure.Violation(
                    "legalForm", messages.get(locale, "governance.statutes.error.form")));
        }
        if (form.getBoardMin() != null && form.getBoardMax() != null && form.getBoardMin() > form.getBoardMax()) {
            problems.add(new ValidationFailure.Violation(
                    "boardMax", messages.get(locale, "governance.statutes.error.boardSize")));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        StatutesAnswers a = answers();
        if (form.getVersion() == null || form.getVersion() != a.getVersion()) {
            throw new ConcurrentEditException("StatutesAnswers", a.getId());
        }
        a.answer(
                form.getLegalForm(),
                blank(form.getName()),
                blank(form.getPurpose()),
                blank(form.getSeat()),
                form.getDurationYears(),
                form.getShareValue(),
                form.getBoardMin(),
                form.getBoardMax(),
                form.getRenewal(),
                form.getDuesAmount());
        em.flush();
        return a;
    }

    /** The draft of {@code document} ("statuts" or "reglement") for the legal form answered. */
    public ClauseLibrary.Draft draft(String document) {
        StatutesAnswers a = answers();
        ClauseLibrary.ClauseDocument d = library()
                .document(document, a.getLegalForm())
                .orElseThrow(() -> new fr.tierslieu.core.domain.shared.NotFoundException("StatutesDocument", 0L));
        return library().write(d, a.getLegalForm(), facts(a));
    }

    /**
     * What the clauses are filled with: the answers, the register's categories in force today, the
     * colleges, the general assembly's and the board's rules, the charter last adopted.
     */
    Map<String, String> facts(StatutesAnswers a) {
        Map<String, String> f = new HashMap<>();
        LocalDate today = LocalDate.now(clock);
        boolean scic = a.getLegalForm().isScic();
        f.put("name", a.getName());
        f.put("purpose", a.getPurpose() == null ? null : a.getPurpose().strip().replaceAll("[.]$", "") + ".");
        f.put("seat", a.getSeat());
        if (a.getDurationYears() != null) {
            f.put("duration", "de " + years(a.getDurationYears()) + (scic ? " à compter de son immatriculation" : ""));
        } else if (!scic) {
            f.put("duration", "illimitée");
        }
        if (a.getShareValue() != null) {
            f.put("shareValue", Numbers.money(FR, a.getShareValue().doubleValue(), 2));
        }
        if (a.getBoardMin() != null && a.getBoardMax() != null) {
            f.put(
                    "boardSize",
                    a.getBoardMin().equals(a.getBoardMax())
                            ? String.valueOf(a.getBoardMin())
                            : a.getBoardMin() + " à " + a.getBoardMax());
        }
        if (a.getRenewal() != null) {
            f.put("renewal", a.getRenewal().name());
        }
        if (a.getDuesAmount() != null) {
            f.put("dues", Numbers.money(FR, a.getDuesAmount().doubleValue(), 2));
        }
        f.put("year", String.valueOf(today.getYear()));

        Set<MemberCategory> categories = new TreeSet<>();
        register.standing(today, false).forEach(s -> categories.add(s.member().getCategory()));
        if (!categories.isEmpty()) {
            String list = categories.stream().map(StatutesService::category).collect(Collectors.joining(", "));
            f.put("categories", list);
            boolean workers =
                    categories.contains(MemberCategory.EMPLOYEE) || categories.contains(MemberCategory.PRODUCER);
            if (categories.size() >= 3 && workers && categories.contains(MemberCategory.BENEFICIARY)) {
                f.put("scicCategories", list);
            }
        }
        List<VotingCollege> colleges = profile().getColleges();
        if (!colleges.isEmpty()) {
            f.put("hasColleges", "true");
            f.put(
                    "colleges",
                    colleges.stream()
                            .map(c -> "«\u202F" + c.getName() + "\u202F» (" + percent(c.getWeight()) + ")")
                            .collect(Collectors.joining(", ")));
        }
        List<Body> bodies =
                em.createQuery("select b from Body b order by b.id", Body.class).getResultList();
        bodies.stream().filter(b -> b.getKind() == BodyKind.BOARD).findFirst().ifPresent(board -> {
            f.put("boardName", lowerFirst(board.getName()));
            if (board.getMandateYears() != null) {
                f.put("mandateYears", years(board.getMandateYears()));
            }
        });
        bodies.stream()
                .filter(b -> b.getKind() == BodyKind.GENERAL_ASSEMBLY)
                .findFirst()
                .ifPresent(ag -> {
                    if (ag.getNoticeDays() > 0) {
                        f.put("noticeDays", ag.getNoticeDays() + (ag.getNoticeDays() == 1 ? " jour" : " jours"));
                    }
                    f.put("quorumFirst", quorum(ag.getQuorumFirst()));
                    f.put("quorumSecond", quorum(ag.getQuorumSecond()));
                    f.put("majority", majority(ag.getMajority()));
                    f.put("majorityBase", base(ag.baseFor(DecisionKind.ORDINARY)));
                    f.put("statutesMajority", base(ag.baseFor(DecisionKind.STATUTES)));
                    f.put("dissolutionMajority", base(ag.baseFor(DecisionKind.DISSOLUTION)));
                    f.put("exclusionMajority", base(ag.baseFor(DecisionKind.EXCLUSION)));
                    f.put(
                            "proxies",
                            switch (ag.getMaxProxies()) {
                                case 0 -> "Le vote par procuration n’est pas admis.";
                                case 1 ->
                                    "Un membre absent peut se faire représenter par un autre membre, qui ne détient pas plus d’un pouvoir.";
                                default ->
                                    "Un membre absent peut se faire représenter par un autre membre, qui ne détient pas plus de "
                                            + ag.getMaxProxies() + " pouvoirs.";
                            });
                    f.put(
                            "correspondence",
                            ag.isCorrespondenceAllowed()
                                    ? "Le vote par correspondance ou en ligne est admis\u202F; les membres qui votent ainsi"
                                            + " sont comptés pour le quorum."
                                    : "Le vote par correspondance n’est pas admis.");
                    f.put(
                            "duesRule",
                            ag.isDuesRequired()
                                    ? "Seuls les membres à jour de leur cotisation à la date de l’assemblée y ont voix délibérative."
                                    : "Le droit de vote à l’assemblée n’est pas subordonné au paiement de la cotisation de l’année.");
                });
        List<CharterVersion> adopted = em.createQuery(
                        "select v from CharterVersion v order by v.adoptedOn desc, v.number desc", CharterVersion.class)
                .setMaxResults(1)
                .getResultList();
        if (!adopted.isEmpty()) {
            CharterVersion v = adopted.get(0);
            f.put(
                    "charter",
                    "la charte commune (version " + v.getNumber() + ", adoptée le "
                            + v.getAdoptedOn()
                                    .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                            .withLocale(FR))
                            + ")");
        }
        f.values().removeIf(java.util.Objects::isNull);
        return f;
    }

    /** The draft as an editable Word document: numbered articles, references, flagged answers highlighted. */
    public byte[] docx(String document) {
        ClauseLibrary.Draft draft = draft(document);
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getProperties().getCoreProperties().setTitle(draft.title());
            doc.getProperties().getCoreProperties().setCreator("Tiers-Lieu Studio");
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun t = title.createRun();
            t.setBold(true);
            t.setFontSize(18);
            t.setText(draft.title());
            XWPFRun note = doc.createParagraph().createRun();
            note.setItalic(true);
            note.setFontSize(9);
            note.setText(notice(draft));
            for (ClauseLibrary.DraftArticle a : draft.articles()) {
                XWPFParagraph h = doc.createParagraph();
                h.setSpacingBefore(240);
                XWPFRun hr = h.createRun();
                hr.setBold(true);
                hr.setFontSize(12);
                hr.setText("Article " + a.number() + " – " + a.title());
                XWPFParagraph p = doc.createParagraph();
                p.setAlignment(ParagraphAlignment.BOTH);
                for (ClauseLibrary.Segment s : a.segments()) {
                    XWPFRun r = p.createRun();
                    r.setText(s.text());
                    if (s.missing()) {
                        r.setBold(true);
                        r.setTextHighlightColor("yellow");
                    }
                }
                XWPFRun ref = doc.createParagraph().createRun();
                ref.setItalic(true);
                ref.setFontSize(8);
                ref.setText("Référence\u202F: " + a.reference());
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The draft as a PDF, articles still to complete shown as warnings. */
    public byte[] pdf(String document) {
        ClauseLibrary.Draft draft = draft(document);
        PdfDocument pdf = new PdfDocument(false, draft.title());
        pdf.title(draft.title()).subtitle(notice(draft));
        for (ClauseLibrary.DraftArticle a : draft.articles()) {
            pdf.heading("Article " + a.number() + " – " + a.title());
            if (a.complete()) {
                pdf.paragraph(a.text());
            } else {
                pdf.warning(a.text());
            }
            pdf.subtitle("Référence\u202F: " + a.reference());
        }
        return pdf.toBytes();
    }

    private String notice(ClauseLibrary.Draft draft) {
        int open = draft.incomplete().size();
        return "Projet établi le "
                + LocalDate.now(clock)
                        .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                .withLocale(FR))
                + " par Tiers-Lieu Studio à partir de sa bibliothèque de clauses, à faire relire par un juriste avant adoption. "
                + (open == 0
                        ? "Tous les articles sont renseignés."
                        : open
                                + (open == 1
                                        ? " article reste à compléter (passages surlignés)."
                                        : " articles restent à compléter (passages surlignés)."));
    }

    private GovernanceProfile profile() {
        List<GovernanceProfile> all = em.createQuery(
                        "select p from GovernanceProfile p order by p.id", GovernanceProfile.class)
                .getResultList();
        return all.isEmpty() ? new GovernanceProfile() : all.get(0);
    }

    private static String category(MemberCategory c) {
        return switch (c) {
            case ACTIVE -> "membres actifs";
            case BENEFACTOR -> "membres bienfaiteurs";
            case HONORARY -> "membres d’honneur, sans droit de vote";
            case LEGAL_PERSON -> "personnes morales, représentées par la personne physique qu’elles désignent";
            case EMPLOYEE -> "salariés de la société";
            case PRODUCER -> "producteurs de biens ou de services de la société";
            case BENEFICIARY -> "bénéficiaires à titre habituel, gratuit ou onéreux, des activités de la société";
            case VOLUNTEER -> "bénévoles";
            case PUBLIC_BODY -> "collectivités publiques et leurs groupements";
            case SUPPORTER ->
                "personnes physiques ou morales qui contribuent par tout autre moyen à l’activité de la société";
        };
    }

    private static String majority(Majority m) {
        return switch (m) {
            case SIMPLE -> "à la majorité simple";
            case ABSOLUTE -> "à la majorité absolue";
            case TWO_THIRDS -> "à la majorité des deux tiers";
            case UNANIMITY -> "à l’unanimité";
            case CONSENT -> "par consentement, sauf objection motivée";
        };
    }

    private static String base(MajorityBase b) {
        if (b == null) {
            return null;
        }
        return switch (b) {
            case VOTES_CAST ->
                "les suffrages exprimés, les abstentions et les votes blancs ou nuls n’étant pas comptés";
            case PRESENT_REPRESENTED -> "les voix des membres présents ou représentés";
            case ALL_MEMBERS -> "l’ensemble des membres";
        };
    }

    private static String quorum(BigDecimal percent) {
        if (percent == null || percent.signum() == 0) {
            return "quel que soit le nombre de membres présents ou représentés";
        }
        return "si " + percent(percent) + " au moins des membres sont présents ou représentés";
    }

    /** « 25 % », « 33,33 % »: decimals only when the figure has some. */
    private static String percent(BigDecimal value) {
        return Numbers.percent(
                FR, value.doubleValue() / 100, value.stripTrailingZeros().scale() > 0 ? 2 : 0);
    }

    private static String years(int n) {
        return n == 1 ? "un an" : n + " ans";
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
