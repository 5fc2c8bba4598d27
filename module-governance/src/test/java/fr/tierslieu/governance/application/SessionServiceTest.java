package fr.tierslieu.governance.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.tierslieu.core.application.workspace.Workspaces;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.core.testsupport.JpaTestSupport;
import fr.tierslieu.core.testsupport.TestModules;
import fr.tierslieu.governance.GovernanceModule;
import fr.tierslieu.governance.domain.AttendanceLine;
import fr.tierslieu.governance.domain.Body;
import fr.tierslieu.governance.domain.BodyKind;
import fr.tierslieu.governance.domain.BodyMeeting;
import fr.tierslieu.governance.domain.Majority;
import fr.tierslieu.governance.domain.MandatePosition;
import fr.tierslieu.governance.domain.Resolution;
import fr.tierslieu.governance.domain.TallyResult;
import fr.tierslieu.governance.domain.Vote;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bodies, mandates and a meeting held from convocation to minutes, on the real schema. */
class SessionServiceTest {

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

    long actor(String name) throws Exception {
        return gov.actor(name);
    }

    BodyService bodies(EntityManager em) {
        return new BodyService(em, TestModules.bundles(new GovernanceModule()), gov::isActor);
    }

    SessionService sessions(EntityManager em) {
        return new SessionService(em, TestModules.bundles(new GovernanceModule()), bodies(em));
    }

    long board() {
        BodyDraft d = new BodyDraft();
        d.setName("Conseil d’administration");
        d.setKind(BodyKind.BOARD);
        d.setQuorumFirst(new BigDecimal("50"));
        d.setMaxProxies(1);
        d.setNoticeDays(8);
        return db.tx(em -> bodies(em).saveBody(d, FR).getId());
    }

    @Test
    void bodyRulesAreChecked() {
        BodyDraft d = new BodyDraft();
        d.setName("");
        d.setQuorumFirst(new BigDecimal("120"));
        d.setMaxProxies(-1);
        assertThatThrownBy(() -> db.run(em -> bodies(em).saveBody(d, FR)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        f -> assertThat(f.getViolations())
                                .extracting(ValidationFailure.Violation::field)
                                .containsExactlyInAnyOrder("bodyName", "quorumFirst", "maxProxies"));
        long ag = board();
        BodyDraft child = new BodyDraft();
        child.setName("Bureau");
        child.setKind(BodyKind.BUREAU);
        child.setParentId(ag);
        long bureau = db.tx(em -> bodies(em).saveBody(child, FR).getId());
        BodyDraft loop = db.tx(em -> BodyDraft.of(bodies(em).body(ag)));
        loop.setParentId(bureau);
        assertThatThrownBy(() -> db.run(em -> bodies(em).saveBody(loop, FR)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        f -> assertThat(f.getViolations().get(0).field()).isEqualTo("parentId"));
    }

    @Test
    void anActorsGovernanceRecordsGoWithItAndTheAuditLogKeepsThem() throws Exception {
        long body = board();
        long a = actor("Présidence sortante");
        long mandate = db.tx(em -> bodies(em)
                .addMandate(body, a, null, MandatePosition.PRESIDENT, null, LocalDate.of(2025, 1, 1), null, FR)
                .getId());
        db.run(em -> bodies(em).onActorDeleted(new fr.tierslieu.core.module.ActorDeleted(a, "Présidence sortante")));
        long left = db.tx(em ->
                em.createQuery("select count(m) from Mandate m", Long.class).getSingleResult());
        assertThat(left).isZero();
        @SuppressWarnings("unchecked")
        List<Object> deleted = db.tx(em -> Workspaces.nativeQuery(
                        em, "select entity_type || ':' || entity_id from core_audit_entry " + "where action = 'DELETE'")
                .getResultList());
        assertThat(deleted).contains("governance.Mandate:" + mandate);
    }

    @Test
    void theWeeklyDigestNamesTheMandatesEndingWithinNinetyDays() throws Exception {
        long body = board();
        long a = actor("Anne");
        long b = actor("Bruno");
        LocalDate today = LocalDate.of(2027, 5, 3);
        db.run(em -> bodies(em)
                .addMandate(
                        body,
                        a,
                        null,
                        MandatePosition.TREASURER,
                        null,
                        LocalDate.of(2024, 6, 1),
                        LocalDate.of(2027, 6, 30),
                        FR));
        db.run(em -> bodies(em)
                .addMandate(
                        body,
                        b,
                        null,
                        MandatePosition.MEMBER,
                        null,
                        LocalDate.of(2024, 6, 1),
                        LocalDate.of(2028, 6, 30),
                        FR));
        List<String> lines = db.tx(
                em -> new GovernanceContributions(em, TestModules.bundles(new GovernanceModule())).digest(FR, today));
        assertThat(lines)
                .singleElement()
                .asString()
                .contains("Anne")
                .contains("Trésorerie")
                .contains("30/06/2027")
                .doesNotContain("Bruno");
    }

    @Test
    void onePresidentAtATime() throws Exception {
        long body = board();
        long a = actor("Anne");
        long b = actor("Bruno");
        db.run(em -> bodies(em)
                .addMandate(
                        body,
                        a,
                        null,
                        MandatePosition.PRESIDENT,
                        null,
                        LocalDate.of(2025, 1, 1),
                        LocalDate.of(2027, 12, 31),
                        FR));
        assertThatThrownBy(() -> db.run(em -> bodies(em)
                        .addMandate(
                                body, b, null, MandatePosition.PRESIDENT, null, LocalDate.of(2026, 1, 1), null, FR)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        f -> assertThat(f.getViolations().get(0).message())
                                .contains("Présidence")
                                .contains("Conseil d’administration"));
        db.run(em -> bodies(em)
                .addMandate(body, b, null, MandatePosition.PRESIDENT, null, LocalDate.of(2028, 1, 1), null, FR));
        assertThatThrownBy(() -> db.run(em -> bodies(em)
                        .addMandate(
                                body,
                                9999L,
                                null,
                                MandatePosition.MEMBER,
                                null,
                                LocalDate.of(2026, 1, 1),
                                LocalDate.of(2025, 1, 1),
                                FR)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        f -> assertThat(f.getViolations())
                                .extracting(ValidationFailure.Violation::field)
                                .containsExactly("mandateActor", "mandateEnd"));
    }

    @Test
    void holdAMeetingFromConvocationToMinutes() throws Exception {
        long body = board();
        long[] members = {actor("Anne"), actor("Bruno"), actor("Chloé"), actor("Dan")};
        for (long m : members) {
            db.run(em -> bodies(em)
                    .addMandate(body, m, null, MandatePosition.MEMBER, null, LocalDate.of(2025, 1, 1), null, FR));
        }
        long former = actor("Ancien");
        db.run(em -> bodies(em)
                .addMandate(
                        body,
                        former,
                        null,
                        MandatePosition.MEMBER,
                        null,
                        LocalDate.of(2020, 1, 1),
                        LocalDate.of(2024, 1, 1),
                        FR));
        // convened 5 days before, the statutes ask 8
        long meeting = db.tx(em -> sessions(em)
                .save(
                        body,
                        null,
                        null,
                        "CA de mars",
                        LocalDateTime.of(2027, 3, 20, 18, 0),
                        "Névez",
                        "Charte",
                        LocalDate.of(2027, 3, 15),
                        false,
                        null,
                        FR)
                .getId());
        BodyMeeting m = db.tx(em -> sessions(em).meeting(meeting));
        assertThat(m.isNoticeTooShort()).isTrue();
        assertThat(m.noticeGiven()).isEqualTo(5);
        List<AttendanceLine> sheet = db.tx(em -> sessions(em).sheet(meeting));
        assertThat(sheet)
                .extracting(AttendanceLine::getActorId)
                .containsExactly(members[0], members[1], members[2], members[3]);

        // Anne and Bruno present, Chloé gives her proxy to Anne, Dan absent
        db.run(em -> sessions(em).mark(sheet.get(0).getId(), true, null, FR));
        db.run(em -> sessions(em).mark(sheet.get(1).getId(), true, null, FR));
        db.run(em -> sessions(em).mark(sheet.get(2).getId(), false, members[0], FR));
        assertThatThrownBy(() -> db.run(em -> sessions(em).mark(sheet.get(3).getId(), false, 12345L, FR)))
                .isInstanceOf(ValidationFailure.class);
        TallyResult quorum = db.tx(em -> sessions(em).quorum(meeting, id -> "#" + id));
        assertThat(quorum.represented()).isEqualTo(3);
        assertThat(quorum.quorumMet()).isTrue();

        long res = db.tx(em -> sessions(em)
                .addResolution(meeting, "Adopter le projet de charte", null, Majority.TWO_THIRDS, FR)
                .getId());
        Map<Long, Vote> votes = new HashMap<>();
        votes.put(members[0], Vote.FOR);
        votes.put(members[1], Vote.AGAINST);
        votes.put(members[2], Vote.FOR);
        votes.put(members[3], Vote.FOR); // absent, not represented: ignored
        // before the meeting's day the vote is refused; on the day it is recorded
        java.util.function.Function<LocalDate, java.util.function.Function<EntityManager, SessionService>> on =
                day -> em -> {
                    SessionService s = sessions(em);
                    s.clock = java.time.Clock.fixed(
                            day.atTime(21, 0)
                                    .atZone(java.time.ZoneId.of("Europe/Paris"))
                                    .toInstant(),
                            java.time.ZoneId.of("Europe/Paris"));
                    return s;
                };
        assertThatThrownBy(() -> db.run(em ->
                        on.apply(LocalDate.of(2027, 3, 19)).apply(em).vote(res, votes, Map.of(), id -> "#" + id, FR)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        f -> assertThat(f.getViolations().get(0).message())
                                .contains("20/03/2027")
                                .contains("pas avant"));
        TallyResult result = db.tx(
                em -> on.apply(LocalDate.of(2027, 3, 20)).apply(em).vote(res, votes, Map.of(), id -> "#" + id, FR));
        assertThat(result.counts().forVotes()).isEqualTo(2);
        assertThat(result.adopted()).isTrue(); // 2 of 3 cast = two thirds
        Resolution saved = db.tx(em -> sessions(em).resolutions(meeting).get(0));
        assertThat(saved.isAdopted()).isTrue();
        // the record keeps numbers, formatted when read: each reader sees their own number format
        assertThat(saved.getSummary()).isNull();
        String french =
                String.join("\n", SessionService.summaryLines(TestModules.bundles(new GovernanceModule()), FR, saved));
        String english = String.join(
                "\n", SessionService.summaryLines(TestModules.bundles(new GovernanceModule()), Locale.ENGLISH, saved));
        assertThat(french)
                .contains("Règle\u202F: majorité des deux tiers")
                .containsPattern("\\d+,\\d\\d\u202F%")
                .doesNotContainPattern("\\d\\.\\d\\d");
        assertThat(english)
                .contains("two thirds")
                .containsPattern("\\d+\\.\\d\\d%")
                .doesNotContain("\u202F");
        assertThatThrownBy(() -> db.run(em ->
                        on.apply(LocalDate.of(2027, 3, 20)).apply(em).vote(res, votes, Map.of(), id -> "#" + id, FR)))
                .isInstanceOf(ValidationFailure.class);
        List<Resolution> register = db.tx(em -> sessions(em).decisions("charte"));
        assertThat(register).hasSize(1);
        assertThat(db.tx(em -> sessions(em).decisions("budget")).size()).isZero();

        // the minutes before the officers are chosen say so
        assertThat(fr.tierslieu.core.testsupport.PdfText.of(
                        db.tx(em -> sessions(em).minutesPdf(meeting, id -> "#" + id, FR))))
                .contains("Présidence de séance\u202F: à désigner");
        // président(e) and secrétaire de séance: two different people present
        assertThatThrownBy(() -> db.run(em -> sessions(em).officers(meeting, members[3], members[1], FR)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        f -> assertThat(f.getViolations())
                                .extracting(ValidationFailure.Violation::field)
                                .containsExactly("chair"));
        assertThatThrownBy(() -> db.run(em -> sessions(em).officers(meeting, members[0], members[0], FR)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        f -> assertThat(f.getViolations())
                                .extracting(ValidationFailure.Violation::field)
                                .containsExactly("secretary"));
        db.run(em -> sessions(em).officers(meeting, members[0], members[1], FR));

        byte[] pdf = db.tx(em -> sessions(em).minutesPdf(meeting, id -> "#" + id, FR));
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        String minutes = fr.tierslieu.core.testsupport.PdfText.of(pdf);
        assertThat(minutes)
                .contains("Présidence de séance\u202F: #" + members[0] + ". Secrétariat de séance\u202F: #" + members[1]
                        + ".")
                .contains("Fait à Névez, le 20 mars 2027.")
                .contains("Pour la présidence de séance")
                .contains("Pour le secrétariat de séance")
                .contains("Signature\u202F:");
        // the signature block comes last, after the resolutions
        assertThat(minutes.indexOf("Pour la présidence de séance"))
                .isGreaterThan(minutes.indexOf("Adopter le projet de charte"));
        // the minutes print the vote in French: « 66,67 % », « Règle : … », no « 66.67 »
        String text = fr.tierslieu.core.testsupport.PdfText.of(pdf);
        assertThat(text).contains("Règle\u202F: majorité des deux tiers").containsPattern("\\d+,\\d\\d\u202F%");
        assertThat(fr.tierslieu.core.testsupport.PdfText.frenchProblems(text)).isEmpty();

        // the officers sign the minutes, each with their own account, once the meeting is held
        MinutesSeal seal = MinutesSeal.ephemeral("Atelier Z");
        java.util.function.Function<LocalDate, java.util.function.Function<EntityManager, SessionService>> sealed =
                day -> em -> {
                    SessionService s = on.apply(day).apply(em);
                    s.useSeal(seal);
                    return s;
                };
        LocalDate after = LocalDate.of(2027, 3, 21);
        assertThatThrownBy(() -> db.run(
                        em -> sealed.apply(LocalDate.of(2027, 3, 19)).apply(em).signMinutes(meeting, true, "anne", FR)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        f -> assertThat(f.getViolations().get(0).field()).isEqualTo("signChair"));
        db.run(em -> sealed.apply(after).apply(em).signMinutes(meeting, true, "anne", FR));
        assertThatThrownBy(() -> db.run(em -> sealed.apply(after).apply(em).signMinutes(meeting, true, "anne", FR)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        f -> assertThat(f.getViolations().get(0).message()).contains("déjà signé"));
        assertThatThrownBy(() -> db.run(em -> sealed.apply(after).apply(em).signMinutes(meeting, false, "anne", FR)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        f -> assertThat(f.getViolations())
                                .extracting(ValidationFailure.Violation::field, ValidationFailure.Violation::message)
                                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                        "signSecretary",
                                        "Les deux signatures viennent de deux comptes différents\u202F: la présidence"
                                                + " et le secrétariat de séance signent chacun avec le sien.")));
        // once signed, the meeting, its attendance and its officers no longer change
        for (org.assertj.core.api.ThrowableAssert.ThrowingCallable change :
                List.<org.assertj.core.api.ThrowableAssert.ThrowingCallable>of(
                        () -> db.run(em -> sessions(em).mark(sheet.get(3).getId(), true, null, FR)),
                        () -> db.run(em -> sessions(em).officers(meeting, members[1], members[0], FR)),
                        () -> db.run(em -> sessions(em).addResolution(meeting, "Une de plus", null, null, FR)))) {
            assertThatThrownBy(change)
                    .isInstanceOfSatisfying(
                            ValidationFailure.class,
                            f -> assertThat(f.getViolations().get(0).message())
                                    .startsWith("Le procès-verbal est signé"));
        }
        db.run(em -> sealed.apply(after).apply(em).signMinutes(meeting, false, "bruno", FR));
        byte[] signed = db.tx(em -> sealed.apply(after).apply(em).minutesPdf(meeting, id -> "#" + id, FR));
        assertThat(fr.tierslieu.core.testsupport.PdfText.of(signed))
                .contains("Signé électroniquement par le compte «\u202Fanne\u202F» le 21/03/2027")
                .contains("Signé électroniquement par le compte «\u202Fbruno\u202F»");
        // PDF/A-1b, as the PDFBox preflight validator reads it
        java.nio.file.Path file = java.nio.file.Files.createTempFile("pv", ".pdf");
        try {
            java.nio.file.Files.write(file, signed);
            org.apache.pdfbox.preflight.ValidationResult pdfa =
                    org.apache.pdfbox.preflight.parser.PreflightParser.validate(file.toFile());
            assertThat(pdfa.getErrorsList())
                    .extracting(e -> e.getErrorCode() + " " + e.getDetails())
                    .isEmpty();
            assertThat(pdfa.isValid()).isTrue();
        } finally {
            java.nio.file.Files.delete(file);
        }
        // two signatures, in the order they were given, each verified with the installation's certificate
        assertThat(MinutesSignatures.verify(signed, seal.certificate()))
                .containsExactly("#" + members[0], "#" + members[1]);
        byte[] tampered = signed.clone();
        // one byte changed inside the first content stream: both signatures break
        int at = new String(signed, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("stream") + 20;
        tampered[at] = (byte) (tampered[at] ^ 0x01);
        assertThatThrownBy(() -> MinutesSignatures.verify(tampered, seal.certificate()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void noticePeriodIsComparedToTheStatutes() throws Exception {
        long body = board();
        long meeting = db.tx(em -> sessions(em)
                .save(
                        body,
                        null,
                        null,
                        "CA",
                        LocalDateTime.of(2027, 3, 20, 18, 0),
                        null,
                        null,
                        LocalDate.of(2027, 3, 15),
                        false,
                        null,
                        FR)
                .getId());
        boolean tooShort = db.tx(em -> sessions(em).meeting(meeting).isNoticeTooShort());
        assertThat(tooShort).isTrue();
        assertThatThrownBy(() -> db.run(em -> sessions(em)
                        .save(
                                body,
                                null,
                                null,
                                "CA",
                                LocalDateTime.of(2027, 3, 20, 18, 0),
                                null,
                                null,
                                LocalDate.of(2027, 3, 21),
                                false,
                                null,
                                FR)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        f -> assertThat(f.getViolations().get(0).field()).isEqualTo("convenedOn"));
        Body b = db.tx(em -> bodies(em).body(body));
        assertThat(b.getNoticeDays()).isEqualTo(8);
    }

    @Test
    void votesByCorrespondenceCountForTheQuorumWhenTheStatutesAllowThem() throws Exception {
        long body = board();
        long[] members = {actor("Anne"), actor("Bruno"), actor("Chloé"), actor("Dan")};
        for (long m : members) {
            db.run(em -> bodies(em)
                    .addMandate(body, m, null, MandatePosition.MEMBER, null, LocalDate.of(2025, 1, 1), null, FR));
        }
        long meeting = db.tx(em -> sessions(em)
                .save(
                        body,
                        null,
                        null,
                        "CA d'avril",
                        LocalDateTime.of(2027, 4, 20, 18, 0),
                        "Névez",
                        null,
                        LocalDate.of(2027, 4, 1),
                        false,
                        null,
                        FR)
                .getId());
        List<AttendanceLine> sheet = db.tx(em -> sessions(em).sheet(meeting));
        db.run(em -> sessions(em).mark(sheet.get(0).getId(), true, null, FR));
        // not in the statutes: refused at the field
        assertThatThrownBy(() -> db.run(
                        em -> sessions(em).markByCorrespondence(sheet.get(1).getId(), true, FR)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        f -> assertThat(f.getViolations().get(0).field()).isEqualTo("byCorrespondence"));
        TallyResult alone = db.tx(em -> sessions(em).quorum(meeting, id -> "#" + id));
        assertThat(alone.quorumMet()).isFalse(); // 1 of 4, the statutes ask half

        db.run(em -> {
            BodyDraft d = BodyDraft.of(bodies(em).body(body));
            d.setCorrespondenceAllowed(true);
            bodies(em).saveBody(d, FR);
        });
        db.run(em -> sessions(em).markByCorrespondence(sheet.get(1).getId(), true, FR));
        TallyResult withPost = db.tx(em -> sessions(em).quorum(meeting, id -> "#" + id));
        assertThat(withPost.quorumMet()).isTrue(); // 2 of 4
        // a member who voted by correspondence holds no proxy
        assertThatThrownBy(() -> db.run(em -> sessions(em).mark(sheet.get(2).getId(), false, members[1], FR)))
                .isInstanceOf(ValidationFailure.class);
        // marking them present undoes the vote by correspondence
        db.run(em -> sessions(em).mark(sheet.get(1).getId(), true, null, FR));
        AttendanceLine bruno = db.tx(em -> sessions(em).sheet(meeting).get(1));
        assertThat(bruno.isByCorrespondence()).isFalse();
        assertThat(bruno.isPresent()).isTrue();
        db.run(em -> sessions(em).markByCorrespondence(sheet.get(3).getId(), true, FR));
        String minutes = fr.tierslieu.core.testsupport.PdfText.of(db.tx(em ->
                sessions(em).minutesPdf(meeting, id -> id == members[3] ? "Dan" : "#" + id, FR)));
        assertThat(minutes).contains("Par correspondance");
    }

    @Test
    void aChangeOfStatutesCountsItsMajorityOverTheBaseTheStatutesSetForIt() throws Exception {
        long body = board();
        db.run(em -> {
            BodyDraft d = BodyDraft.of(bodies(em).body(body));
            d.setMajorityBase(fr.tierslieu.governance.domain.MajorityBase.VOTES_CAST);
            d.setStatutesBase(fr.tierslieu.governance.domain.MajorityBase.ALL_MEMBERS);
            bodies(em).saveBody(d, FR);
        });
        long[] members = {actor("Anne"), actor("Bruno"), actor("Chloé"), actor("Dan"), actor("Émile")};
        for (long m : members) {
            db.run(em -> bodies(em)
                    .addMandate(body, m, null, MandatePosition.MEMBER, null, LocalDate.of(2025, 1, 1), null, FR));
        }
        long meeting = db.tx(em -> sessions(em)
                .save(
                        body,
                        null,
                        null,
                        "CA de mai",
                        LocalDateTime.of(2026, 5, 20, 18, 0),
                        "Névez",
                        null,
                        LocalDate.of(2026, 5, 1),
                        false,
                        null,
                        FR)
                .getId());
        List<AttendanceLine> sheet = db.tx(em -> sessions(em).sheet(meeting));
        for (int i = 0; i < 3; i++) {
            long line = sheet.get(i).getId();
            db.run(em -> sessions(em).mark(line, true, null, FR));
        }
        long ordinary = db.tx(em -> sessions(em)
                .addResolution(meeting, "Budget 2026", null, Majority.ABSOLUTE, FR)
                .getId());
        long statutes = db.tx(em -> sessions(em)
                .addResolution(
                        meeting,
                        "Nouvel objet social",
                        null,
                        Majority.ABSOLUTE,
                        fr.tierslieu.governance.domain.DecisionKind.STATUTES,
                        FR)
                .getId());
        Map<Long, Vote> votes = Map.of(members[0], Vote.FOR, members[1], Vote.FOR, members[2], Vote.AGAINST);
        // 2 for of 3 votes cast: adopted; 2 for of 5 members: not adopted
        TallyResult o = db.tx(em -> sessions(em).vote(ordinary, votes, Map.of(), id -> "#" + id, FR));
        TallyResult st = db.tx(em -> sessions(em).vote(statutes, votes, Map.of(), id -> "#" + id, FR));
        assertThat(o.adopted()).isTrue();
        assertThat(st.adopted()).isFalse();
        Resolution saved = db.tx(em -> sessions(em).resolutions(meeting).get(1));
        assertThat(saved.getKind()).isEqualTo(fr.tierslieu.governance.domain.DecisionKind.STATUTES);
        Body b = db.tx(em -> bodies(em).body(body));
        assertThat(b.baseFor(fr.tierslieu.governance.domain.DecisionKind.DISSOLUTION))
                .isEqualTo(fr.tierslieu.governance.domain.MajorityBase.VOTES_CAST); // follows the usual base
    }

    @Test
    void theRegisterOfMinutesHoldsEveryMeetingHeldOnNumberedPages() throws Exception {
        long body = board();
        long anne = actor("Anne");
        db.run(em -> bodies(em)
                .addMandate(body, anne, null, MandatePosition.PRESIDENT, null, LocalDate.of(2025, 1, 1), null, FR));
        db.run(em -> sessions(em)
                .save(
                        body,
                        null,
                        null,
                        "CA de janvier",
                        LocalDateTime.of(2026, 1, 20, 18, 0),
                        "Névez",
                        null,
                        LocalDate.of(2026, 1, 5),
                        false,
                        null,
                        FR));
        db.run(em -> sessions(em)
                .save(
                        body,
                        null,
                        null,
                        "CA de mars",
                        LocalDateTime.of(2026, 3, 20, 18, 0),
                        "Névez",
                        null,
                        LocalDate.of(2026, 3, 5),
                        false,
                        null,
                        FR));
        db.run(em -> sessions(em)
                .save(
                        body,
                        null,
                        null,
                        "CA de décembre",
                        LocalDateTime.of(2026, 12, 20, 18, 0),
                        "Névez",
                        null,
                        LocalDate.of(2026, 12, 5),
                        false,
                        null,
                        FR));
        byte[] pdf = db.tx(em -> sessions(em).minutesRegisterPdf(body, LocalDate.of(2026, 11, 28), id -> "Anne", FR));
        String text = fr.tierslieu.core.testsupport.PdfText.of(pdf);
        assertThat(text)
                .contains("Registre des procès-verbaux", "2 réunions tenues", "CA de janvier", "CA de mars", "Paraphe")
                .doesNotContain("CA de décembre");
        assertThat(text.indexOf("CA de janvier")).isLessThan(text.indexOf("CA de mars"));
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages())
                    .isGreaterThanOrEqualTo(3); // the title page, then one page per meeting at least
            String last = new org.apache.pdfbox.text.PDFTextStripper() {
                {
                    setStartPage(doc.getNumberOfPages());
                    setEndPage(doc.getNumberOfPages());
                }
            }.getText(doc);
            assertThat(last).contains("\u2014 " + doc.getNumberOfPages());
        }
        assertThat(fr.tierslieu.core.testsupport.PdfText.frenchProblems(text)).isEmpty();
    }

    @Test
    void aMeetingAndAResolutionAreRefusedFieldByFieldInTheFormsOrder() {
        long body = board();
        String longPlace = "x".repeat(fr.tierslieu.governance.domain.BodyMeeting.PLACE_MAX + 1);
        assertThatThrownBy(() -> db.run(
                        em -> sessions(em).save(body, null, null, " ", null, longPlace, null, null, false, null, FR)))
                .isInstanceOfSatisfying(
                        fr.tierslieu.core.domain.shared.ValidationFailure.class,
                        f -> assertThat(f.getViolations())
                                .extracting(fr.tierslieu.core.domain.shared.ValidationFailure.Violation::field)
                                .containsExactly("sessionTitle", "startsAt", "place"));
        long meeting = db.tx(em -> sessions(em)
                .save(body, null, null, "CA", LocalDateTime.of(2027, 3, 20, 18, 0), null, null, null, false, null, FR)
                .getId());
        assertThatThrownBy(() -> db.run(em -> sessions(em).addResolution(meeting, "", null, Majority.SIMPLE, FR)))
                .isInstanceOfSatisfying(
                        fr.tierslieu.core.domain.shared.ValidationFailure.class,
                        f -> assertThat(f.getViolations())
                                .singleElement()
                                .isEqualTo(new fr.tierslieu.core.domain.shared.ValidationFailure.Violation(
                                        "resolutionTitle", "Champ obligatoire.")));
    }
}
