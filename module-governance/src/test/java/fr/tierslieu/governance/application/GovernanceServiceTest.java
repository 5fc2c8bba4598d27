package fr.tierslieu.governance.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.tierslieu.core.application.workspace.Workspaces;
import fr.tierslieu.core.domain.shared.ConcurrentEditException;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.core.testsupport.JpaTestSupport;
import fr.tierslieu.core.testsupport.TestModules;
import fr.tierslieu.governance.GovernanceModule;
import fr.tierslieu.governance.domain.GovernanceProfile;
import fr.tierslieu.governance.domain.LegalForm;
import fr.tierslieu.governance.domain.Majority;
import fr.tierslieu.governance.domain.TallyInput;
import fr.tierslieu.governance.domain.TallyResult;
import fr.tierslieu.governance.domain.Vote;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The module's persistence unit on the real schema (core + governance migrations), and its service's checks. */
class GovernanceServiceTest {

    static final Locale FR = Locale.FRENCH;
    private JpaTestSupport db;

    @BeforeEach
    void setUp() {
        db = JpaTestSupport.open(
                "governance", "core", "classpath:db/migration/core", "governance", "classpath:db/migration/governance");
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    GovernanceService service(EntityManager em) {
        return new GovernanceService(em, TestModules.bundles(new GovernanceModule()));
    }

    static CollegeDraft c(String name, String weight) {
        return new CollegeDraft(name, new BigDecimal(weight), null);
    }

    @Test
    void theLastCooperativeReviewIsRecordedNotInTheFutureAndGivesTheNextOne() {
        java.time.LocalDate today = java.time.LocalDate.of(2026, 11, 28);
        assertThatThrownBy(() -> db.run(em -> service(em).recordRevision(today.plusDays(1), today, FR)))
                .isInstanceOfSatisfying(fr.tierslieu.core.domain.shared.ValidationFailure.class, f -> {
                    assertThat(f.getViolations().get(0).field()).isEqualTo("lastRevisionOn");
                    assertThat(f.getViolations().get(0).message()).contains("futur");
                });
        db.run(em -> service(em).recordRevision(java.time.LocalDate.of(2022, 3, 15), today, FR));
        GovernanceProfile p = db.tx(em -> service(em).profile());
        assertThat(p.getLastRevisionOn()).isEqualTo(java.time.LocalDate.of(2022, 3, 15));
        assertThat(p.nextRevisionDue()).isEqualTo(java.time.LocalDate.of(2027, 3, 15));
    }

    @Test
    void demoDataIsAValidScicDesign() {
        db.run(em -> new GovernanceDemoData(em, TestModules.bundles(new GovernanceModule())).load());
        GovernanceProfile p = db.tx(em -> service(em).profile());
        assertThat(p.getLegalForm()).isEqualTo(LegalForm.SCIC_SAS);
        assertThat(p.getColleges()).hasSize(5);
        List<String> problems = db.tx(em -> service(em).scicProblems(FR));
        assertThat(problems).isEmpty();
        // the demo's past votes are the tally engine's own results (no actors in this database: no quorum)
        List<fr.tierslieu.governance.domain.Resolution> resolutions = db.tx(em -> em.createQuery(
                        "select r from Resolution r order by r.position",
                        fr.tierslieu.governance.domain.Resolution.class)
                .getResultList());
        assertThat(resolutions)
                .hasSize(3)
                .allMatch(r -> r.isVoted()
                        && r.getSummary() == null
                        && SessionService.summaryLines(TestModules.bundles(new GovernanceModule()), FR, r)
                                .get(0)
                                .startsWith("Aucune voix présente"));
    }

    @Test
    void theGovernedProjectIsTheOneTheBodiesName() {
        java.util.Optional<Long> none = db.tx(em -> service(em).governedProject());
        assertThat(none).isEmpty();
        db.run(em -> Workspaces.nativeQuery(
                        em,
                        "INSERT INTO core_project (id, version, name, status, created_at, updated_at) "
                                + "VALUES (42, 0, 'Tiers-lieu', 'RUNNING', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
                .executeUpdate());
        db.run(em -> {
            fr.tierslieu.governance.domain.Body body = new fr.tierslieu.governance.domain.Body(
                    "AG", fr.tierslieu.governance.domain.BodyKind.GENERAL_ASSEMBLY);
            body.governs(42L);
            em.persist(body);
        });
        java.util.Optional<Long> governed = db.tx(em -> service(em).governedProject());
        assertThat(governed).contains(42L);
    }

    @Test
    void scicCollegesAreCheckedAndTheCollegeAtFaultIsNamed() {
        long version = db.tx(em -> service(em).profile().getVersion());
        assertThatThrownBy(() -> db.run(em -> service(em)
                        .saveColleges(
                                version,
                                LegalForm.SCIC_SAS,
                                List.of(c("Fondateurs", "60"), c("Usagers", "35"), c("Salariés", "5")),
                                FR)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        f -> assertThat(f.getViolations())
                                .extracting(ValidationFailure.Violation::message)
                                .containsExactly(
                                        "Collège «\u202fFondateurs\u202f»\u202f: 60\u202f%\u202f; un collège pèse au plus 50\u202f% des voix "
                                                + "(loi n° 47-1775, art. 19 octies).",
                                        "Collège «\u202fSalariés\u202f»\u202f: 5\u202f%\u202f; un collège pèse au moins 10\u202f% des voix "
                                                + "(loi n° 47-1775, art. 19 octies)."));
        GovernanceProfile unchanged = db.tx(em -> service(em).profile());
        assertThat(unchanged.getColleges()).isEmpty();

        // the same colleges are fine for an association (no legal rule on colleges)
        db.run(em -> service(em)
                .saveColleges(
                        version,
                        LegalForm.ASSOCIATION,
                        List.of(c("Fondateurs", "60"), c("Usagers", "35"), c("Salariés", "5")),
                        FR));
        GovernanceProfile saved = db.tx(em -> service(em).profile());
        assertThat(saved.getColleges())
                .extracting(x -> x.getName())
                .containsExactly("Fondateurs", "Usagers", "Salariés");
        assertThatThrownBy(() -> db.run(em -> service(em).saveColleges(version, LegalForm.ASSOCIATION, List.of(), FR)))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void badLinesAreRefused() {
        long version = db.tx(em -> service(em).profile().getVersion());
        assertThatThrownBy(() -> db.run(em -> service(em)
                        .saveColleges(
                                version,
                                LegalForm.ASSOCIATION,
                                List.of(c(" ", "10"), c("A", "120"), c("B", "10"), c("b", "10")),
                                FR)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        f -> assertThat(f.getViolations())
                                .extracting(ValidationFailure.Violation::field)
                                .containsExactly("colleges[0]", "colleges[1]", "colleges[3]"));
    }

    @Test
    void tallyInputIsCheckedMemberByMember() {
        TallyInput bad = new TallyInput(
                1.5,
                -1,
                null,
                List.of(new TallyInput.College("F", "F", 50)),
                List.of(
                        new TallyInput.Member("a", "Anne", 0.0, "F", true, null, Vote.FOR, null),
                        new TallyInput.Member("a", "Bruno", 1.0, "F", true, null, Vote.FOR, null),
                        new TallyInput.Member("c", "Chloé", 1.0, "X", true, null, Vote.FOR, null)));
        assertThatThrownBy(() -> db.tx(em -> service(em).tally(bad, FR)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        f -> assertThat(f.getViolations())
                                .extracting(ValidationFailure.Violation::field)
                                .containsExactly(
                                        "majority", "quorum", "maxProxies", "members[0]", "members[1]", "members[2]"));
        TallyResult ok = db.tx(em -> service(em)
                .tally(
                        new TallyInput(
                                0.5,
                                1,
                                Majority.SIMPLE,
                                List.of(),
                                List.of(new TallyInput.Member("a", "Anne", null, null, true, null, Vote.FOR, null))),
                        FR));
        assertThat(ok.adopted()).isTrue();
        String words = db.tx(em -> service(em).describe(ok.steps().get(0), FR));
        assertThat(words).isEqualTo("1 voix présente ou représentée sur 1 (100,00\u202f%).");
    }

    @Test
    void theImpactPanoramaCountsMembersAtTheYearsEndAndMeetingsHeld() {
        db.run(em -> new GovernanceDemoData(em, TestModules.bundles(new GovernanceModule())).load());
        db.run(em -> {
            for (int i = 1; i <= 3; i++) {
                Workspaces.nativeQuery(
                                em,
                                "INSERT INTO core_actor (id, version, actor_type, name, kind, search_key, status, stance,"
                                        + " influence, interest, engagement, maturity, created_at, updated_at) VALUES (?, 1,"
                                        + " 'PERSON', ?, 'ASSOCIATION', ?, 'MOBILISED', 'ALLY', 3, 3, 'INFORMED', 'AWARE',"
                                        + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
                        .setParameter(1, 90_000 + i)
                        .setParameter(2, "Membre " + i)
                        .setParameter(3, "membre " + i)
                        .executeUpdate();
            }
            // literal dates: PostgreSQL cannot type a null parameter of a native query
            for (String values : java.util.List.of(
                    "(91001, 0, 90001, 'ACTIVE', DATE '2020-01-01', NULL, TRUE, 0, 0, 0)",
                    "(91002, 0, 90002, 'ACTIVE', DATE '2021-05-01', DATE '2024-06-30', TRUE, 0, 0, 0)",
                    "(91003, 0, 90003, 'ACTIVE', DATE '2025-03-01', NULL, TRUE, 0, 0, 0)")) {
                Workspaces.nativeQuery(
                                em,
                                "INSERT INTO governance_member (id, version, actor_id, category, joined_on, left_on,"
                                        + " voting, shares, capital_subscribed, capital_paid) VALUES " + values)
                        .executeUpdate();
            }
        });
        java.time.Clock clock = java.time.Clock.fixed(
                java.time.Instant.parse("2026-11-28T12:00:00Z"), java.time.ZoneId.of("Europe/Paris"));
        GovernanceIndicators indicators =
                new GovernanceIndicators(null, TestModules.bundles(new GovernanceModule()), clock);
        java.util.function.Function<Integer, Double> members = year -> db.<Double>tx(em -> {
            indicators.em = em;
            return indicators
                    .figure("governance.members", year, FR)
                    .orElseThrow()
                    .value();
        });
        // at the end of each year: who had joined and had not left
        assertThat(members.apply(2023)).isEqualTo(2);
        assertThat(members.apply(2024)).isEqualTo(1);
        assertThat(members.apply(2025)).isEqualTo(2);
        assertThat(members.apply(2019)).isZero();
        long meetings2026 = db.tx(em -> em.createQuery(
                        "select count(m) from BodyMeeting m where m.startsAt >= :from and m.startsAt < :now",
                        Long.class)
                .setParameter("from", java.time.LocalDate.of(2026, 1, 1).atStartOfDay())
                .setParameter("now", java.time.LocalDateTime.now(clock))
                .getSingleResult());
        assertThat(db.<Double>tx(em -> {
                    indicators.em = em;
                    return indicators
                            .figure("governance.meetingsHeld", 2026, FR)
                            .orElseThrow()
                            .value();
                }))
                .isEqualTo((double) meetings2026);
        assertThat(db.<Boolean>tx(em -> {
                    indicators.em = em;
                    return indicators.figure("governance.members", 2027, FR).isEmpty();
                }))
                .as("a year to come has no members yet")
                .isTrue();
    }
}
