package fr.tierslieu.governance.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.tierslieu.core.application.workspace.Workspaces;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.core.testsupport.JpaTestSupport;
import fr.tierslieu.core.testsupport.PdfText;
import fr.tierslieu.core.testsupport.TestModules;
import fr.tierslieu.governance.GovernanceModule;
import fr.tierslieu.governance.domain.AttendanceLine;
import fr.tierslieu.governance.domain.BodyKind;
import fr.tierslieu.governance.domain.Majority;
import fr.tierslieu.governance.domain.MandatePosition;
import fr.tierslieu.governance.domain.Member;
import fr.tierslieu.governance.domain.MemberCategory;
import fr.tierslieu.governance.domain.TallyResult;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The register of members: who counts on a day, dues, and the general assembly convened from it. */
class RegisterServiceTest {

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

    RegisterService register(EntityManager em) {
        return new RegisterService(em, TestModules.bundles(new GovernanceModule()), bodies(em));
    }

    SessionService sessions(EntityManager em) {
        return new SessionService(em, TestModules.bundles(new GovernanceModule()), bodies(em));
    }

    long member(long actor, MemberCategory category, LocalDate joined, boolean voting) {
        return db.tx(em -> register(em)
                        .add(new RegisterService.Draft(actor, category, null, joined, voting, null, 0, null, null), FR))
                .getId();
    }

    long assembly(boolean duesRequired) {
        BodyDraft d = new BodyDraft();
        d.setName("Assemblée générale");
        d.setKind(BodyKind.GENERAL_ASSEMBLY);
        d.setQuorumFirst(new BigDecimal("25"));
        d.setMajority(Majority.SIMPLE);
        d.setMaxProxies(2);
        d.setNoticeDays(15);
        d.setDuesRequired(duesRequired);
        return db.tx(em -> bodies(em).saveBody(d, FR).getId());
    }

    @Test
    void theQuorumBaseIsTheRegisterOnTheMeetingsDay() throws Exception {
        long anne = gov.actor("Anne");
        long bruno = gov.actor("Bruno");
        long chloe = gov.actor("Chloé");
        long dan = gov.actor("Dan");
        long commune = gov.actor("Commune de Névez");
        member(anne, MemberCategory.ACTIVE, LocalDate.of(2025, 1, 10), true);
        long b = member(bruno, MemberCategory.ACTIVE, LocalDate.of(2025, 3, 1), true);
        member(chloe, MemberCategory.HONORARY, LocalDate.of(2025, 3, 1), true); // honorary: never a vote
        member(dan, MemberCategory.ACTIVE, LocalDate.of(2027, 6, 1), true); // joins after the AG
        long c = member(commune, MemberCategory.LEGAL_PERSON, LocalDate.of(2025, 2, 1), true);
        db.run(em -> register(em).payDues(b, 2027, new BigDecimal("20"), LocalDate.of(2027, 1, 15), FR));
        db.run(em -> register(em)
                .payDues(c, 2027, new BigDecimal("100"), LocalDate.of(2027, 5, 30), FR)); // paid after the AG
        LocalDate ag = LocalDate.of(2027, 4, 12);

        List<RegisterService.Standing> standing = db.tx(em -> register(em).standing(ag, false));
        assertThat(standing)
                .extracting(s -> s.member().getActorId())
                .containsExactlyInAnyOrder(anne, bruno, chloe, commune);
        assertThat(standing)
                .filteredOn(s -> !s.upToDate())
                .extracting(s -> s.member().getActorId())
                .containsExactlyInAnyOrder(anne, chloe, commune); // flagged: behind with the 2027 dues on that day
        assertThat(standing)
                .filteredOn(RegisterService.Standing::counted)
                .extracting(s -> s.member().getActorId())
                .containsExactlyInAnyOrder(anne, bruno, commune);
        assertThat(db.<List<RegisterService.Standing>>tx(em -> register(em).standing(ag, true)))
                .filteredOn(RegisterService.Standing::counted)
                .extracting(s -> s.member().getActorId())
                .containsExactly(bruno);

        // the AG convened from the register: its attendance sheet and quorum base are those members
        long open = assembly(false);
        long meeting = db.tx(em -> sessions(em)
                .save(
                        open,
                        null,
                        null,
                        "AG ordinaire",
                        LocalDateTime.of(2027, 4, 12, 18, 0),
                        "Névez",
                        null,
                        LocalDate.of(2027, 3, 20),
                        false,
                        null,
                        FR)
                .getId());
        assertThat(db.<List<AttendanceLine>>tx(em -> sessions(em).sheet(meeting)))
                .extracting(AttendanceLine::getActorId)
                .containsExactlyInAnyOrder(anne, bruno, commune);
        long strict = assembly(true);
        long meeting2 = db.tx(em -> sessions(em)
                .save(
                        strict,
                        null,
                        null,
                        "AG (statuts stricts)",
                        LocalDateTime.of(2027, 4, 12, 18, 0),
                        "Névez",
                        null,
                        LocalDate.of(2027, 3, 20),
                        false,
                        null,
                        FR)
                .getId());
        List<AttendanceLine> sheet = db.tx(em -> sessions(em).sheet(meeting2));
        assertThat(sheet).extracting(AttendanceLine::getActorId).containsExactly(bruno);
        db.run(em -> sessions(em).mark(sheet.get(0).getId(), true, null, FR));
        TallyResult q = db.tx(em -> sessions(em).quorum(meeting2, id -> "#" + id));
        assertThat(q.quorumMet()).isTrue(); // 1 of 1 counted member present
        assertThat(q.total()).isEqualTo(1);
    }

    @Test
    void entriesAreCheckedAtTheirFieldAndAMemberLeaves() throws Exception {
        long anne = gov.actor("Anne");
        assertThatThrownBy(() -> db.run(em -> register(em)
                        .add(
                                new RegisterService.Draft(
                                        999_999L,
                                        null,
                                        "x".repeat(121),
                                        null,
                                        true,
                                        424_242L,
                                        -1,
                                        new BigDecimal("10"),
                                        new BigDecimal("20")),
                                FR)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        f -> assertThat(f.getViolations())
                                .extracting(ValidationFailure.Violation::field)
                                .containsExactly(
                                        "memberActor",
                                        "memberCategory",
                                        "memberJoined",
                                        "memberRepresentative",
                                        "memberShares",
                                        "memberPaid",
                                        "memberCollege"));
        long m = member(anne, MemberCategory.EMPLOYEE, LocalDate.of(2026, 1, 1), true);
        assertThatThrownBy(() -> member(anne, MemberCategory.ACTIVE, LocalDate.of(2026, 6, 1), true))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        f -> assertThat(f.getViolations().get(0).field()).isEqualTo("memberActor"));
        assertThatThrownBy(() -> db.run(em -> register(em).leave(m, LocalDate.of(2025, 12, 31), FR)))
                .isInstanceOf(ValidationFailure.class);
        db.run(em -> register(em).leave(m, LocalDate.of(2026, 12, 31), FR));
        assertThat(db.<List<RegisterService.Standing>>tx(em -> register(em).standing(LocalDate.of(2027, 1, 1), false)))
                .isEmpty();
        // once gone, the same actor may join again
        member(anne, MemberCategory.ACTIVE, LocalDate.of(2027, 2, 1), true);
        assertThat(db.<List<Member>>tx(em -> register(em).members())).hasSize(2);
    }

    @Test
    void theRegisterExportsAndTheSpecialRegisterListsTheOfficers() throws Exception {
        long anne = gov.actor("Anne");
        long bruno = gov.actor("Bruno");
        long m = member(anne, MemberCategory.ACTIVE, LocalDate.of(2025, 1, 10), true);
        member(bruno, MemberCategory.BENEFACTOR, LocalDate.of(2025, 1, 10), true);
        db.run(em -> register(em).payDues(m, 2026, new BigDecimal("20"), LocalDate.of(2026, 2, 1), FR));
        BodyDraft d = new BodyDraft();
        d.setName("Conseil d’administration");
        d.setKind(BodyKind.BOARD);
        d.setQuorumFirst(new BigDecimal("50"));
        long board = db.tx(em -> bodies(em).saveBody(d, FR).getId());
        db.run(em -> bodies(em)
                .addMandate(
                        board,
                        anne,
                        null,
                        MandatePosition.PRESIDENT,
                        null,
                        LocalDate.of(2025, 6, 1),
                        LocalDate.of(2026, 5, 31),
                        FR));
        db.run(em -> bodies(em)
                .addMandate(board, bruno, null, MandatePosition.PRESIDENT, null, LocalDate.of(2026, 6, 1), null, FR));
        String csv = new String(
                db.tx(em -> register(em).csv(id -> id == anne ? "Anne" : "Bruno", 2026, FR)), StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n")).hasSize(3);
        assertThat(csv)
                .contains(
                        "Anne;Membre actif;;2025-01-10;;Oui;;0;0,00;0,00;Oui",
                        "Bruno;Membre bienfaiteur;;2025-01-10;;Oui;;0;0,00;0,00;Non");
        String pdf = PdfText.of(db.tx(
                em -> register(em).pdf(id -> id == anne ? "Anne" : "Bruno", LocalDate.of(2026, 7, 1), FR)));
        assertThat(pdf).contains("Registre des membres", "art. 5", "Présidence");
        assertThat(pdf.indexOf("01/06/2025")).isLessThan(pdf.indexOf("01/06/2026")); // changes in date order
        assertThat(PdfText.frenchProblems(pdf)).isEmpty();
    }

    @Test
    void aScicNeedsEmployeesBeneficiariesAndThreeCategories() throws Exception {
        LocalDate day = LocalDate.of(2027, 1, 1);
        assertThat(db.<List<String>>tx(em -> register(em).scicCategoryProblems(day, FR)))
                .hasSize(3);
        member(gov.actor("Anne"), MemberCategory.EMPLOYEE, LocalDate.of(2026, 1, 1), true);
        member(gov.actor("Bruno"), MemberCategory.BENEFICIARY, LocalDate.of(2026, 1, 1), true);
        List<String> two = db.tx(em -> register(em).scicCategoryProblems(day, FR));
        assertThat(two).singleElement().asString().contains("trois catégories", "19 septies");
        member(
                gov.actor("Commune de Névez"),
                MemberCategory.PUBLIC_BODY,
                LocalDate.of(2027, 6, 1),
                true); // not yet on that day
        assertThat(db.<List<String>>tx(em -> register(em).scicCategoryProblems(day, FR)))
                .hasSize(1);
        assertThat(db.<List<String>>tx(em -> register(em).scicCategoryProblems(LocalDate.of(2027, 7, 1), FR)))
                .isEmpty();
    }

    @Test
    void aLapsedPresidencyIsNoticed() throws Exception {
        long anne = gov.actor("Anne");
        long bruno = gov.actor("Bruno");
        BodyDraft d = new BodyDraft();
        d.setName("Bureau");
        d.setKind(BodyKind.BUREAU);
        d.setQuorumFirst(new BigDecimal("50"));
        long bureau = db.tx(em -> bodies(em).saveBody(d, FR).getId());
        db.run(em -> bodies(em)
                .addMandate(
                        bureau,
                        anne,
                        null,
                        MandatePosition.PRESIDENT,
                        null,
                        LocalDate.of(2025, 4, 12),
                        LocalDate.of(2026, 6, 12),
                        FR));
        db.run(em -> bodies(em)
                .addMandate(bureau, bruno, null, MandatePosition.TREASURER, null, LocalDate.of(2025, 4, 12), null, FR));
        List<BodyService.Vacancy> v = db.tx(em -> bodies(em).vacancies(LocalDate.of(2026, 11, 28)));
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.position()).isEqualTo(MandatePosition.PRESIDENT);
            assertThat(x.since()).isEqualTo(LocalDate.of(2026, 6, 13));
        });
        assertThat(db.<List<BodyService.Vacancy>>tx(em -> bodies(em).vacancies(LocalDate.of(2026, 6, 12))))
                .isEmpty();
        db.run(em -> bodies(em)
                .addMandate(bureau, bruno, null, MandatePosition.PRESIDENT, null, LocalDate.of(2026, 11, 1), null, FR));
        assertThat(db.<List<BodyService.Vacancy>>tx(em -> bodies(em).vacancies(LocalDate.of(2026, 11, 28))))
                .isEmpty();
    }

    @Test
    void theRegisterImportsItsOwnExportAllOrNothing() throws Exception {
        long anne = gov.actor("Anne");
        long bruno = gov.actor("Bruno");
        long commune = gov.actor("Commune de Névez");
        java.util.Map<String, Long> ids = java.util.Map.of("Anne", anne, "Bruno", bruno, "Commune de Névez", commune);
        member(anne, MemberCategory.ACTIVE, LocalDate.of(2025, 1, 10), true);
        member(commune, MemberCategory.LEGAL_PERSON, LocalDate.of(2025, 1, 10), true);
        db.run(em -> register(em)
                .leave(db.<List<Member>>tx(x -> register(x).members()).get(0).getId(), LocalDate.of(2026, 1, 1), FR));
        String csv = new String(
                db.tx(em -> register(em).csv(id -> id == anne ? "Anne" : "Commune de Névez", 2026, FR)),
                StandardCharsets.UTF_8);

        // the same export into an empty register gives the same lines back
        gov.close();
        gov = new GovernanceDb(500);
        db = gov.db;
        long anne2 = gov.actor("Anne");
        long commune2 = gov.actor("Commune de Névez");
        java.util.Map<String, Long> ids2 = java.util.Map.of("anne", anne2, "Commune de Névez", commune2);
        assertThat(db.<Integer>tx(em -> register(em).importCsv(csv, ids2, FR))).isEqualTo(2);
        List<Member> back = db.tx(em -> register(em).members());
        assertThat(back).extracting(Member::getActorId).containsExactly(anne2, commune2);
        assertThat(back.get(0).getLeftOn()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(back.get(1).getCategory()).isEqualTo(MemberCategory.LEGAL_PERSON);

        // a bad file: every problem with its line, and nothing saved
        String bad =
                "Membre;Catégorie;Représentation;Adhésion\nAnne;Membre actif;;2027-01-01\nInconnu;Membre actif;;2027-01-01\n"
                        + "Commune de Névez;Sympathisant;;31/02/2027\n";
        assertThatThrownBy(() -> db.run(em -> register(em).importCsv(bad, ids2, FR)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        f -> assertThat(f.getViolations())
                                .extracting(ValidationFailure.Violation::message)
                                .anyMatch(m -> m.startsWith("Ligne 3") && m.contains("Inconnu"))
                                .anyMatch(m -> m.startsWith("Ligne 4") && m.contains("Sympathisant"))
                                .anyMatch(m -> m.startsWith("Ligne 4") && m.contains("31/02/2027")));
        assertThat(db.<List<Member>>tx(em -> register(em).members())).hasSize(2);
        // twice the same actor in one file: the second line is refused, the first is not saved either
        String twice = "Anne;Membre actif;;2027-01-01\nAnne;Membre actif;;2027-06-01\n";
        assertThatThrownBy(() -> db.run(em -> register(em).importCsv(twice, ids2, FR)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        f -> assertThat(f.getViolations().get(0).message()).startsWith("Ligne 2"));
        assertThat(db.<List<Member>>tx(em -> register(em).members())).hasSize(2);
    }

    @Test
    void aDeletedActorLeavesTheRegisterWithItsDuesAndTheDialogSaysSo() throws Exception {
        long anne = gov.actor("Anne");
        long m = member(anne, MemberCategory.ACTIVE, LocalDate.of(2025, 1, 10), true);
        db.run(em -> register(em).payDues(m, 2026, new BigDecimal("20"), LocalDate.of(2026, 2, 1), FR));
        List<String> usages = db.tx(
                em -> new GovernanceContributions(em, TestModules.bundles(new GovernanceModule())).usagesOf(anne, FR));
        assertThat(usages).singleElement().asString().contains("registre");
        db.run(em -> bodies(em).onActorDeleted(new fr.tierslieu.core.module.ActorDeleted(anne, "Anne")));
        assertThat(db.<List<Member>>tx(em -> register(em).members())).isEmpty();
        assertThat(db.<Long>tx(em -> em.createQuery("select count(d) from MemberDues d", Long.class)
                        .getSingleResult()))
                .isZero();
    }

    @Test
    void statutoryDeadlinesGoOnTheRoadmapOfTheGovernedProject() throws Exception {
        long anne = gov.actor("Anne");
        long bruno = gov.actor("Bruno");
        db.run(em -> Workspaces.nativeQuery(
                        em,
                        "INSERT INTO core_project (id, version, name, status, created_at, updated_at) "
                                + "VALUES (42, 0, 'Tiers-lieu', 'RUNNING', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
                .executeUpdate());
        long bureau = db.tx(em -> {
            fr.tierslieu.governance.domain.Body body =
                    new fr.tierslieu.governance.domain.Body("Bureau", BodyKind.BUREAU);
            body.governs(42L);
            em.persist(body);
            em.flush();
            return body.getId();
        });
        db.run(em -> bodies(em)
                .addMandate(bureau, anne, null, MandatePosition.PRESIDENT, null, LocalDate.of(2026, 6, 13), null, FR));
        db.run(em -> bodies(em)
                .addMandate(bureau, bruno, null, MandatePosition.TREASURER, null, LocalDate.of(2026, 6, 13), null, FR));
        db.run(em -> bodies(em)
                .addMandate(bureau, bruno, null, MandatePosition.MEMBER, null, LocalDate.of(2026, 9, 1), null, FR));
        java.time.Clock today =
                java.time.Clock.fixed(java.time.Instant.parse("2026-11-28T10:00:00Z"), java.time.ZoneOffset.UTC);
        List<fr.tierslieu.core.module.RoadmapContributor.Milestone> milestones = db.tx(em -> {
            GovernanceContributions c = new GovernanceContributions(em, TestModules.bundles(new GovernanceModule()));
            c.clock = today;
            return c.milestones(42L, FR);
        });
        assertThat(milestones)
                .extracting(fr.tierslieu.core.module.RoadmapContributor.Milestone::key)
                .contains("prefecture-2026-06-13", "accounts-2025", "accounts-2026")
                .doesNotContain("prefecture-2026-09-01", "accounts-2024", "accounts-2027");
        assertThat(milestones)
                .filteredOn(m -> m.key().equals("prefecture-2026-06-13"))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.date()).isEqualTo(LocalDate.of(2026, 9, 13)); // three months, loi de 1901 art. 5
                    assertThat(m.name()).contains("préfecture", "13/06/2026", "art. 5");
                });
        assertThat(milestones)
                .filteredOn(m -> m.key().equals("accounts-2026"))
                .singleElement()
                .satisfies(m -> assertThat(m.date()).isEqualTo(LocalDate.of(2027, 6, 30)));

        // a SCIC declares to the registry, not to the prefecture; its accounts rule is the Code de commerce's
        db.run(em -> Workspaces.nativeQuery(
                        em, "INSERT INTO governance_profile (id, version, legal_form) VALUES (1, 0, 'SCIC_SAS')")
                .executeUpdate());
        List<fr.tierslieu.core.module.RoadmapContributor.Milestone> scic = db.tx(em -> {
            GovernanceContributions c = new GovernanceContributions(em, TestModules.bundles(new GovernanceModule()));
            c.clock = today;
            return c.statutoryDeadlines(42L, LocalDate.of(2026, 11, 28), FR);
        });
        // a SCIC's révision coopérative every five years: unknown until its last date is recorded
        assertThat(scic)
                .extracting(fr.tierslieu.core.module.RoadmapContributor.Milestone::key)
                .containsExactly("revision-unknown", "accounts-2025", "accounts-2026");
        assertThat(scic.get(1).name()).contains("au plus tard 6 mois");
        assertThat(scic.get(0).date()).isEqualTo(LocalDate.of(2026, 11, 28));
        db.run(em -> Workspaces.nativeQuery(em, "UPDATE governance_profile SET last_revision_on = DATE '2022-03-15'")
                .executeUpdate());
        List<fr.tierslieu.core.module.RoadmapContributor.Milestone> revised =
                db.tx(em -> new GovernanceContributions(em, TestModules.bundles(new GovernanceModule()))
                        .statutoryDeadlines(42L, LocalDate.of(2026, 11, 28), FR));
        assertThat(revised)
                .filteredOn(m -> m.key().startsWith("revision"))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.key()).isEqualTo("revision-2027-03-15");
                    assertThat(m.date()).isEqualTo(LocalDate.of(2027, 3, 15));
                    assertThat(m.name()).contains("Révision coopérative", "15/03/2022", "art. 25-1");
                });
        // a review due more than a year ahead is not on this year's roadmap
        db.run(em -> Workspaces.nativeQuery(em, "UPDATE governance_profile SET last_revision_on = DATE '2025-01-10'")
                .executeUpdate());
        assertThat(db.<List<fr.tierslieu.core.module.RoadmapContributor.Milestone>>tx(
                        em -> new GovernanceContributions(em, TestModules.bundles(new GovernanceModule()))
                                .statutoryDeadlines(42L, LocalDate.of(2026, 11, 28), FR)))
                .noneMatch(m -> m.key().startsWith("revision"));
    }

    @Test
    void entriesAndExitsAreApprovedByAGeneralAssemblyHeldBeforeThem() throws Exception {
        long anne = gov.actor("Anne");
        long m = member(anne, MemberCategory.EMPLOYEE, LocalDate.of(2026, 4, 1), true);
        BodyDraft ag = new BodyDraft();
        ag.setName("Assemblée générale");
        ag.setKind(BodyKind.GENERAL_ASSEMBLY);
        ag.setQuorumFirst(new BigDecimal("25"));
        long agId = db.tx(em -> bodies(em).saveBody(ag, FR).getId());
        BodyDraft ca = new BodyDraft();
        ca.setName("Conseil");
        ca.setKind(BodyKind.BOARD);
        ca.setQuorumFirst(new BigDecimal("50"));
        long caId = db.tx(em -> bodies(em).saveBody(ca, FR).getId());
        long march = db.tx(em -> sessions(em)
                .save(
                        agId,
                        null,
                        null,
                        "AG de mars",
                        java.time.LocalDateTime.of(2026, 3, 28, 18, 0),
                        "Névez",
                        null,
                        LocalDate.of(2026, 3, 10),
                        false,
                        null,
                        FR)
                .getId());
        long june = db.tx(em -> sessions(em)
                .save(
                        agId,
                        null,
                        null,
                        "AG de juin",
                        java.time.LocalDateTime.of(2026, 6, 20, 18, 0),
                        "Névez",
                        null,
                        LocalDate.of(2026, 6, 1),
                        false,
                        null,
                        FR)
                .getId());
        long board = db.tx(em -> sessions(em)
                .save(
                        caId,
                        null,
                        null,
                        "CA",
                        java.time.LocalDateTime.of(2026, 3, 1, 18, 0),
                        "Névez",
                        null,
                        LocalDate.of(2026, 2, 20),
                        false,
                        null,
                        FR)
                .getId());

        assertThat(db.<List<fr.tierslieu.governance.domain.BodyMeeting>>tx(
                        em -> register(em).assemblies()))
                .extracting(fr.tierslieu.governance.domain.BodyMeeting::getId)
                .containsExactly(june, march);
        assertThat(db.<List<Member>>tx(em -> register(em).entriesWithoutApproval(LocalDate.of(2026, 5, 1))))
                .hasSize(1);
        assertThatThrownBy(() -> db.run(em -> register(em).approve(m, false, board, FR)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        f -> assertThat(f.getViolations().get(0).field()).isEqualTo("entryMeeting"));
        assertThatThrownBy(() -> db.run(em -> register(em).approve(m, false, june, FR)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        f -> assertThat(f.getViolations().get(0).message()).contains("01/04/2026"));
        db.run(em -> register(em).approve(m, false, march, FR));
        assertThat(db.<List<Member>>tx(em -> register(em).entriesWithoutApproval(LocalDate.of(2026, 5, 1))))
                .isEmpty();
        assertThatThrownBy(() -> db.run(em -> register(em).approve(m, true, june, FR)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        f -> assertThat(f.getViolations().get(0).field()).isEqualTo("exitMeeting"));
        db.run(em -> register(em).leave(m, LocalDate.of(2026, 6, 30), FR));
        db.run(em -> register(em).approve(m, true, june, FR));
        Member saved = db.tx(em -> register(em).member(m));
        assertThat(saved.getEntryMeetingId()).isEqualTo(march);
        assertThat(saved.getExitMeetingId()).isEqualTo(june);
        String pdf = PdfText.of(db.tx(em -> register(em).pdf(id -> "Anne", LocalDate.of(2026, 5, 1), FR)));
        assertThat(pdf).contains("28/03/2026");
        String csv = new String(
                db.tx(em -> register(em).csv(id -> "Anne", 2026, FR)), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow())
                .endsWith(";Entrée agréée par l’assemblée générale;Sortie constatée par l’assemblée générale");
        assertThat(csv.lines().skip(1).findFirst().orElseThrow())
                .endsWith(";2026-03-28 – AG de mars;2026-06-20 – AG de juin");
        // the import still reads the export's layout (the columns after the dues are ignored): here it
        // refuses only because Anne is already a member
        assertThatThrownBy(() -> db.run(em -> register(em).importCsv(csv, java.util.Map.of("Anne", anne), FR)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        f -> assertThat(f.getViolations().get(0).message()).contains("déjà membre"));
    }
}
