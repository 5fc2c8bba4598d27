package fr.tierslieu.governance.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.tierslieu.core.domain.shared.ConcurrentEditException;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.core.testsupport.JpaTestSupport;
import fr.tierslieu.core.testsupport.PdfText;
import fr.tierslieu.core.testsupport.TestModules;
import fr.tierslieu.governance.GovernanceModule;
import fr.tierslieu.governance.domain.BodyKind;
import fr.tierslieu.governance.domain.Charter;
import fr.tierslieu.governance.domain.CharterVersion;
import fr.tierslieu.governance.domain.ClauseLibrary;
import fr.tierslieu.governance.domain.LegalForm;
import fr.tierslieu.governance.domain.Majority;
import fr.tierslieu.governance.domain.MajorityBase;
import fr.tierslieu.governance.domain.MemberCategory;
import fr.tierslieu.governance.domain.Renewal;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Draft statutes and internal rules: every article filled from the answers and the records, or flagged. */
class StatutesServiceTest {

    static final Locale FR = Locale.FRENCH;
    private GovernanceDb gov;
    private JpaTestSupport db;

    @BeforeEach
    void setUp() {
        gov = new GovernanceDb(500);
        db = gov.db;
    }

    @AfterEach
    void tearDown() {
        gov.close();
    }

    BodyService bodies(EntityManager em) {
        return new BodyService(em, TestModules.bundles(new GovernanceModule()), gov::isActor);
    }

    StatutesService statutes(EntityManager em) {
        StatutesService s = new StatutesService(
                em,
                TestModules.bundles(new GovernanceModule()),
                TestModules.validation(),
                new RegisterService(em, TestModules.bundles(new GovernanceModule()), bodies(em)));
        s.clock = java.time.Clock.fixed(
                LocalDate.of(2027, 1, 15)
                        .atStartOfDay(java.time.ZoneId.of("Europe/Paris"))
                        .toInstant(),
                java.time.ZoneId.of("Europe/Paris"));
        return s;
    }

    void member(String name, MemberCategory category) throws Exception {
        long actor = gov.actor(name);
        db.run(em -> new RegisterService(em, TestModules.bundles(new GovernanceModule()), bodies(em))
                .add(
                        new RegisterService.Draft(
                                actor, category, null, LocalDate.of(2025, 1, 1), true, null, 0, null, null),
                        FR));
    }

    /** A general assembly and a board with every rule the clauses read. */
    void bodiesWithRules() {
        BodyDraft ag = new BodyDraft();
        ag.setName("Assemblée générale");
        ag.setKind(BodyKind.GENERAL_ASSEMBLY);
        ag.setQuorumFirst(new BigDecimal("25"));
        ag.setMajority(Majority.SIMPLE);
        ag.setMajorityBase(MajorityBase.VOTES_CAST);
        ag.setStatutesBase(MajorityBase.PRESENT_REPRESENTED);
        ag.setMaxProxies(2);
        ag.setNoticeDays(15);
        ag.setDuesRequired(true);
        ag.setCorrespondenceAllowed(true);
        db.run(em -> bodies(em).saveBody(ag, FR));
        BodyDraft ca = new BodyDraft();
        ca.setName("Conseil d’administration");
        ca.setKind(BodyKind.BOARD);
        ca.setQuorumFirst(new BigDecimal("50"));
        ca.setMajority(Majority.SIMPLE);
        ca.setMaxProxies(1);
        ca.setNoticeDays(8);
        ca.setMandateYears(3);
        db.run(em -> bodies(em).saveBody(ca, FR));
    }

    StatutesForm answered(LegalForm form) {
        StatutesForm f = StatutesForm.of(db.tx(em -> statutes(em).answers()));
        f.setLegalForm(form);
        f.setName("Atelier Z");
        f.setPurpose("animer un tiers-lieu rural à Névez : fablab, coworking, événements et séminaires");
        f.setSeat("Kerambris, 29920 Névez");
        f.setBoardMin(6);
        f.setBoardMax(12);
        f.setRenewal(Renewal.THIRDS);
        f.setDuesAmount(new BigDecimal("20"));
        return f;
    }

    /** The paragraphs of a DOCX as Word reads them back, and the highlighted runs. */
    record Docx(List<String> paragraphs, List<String> highlighted) {
        static Docx read(byte[] bytes) throws Exception {
            List<String> paragraphs = new ArrayList<>();
            List<String> highlighted = new ArrayList<>();
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
                for (XWPFParagraph p : doc.getParagraphs()) {
                    paragraphs.add(p.getText());
                    for (XWPFRun r : p.getRuns()) {
                        if (r.isHighlighted()) {
                            highlighted.add(r.text());
                        }
                    }
                }
            }
            return new Docx(paragraphs, highlighted);
        }

        List<String> headings() {
            return paragraphs.stream().filter(p -> p.startsWith("Article ")).toList();
        }
    }

    @Test
    void anAssociationsStatutesAreFlaggedUntilAnsweredThenEveryArticleIsFilled() throws Exception {
        bodiesWithRules();
        member("Anne", MemberCategory.ACTIVE);
        member("Bretagne Transition", MemberCategory.LEGAL_PERSON);

        // nothing answered yet: the articles needing the name, the purpose, the seat, the board's size are flagged
        ClauseLibrary.Draft empty = db.tx(em -> statutes(em).draft("statuts"));
        assertThat(empty.form()).isEqualTo(LegalForm.ASSOCIATION);
        assertThat(empty.incomplete())
                .extracting(ClauseLibrary.DraftArticle::title)
                .contains("Dénomination", "Objet", "Siège social", "Conseil d’administration");
        Docx flagged = Docx.read(db.tx(em -> statutes(em).docx("statuts")));
        assertThat(flagged.highlighted()).contains("[à compléter\u202F: le nom de la structure]");

        db.run(em -> statutes(em).save(answered(LegalForm.ASSOCIATION), FR));
        ClauseLibrary.Draft draft = db.tx(em -> statutes(em).draft("statuts"));
        assertThat(draft.incomplete()).isEmpty();
        assertThat(draft.articles()).hasSize(17);
        Docx docx = Docx.read(db.tx(em -> statutes(em).docx("statuts")));
        // every article of the library is in the document, numbered, filled, with its legal reference
        assertThat(docx.headings()).hasSize(17).first().isEqualTo("Article 1 – Dénomination");
        assertThat(docx.highlighted()).isEmpty();
        String all = String.join("\n", docx.paragraphs());
        assertThat(all)
                .contains("ayant pour titre\u202F: Atelier Z.")
                .contains("Le siège social est fixé à Kerambris, 29920 Névez.")
                .contains("La durée de l’association est illimitée.")
                .contains("L’association se compose de membres actifs, personnes morales")
                .contains("au moins 15 jours avant la date fixée")
                .contains("délibère valablement si 25\u202F% au moins des membres sont présents ou représentés")
                .contains("à la majorité simple, la majorité étant calculée sur les suffrages exprimés")
                .contains("modifie les statuts à la majorité simple, la majorité étant calculée sur les voix des"
                        + " membres présents ou représentés")
                .contains("qui ne détient pas plus de 2 pouvoirs")
                .contains("Le vote par correspondance ou en ligne est admis")
                .contains("Seuls les membres à jour de leur cotisation")
                .contains("un conseil de 6 à 12 membres, élus pour 3 ans")
                .contains("renouvelé chaque année par tiers")
                .contains("Référence\u202F: Loi du 1er juillet 1901, art. 9")
                .doesNotContain("[à compléter")
                .doesNotContain("{");

        // the internal rules: the dues; the charter is flagged until one is adopted
        ClauseLibrary.Draft rules = db.tx(em -> statutes(em).draft("reglement"));
        assertThat(rules.incomplete())
                .extracting(ClauseLibrary.DraftArticle::title)
                .containsExactly("Charte commune");
        db.run(em -> {
            Charter c = new Charter("Charte d’Atelier Z");
            em.persist(c);
            em.persist(new CharterVersion(c, 1, LocalDate.of(2026, 4, 18), null, "Texte"));
        });
        rules = db.tx(em -> statutes(em).draft("reglement"));
        assertThat(rules.incomplete()).isEmpty();
        String pdf = PdfText.of(db.tx(em -> statutes(em).pdf("reglement")));
        assertThat(pdf)
                .contains("Projet de règlement intérieur – Atelier Z")
                .contains("Pour l’année 2027, le montant de la cotisation annuelle est de 20,00\u00A0€")
                .contains("la charte commune (version 1, adoptée le 18 avril 2026)")
                .containsPattern("Tous les\\s+articles sont renseignés");
        assertThat(PdfText.frenchProblems(pdf)).isEmpty();
    }

    @Test
    void aScicsStatutesNeedThreeCategoriesOfAssociatesAndWriteTheirColleges() throws Exception {
        bodiesWithRules();
        member("Anne", MemberCategory.ACTIVE);
        member("Bretagne Transition", MemberCategory.LEGAL_PERSON);
        StatutesForm f = answered(LegalForm.SCIC_SAS);
        db.run(em -> statutes(em).save(f, FR));
        ClauseLibrary.Draft draft = db.tx(em -> statutes(em).draft("statuts"));
        assertThat(draft.title()).isEqualTo("Projet de statuts de la SCIC SAS Atelier Z");
        // a company's duration, the value of a share and the three categories (art. 19 septies) are missing
        assertThat(draft.incomplete())
                .extracting(ClauseLibrary.DraftArticle::title)
                .containsExactly("Durée", "Capital variable", "Catégories d’associés");
        assertThat(draft.incomplete().get(2).missing())
                .containsExactly("trois catégories d’associés dont les salariés ou producteurs et les bénéficiaires"
                        + " (registre des associés)");
        // no colleges: one associate, one vote
        assertThat(draft.articles())
                .filteredOn(a -> a.title().equals("Collèges de vote"))
                .singleElement()
                .satisfies(a -> assertThat(a.text()).contains("chaque associé dispose d’une voix"));

        member("Chloé", MemberCategory.EMPLOYEE);
        member("Commune de Névez", MemberCategory.BENEFICIARY);
        StatutesForm more = StatutesForm.of(db.tx(em -> statutes(em).answers()));
        more.setDurationYears(99);
        more.setShareValue(new BigDecimal("50"));
        db.run(em -> statutes(em).save(more, FR));
        db.run(em -> {
            GovernanceService g = new GovernanceService(em, TestModules.bundles(new GovernanceModule()));
            g.saveColleges(
                    g.profile().getVersion(),
                    LegalForm.SCIC_SAS,
                    List.of(
                            new CollegeDraft("Salariés", new BigDecimal("30"), null),
                            new CollegeDraft("Usagers", new BigDecimal("40"), null),
                            new CollegeDraft("Partenaires", new BigDecimal("30"), null)),
                    FR);
        });
        ClauseLibrary.Draft full = db.tx(em -> statutes(em).draft("statuts"));
        assertThat(full.incomplete()).isEmpty();
        Docx docx = Docx.read(db.tx(em -> statutes(em).docx("statuts")));
        assertThat(docx.headings()).hasSize(16);
        assertThat(String.join("\n", docx.paragraphs()))
                .contains("La durée de la société est de 99 ans à compter de son immatriculation.")
                .contains("parts sociales d’une valeur nominale de 50,00\u00A0€ chacune")
                .contains(
                        "collèges de vote\u202F: «\u202FSalariés\u202F» (30\u202F%), «\u202FUsagers\u202F» (40\u202F%)")
                .contains("salariés de la société")
                .contains("révision coopérative");
    }

    @Test
    void answersAreRefusedFieldByFieldAndAStaleCopyIsRefused() {
        StatutesForm f = answered(LegalForm.SCOP);
        f.setDurationYears(0);
        f.setBoardMin(9);
        f.setBoardMax(3);
        f.setName("x".repeat(201));
        assertThatThrownBy(() -> db.run(em -> statutes(em).save(f, FR)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        e -> assertThat(e.getViolations())
                                .extracting(ValidationFailure.Violation::field)
                                .containsExactlyInAnyOrder("durationYears", "name", "legalForm", "boardMax"));
        StatutesForm ok = answered(LegalForm.ASSOCIATION);
        StatutesForm stale = answered(LegalForm.ASSOCIATION);
        db.run(em -> statutes(em).save(ok, FR));
        stale.setName("Autre nom");
        assertThatThrownBy(() -> db.run(em -> statutes(em).save(stale, FR)))
                .isInstanceOf(ConcurrentEditException.class);
        String kept = db.tx(em -> statutes(em).answers().getName());
        assertThat(kept).isEqualTo("Atelier Z");
    }
}
