package fr.tierslieu.core.application.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.tierslieu.core.application.audit.AuditUser;
import fr.tierslieu.core.application.meeting.MeetingService;
import fr.tierslieu.core.application.project.ProjectService;
import fr.tierslieu.core.domain.actor.Actor;
import fr.tierslieu.core.domain.actor.ActorKind;
import fr.tierslieu.core.domain.actor.ActorType;
import fr.tierslieu.core.domain.actor.PrivacyPolicy;
import fr.tierslieu.core.domain.actor.RelationshipType;
import fr.tierslieu.core.domain.actor.SensitiveField;
import fr.tierslieu.core.domain.actor.Stance;
import fr.tierslieu.core.domain.actor.Visibility;
import fr.tierslieu.core.domain.audit.AuditEntry;
import fr.tierslieu.core.domain.security.Role;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.core.module.ActorDeleted;
import fr.tierslieu.core.module.ActorUsageProvider;
import fr.tierslieu.core.testsupport.JpaTestSupport;
import fr.tierslieu.core.testsupport.TestModules;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What is recorded about persons (issue 18, part 6): who may read their stance, notes and
 * assessments under each level, in the service, the REST shape and the CSV/Excel exports; what a
 * save by someone who cannot read them keeps; the person's export and erasure.
 */
class PrivacyTest {

    private static final Set<Role> VIEWER = Set.of(Role.VIEWER);
    private static final Set<Role> BOARD = Set.of(Role.BOARD);
    private static final Set<Role> MANAGER = Set.of(Role.MANAGER);

    private JpaTestSupport db;
    private PrivacyPolicy policy = PrivacyPolicy.defaults();
    private final List<ActorUsageProvider> providers = new ArrayList<>();

    @BeforeEach
    void setUp() {
        db = JpaTestSupport.core();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private ActorService service(EntityManager em, Set<Role> roles) {
        ActorService s = new ActorService() {
            @Override
            protected PrivacyPolicy.Reader reader() {
                return policy.reader(roles);
            }

            @Override
            protected void fireDeleted(ActorDeleted event) {}

            @Override
            protected Iterable<ActorUsageProvider> usageProviders() {
                return providers;
            }
        };
        s.repository = new ActorRepository(em);
        s.validation = TestModules.validation();
        s.messages = TestModules.bundles();
        s.clock = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
        return s;
    }

    private ActorExporter exporter(EntityManager em, Set<Role> roles) {
        ActorExporter e = new ActorExporter() {
            @Override
            protected PrivacyPolicy.Reader reader() {
                return policy.reader(roles);
            }
        };
        e.repository = new ActorRepository(em);
        e.messages = TestModules.bundles();
        return e;
    }

    private ActorInsights insights(EntityManager em, Set<Role> roles) {
        ActorInsights i = new ActorInsights() {
            @Override
            protected PrivacyPolicy.Reader reader() {
                return policy.reader(roles);
            }
        };
        i.repository = new ActorRepository(em);
        return i;
    }

    private PersonalDataService personalData(EntityManager em, Instant now) {
        PersonalDataService p = new PersonalDataService() {
            @Override
            protected Iterable<ActorUsageProvider> usageProviders() {
                return providers;
            }
        };
        p.repository = new ActorRepository(em);
        p.messages = TestModules.bundles();
        p.meetings = new MeetingService(
                em, TestModules.bundles(), new ProjectService(em, TestModules.validation(), TestModules.bundles()));
        p.em = em;
        p.privacy = new ActorPrivacy(em);
        p.clock = Clock.fixed(now, ZoneOffset.UTC);
        return p;
    }

    /** The mayor (a person, opponent, notes) and the commune (an organisation, opponent, notes). */
    private long[] mayorAndCommune() {
        return db.tx(em -> {
            ActorService s = service(em, MANAGER);
            ActorDraft mayor = new ActorDraft();
            mayor.setType(ActorType.PERSON);
            mayor.setName("Jeanne Le Goff");
            mayor.setKind(ActorKind.RESIDENT);
            mayor.setEmail("jeanne@example.org");
            mayor.setNotes("Réticente depuis la réunion publique");
            mayor.setStance(Stance.OPPONENT);
            mayor.setInfluence(5);
            mayor.setInterest(4);
            mayor.setAssessmentComment("Opposée au projet de hangar");
            ActorDraft commune = new ActorDraft();
            commune.setName("Commune de Névez");
            commune.setKind(ActorKind.LOCAL_AUTHORITY);
            commune.setNotes("Salle prêtée le mardi");
            commune.setStance(Stance.OPPONENT);
            commune.setInfluence(4);
            return new long[] {
                s.create(mayor, Locale.FRENCH).getId(),
                s.create(commune, Locale.FRENCH).getId()
            };
        });
    }

    @Test
    void levelsGoFromTheTeamToEveryPartnerAndOrganisationsStayReadable() {
        PrivacyPolicy.Reader viewer = policy.reader(VIEWER);
        PrivacyPolicy.Reader board = policy.reader(BOARD);
        assertThat(viewer.sees(SensitiveField.POSITION, ActorType.PERSON)).isFalse();
        assertThat(viewer.sees(SensitiveField.NOTES, ActorType.ORGANISATION)).isTrue();
        assertThat(board.sees(SensitiveField.POSITION, ActorType.PERSON)).isTrue();
        assertThat(board.sees(SensitiveField.NOTES, ActorType.PERSON)).isFalse();
        assertThat(policy.reader(Set.of(Role.ORGANIZER)).sees(SensitiveField.NOTES, ActorType.PERSON))
                .isTrue();

        policy = new PrivacyPolicy(
                Map.of(SensitiveField.POSITION, Visibility.PARTNERS, SensitiveField.NOTES, Visibility.TEAM), 24);
        assertThat(policy.reader(VIEWER).sees(SensitiveField.POSITION, ActorType.PERSON))
                .isTrue();
        assertThat(policy.reader(VIEWER).sees(SensitiveField.NOTES, ActorType.PERSON))
                .isFalse();
        assertThat(policy.level(SensitiveField.ASSESSMENTS)).isEqualTo(Visibility.TEAM);
        assertThat(new PrivacyPolicy(Map.of(), 3).retentionMonths()).isEqualTo(PrivacyPolicy.RETENTION_DEFAULT);
    }

    @Test
    void aViewerNeitherReadsNorFiltersNorSortsOnAPersonsStanceWhenTheLevelIsTeamOnly() {
        policy = new PrivacyPolicy(Map.of(SensitiveField.POSITION, Visibility.TEAM), 36);
        long[] ids = mayorAndCommune();

        var asJson = db.<fr.tierslieu.core.api.ActorJson>tx(
                em -> fr.tierslieu.core.api.ActorJson.of(service(em, VIEWER).get(ids[0]), policy.reader(VIEWER)));
        assertThat(asJson.stance()).isNull();
        assertThat(asJson.influence()).isNull();
        assertThat(asJson.notes()).isNull();
        assertThat(asJson.hidden()).containsExactly("POSITION", "NOTES", "ASSESSMENTS");
        var commune = db.<fr.tierslieu.core.api.ActorJson>tx(
                em -> fr.tierslieu.core.api.ActorJson.of(service(em, VIEWER).get(ids[1]), policy.reader(VIEWER)));
        assertThat(commune.stance()).isEqualTo("OPPONENT");
        assertThat(commune.notes()).isEqualTo("Salle prêtée le mardi");
        assertThat(commune.hidden()).isEmpty();
        var forManager = db.<fr.tierslieu.core.api.ActorJson>tx(
                em -> fr.tierslieu.core.api.ActorJson.of(service(em, MANAGER).get(ids[0]), policy.reader(MANAGER)));
        assertThat(forManager.stance()).isEqualTo("OPPONENT");
        assertThat(forManager.notes()).contains("Réticente");

        ActorFilter opponents = new ActorFilter(null, null, null, null, Set.of(Stance.OPPONENT), null, null);
        assertThat(db.<List<Actor>>tx(em -> service(em, VIEWER).list(opponents)))
                .extracting(Actor::getName)
                .containsExactly("Commune de Névez");
        assertThat(db.<Long>tx(em -> service(em, VIEWER)
                        .count(new ActorFilter(
                                null, ActorType.PERSON, null, null, Set.of(Stance.OPPONENT), null, null))))
                .isZero();
        assertThat(db.<List<Actor>>tx(em -> service(em, MANAGER).list(opponents)))
                .hasSize(2);
        assertThat(db.<List<Actor>>tx(
                        em -> service(em, VIEWER).slice(ActorFilter.none(), ActorSort.STANCE, true, 0, 10)))
                .extracting(Actor::getName)
                .containsExactly("Commune de Névez", "Jeanne Le Goff");

        assertThat(db.<List<ActorInsights.GridPoint>>tx(
                        em -> insights(em, VIEWER).powerInterestGrid(ActorFilter.none())))
                .extracting(ActorInsights.GridPoint::name)
                .containsExactly("Commune de Névez");
        ActorInsights.Network network = db.tx(em -> insights(em, VIEWER).network());
        assertThat(network.nodes())
                .filteredOn(n -> n.id() == ids[0])
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.stance()).isEqualTo(ActorInsights.HIDDEN);
                    assertThat(n.influence()).isZero();
                });
        assertThat(db.<List<Actor>>tx(em -> insights(em, VIEWER).needingAttention(5)))
                .extracting(Actor::getName)
                .containsExactly("Commune de Névez");
        assertThat(db.<List<Actor>>tx(em -> insights(em, MANAGER).needingAttention(5)))
                .extracting(Actor::getName)
                .containsExactly("Jeanne Le Goff", "Commune de Névez");
    }

    @Test
    void csvAndExcelExportsHideWhatTheReaderMayNotRead() throws Exception {
        policy = new PrivacyPolicy(Map.of(SensitiveField.POSITION, Visibility.TEAM), 36);
        mayorAndCommune();
        String csv = new String(
                db.<byte[]>tx(em -> exporter(em, VIEWER).csv(ActorFilter.none(), Locale.FRENCH)),
                StandardCharsets.UTF_8);
        String hidden = TestModules.bundles().get(Locale.FRENCH, "core.privacy.hidden");
        String mayorLine =
                csv.lines().filter(l -> l.startsWith("Jeanne")).findFirst().orElseThrow();
        assertThat(mayorLine)
                .doesNotContain("Réticente")
                .doesNotContain("Opposant")
                .contains(hidden);
        assertThat(csv.lines().filter(l -> l.startsWith("Commune")).findFirst().orElseThrow())
                .contains("Salle prêtée le mardi")
                .contains("Opposant");
        String full = new String(
                db.<byte[]>tx(em -> exporter(em, MANAGER).csv(ActorFilter.none(), Locale.FRENCH)),
                StandardCharsets.UTF_8);
        assertThat(full).contains("Réticente depuis la réunion publique");

        byte[] xlsx = db.tx(em -> exporter(em, VIEWER).xlsx(ActorFilter.none(), Locale.FRENCH));
        List<String> cells = new ArrayList<>();
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : book.getFirstSheet().read()) {
                row.forEach(c -> cells.add(c == null ? "" : c.getRawValue()));
            }
        }
        assertThat(cells)
                .contains("Jeanne Le Goff", "Salle prêtée le mardi", hidden)
                .doesNotContain("Réticente depuis la réunion publique");
    }

    @Test
    void aSaveByABoardMemberKeepsTheNotesTheyCannotRead() {
        long[] ids = mayorAndCommune();
        db.run(em -> {
            ActorDraft d = ActorDraft.of(service(em, BOARD).get(ids[0]));
            d.setNotes(null); // the page does not show them, the REST body has null
            d.setPhone("02 98 00 00 00");
            service(em, BOARD).update(d, Locale.FRENCH);
        });
        Actor after = db.tx(em -> service(em, MANAGER).get(ids[0]));
        assertThat(after.getNotes()).isEqualTo("Réticente depuis la réunion publique");
        assertThat(after.getPhone()).isEqualTo("02 98 00 00 00");

        policy = new PrivacyPolicy(Map.of(SensitiveField.POSITION, Visibility.TEAM), 36);
        db.run(em -> {
            ActorDraft d = ActorDraft.of(service(em, BOARD).get(ids[0]));
            d.setStance(Stance.ALLY);
            d.setInfluence(1);
            service(em, BOARD).update(d, Locale.FRENCH);
        });
        Actor kept = db.tx(em -> service(em, MANAGER).get(ids[0]));
        assertThat(kept.getPosition().getStance()).isEqualTo(Stance.OPPONENT);
        assertThat(kept.getPosition().getInfluence()).isEqualTo(5);
    }

    @Test
    void eachWorkspaceHasItsOwnPolicyAndItsOwnSettings() {
        long kerlouan = db.<Long>tx(em -> {
            var w = new fr.tierslieu.core.domain.workspace.Workspace("kerlouan", "Kerlouan");
            em.persist(w);
            em.flush();
            return w.getId();
        });
        Map<SensitiveField, Visibility> open = new EnumMap<>(SensitiveField.class);
        open.put(SensitiveField.NOTES, Visibility.PARTNERS);
        ActorPrivacy shared = new ActorPrivacy(null); // one bean for the installation, as in the container
        shared.messages = TestModules.bundles();
        fr.tierslieu.core.application.workspace.WorkspaceContext.run(
                kerlouan,
                () -> db.run(em -> {
                    shared.em = em;
                    shared.save(open, 12, Locale.FRENCH);
                    fr.tierslieu.core.application.workspace.WorkspaceSettings.put(em, "impact.published", "true");
                }));
        PrivacyPolicy first = db.tx(em -> {
            shared.em = em;
            return shared.policy();
        });
        assertThat(first.level(SensitiveField.NOTES))
                .as("the first workspace's, not Kerlouan's")
                .isEqualTo(PrivacyPolicy.defaults().level(SensitiveField.NOTES));
        assertThat(first.retentionMonths()).isEqualTo(PrivacyPolicy.RETENTION_DEFAULT);
        PrivacyPolicy theirs = fr.tierslieu.core.application.workspace.WorkspaceContext.in(
                kerlouan,
                () -> db.tx(em -> {
                    shared.em = em;
                    return shared.policy();
                }));
        assertThat(theirs.level(SensitiveField.NOTES)).isEqualTo(Visibility.PARTNERS);
        assertThat(theirs.retentionMonths()).isEqualTo(12);
        assertThat(db.<java.util.Optional<String>>tx(
                        em -> fr.tierslieu.core.application.workspace.WorkspaceSettings.get(em, "impact.published")))
                .as("Kerlouan published its panorama, not the first workspace")
                .isEmpty();
    }

    @Test
    void thePolicyIsSavedForTheWorkspaceAndAnAbsurdRetentionIsRefused() {
        Map<SensitiveField, Visibility> levels = new EnumMap<>(SensitiveField.class);
        levels.put(SensitiveField.NOTES, Visibility.PARTNERS);
        db.run(em -> {
            ActorPrivacy p = new ActorPrivacy(em);
            p.messages = TestModules.bundles();
            p.save(levels, 24, Locale.FRENCH);
        });
        PrivacyPolicy read = db.tx(em -> new ActorPrivacy(em).policy());
        assertThat(read.level(SensitiveField.NOTES)).isEqualTo(Visibility.PARTNERS);
        assertThat(read.level(SensitiveField.POSITION)).isEqualTo(Visibility.BOARD);
        assertThat(read.retentionMonths()).isEqualTo(24);
        assertThatThrownBy(() -> db.run(em -> {
                    ActorPrivacy p = new ActorPrivacy(em);
                    p.messages = TestModules.bundles();
                    p.save(levels, 2, Locale.FRENCH);
                }))
                .isInstanceOf(ValidationFailure.class)
                .hasMessageContaining("entre 6 et 120 mois");
    }

    @Test
    void aPersonsDataIsExportedThenErasedDownToTheAuditLog() {
        long[] ids = AuditUser.runAs("alice", this::mayorAndCommune);
        db.run(em -> service(em, MANAGER)
                .relate(ids[0], ids[1], RelationshipType.PARTNER, 2, "Élue de la commune", Locale.FRENCH));
        AuditUser.runAs(
                "alice",
                () -> db.tx(em -> {
                    ActorDraft d = ActorDraft.of(service(em, MANAGER).get(ids[0]));
                    d.setAssessmentComment("Opposée au projet de hangar");
                    return service(em, MANAGER).update(d, Locale.FRENCH);
                }));
        String json = new String(
                db.<byte[]>tx(em ->
                        personalData(em, Instant.parse("2026-11-28T10:00:00Z")).export(ids[0], Locale.FRENCH)),
                StandardCharsets.UTF_8);
        assertThat(json)
                .contains(
                        "\"name\": \"Jeanne Le Goff\"",
                        "jeanne@example.org",
                        "Réticente depuis la réunion publique",
                        "Opposée au projet de hangar",
                        "\"with\": \"Commune de Névez\"",
                        "\"exportedOn\": \"2026-11-28\"");
        assertThatThrownBy(() -> db.run(em -> personalData(em, Instant.now()).export(ids[1], Locale.FRENCH)))
                .isInstanceOf(ValidationFailure.class);

        PersonalDataService.Erasure erasure = db.tx(
                em -> personalData(em, Instant.parse("2026-11-28T10:00:00Z")).erase(ids[0], null, Locale.FRENCH));
        assertThat(erasure.nameKept()).isFalse();
        assertThat(erasure.name()).isEqualTo("Personne effacée n° " + ids[0]);
        assertThat(erasure.ties()).isEqualTo(1);
        Actor erased = db.tx(em -> service(em, MANAGER).get(ids[0]));
        assertThat(erased.getEmail()).isNull();
        assertThat(erased.getNotes()).isNull();
        assertThat(erased.getAssessments()).isEmpty();
        assertThat(erased.getPosition().getStance()).isEqualTo(Stance.NEUTRAL);
        assertThat(erased.getErasedOn()).hasToString("2026-11-28");
        List<AuditEntry> audit = db.tx(em ->
                em.createQuery("select e from AuditEntry e", AuditEntry.class).getResultList());
        assertThat(audit).isNotEmpty().allSatisfy(e -> {
            assertThat(String.valueOf(e.getLabel())).doesNotContain("Jeanne");
            assertThat(String.valueOf(e.getChanges()))
                    .doesNotContain("Jeanne")
                    .doesNotContain("jeanne@example.org")
                    .doesNotContain("Réticente")
                    .doesNotContain("Opposée au projet");
        });
    }

    @Test
    void aNameALegalRegisterKeepsIsKeptAndTheReasonGiven() {
        long[] ids = mayorAndCommune();
        providers.add(new ActorUsageProvider() {
            @Override
            public List<String> usagesOf(long actorId, Locale locale) {
                return actorId == ids[0] ? List.of("1 mandat (gouvernance)") : List.of();
            }

            @Override
            public List<String> legalRecordsOf(long actorId, Locale locale) {
                return usagesOf(actorId, locale);
            }
        });
        PersonalDataService.Erasure erasure = db.tx(
                em -> personalData(em, Instant.parse("2026-11-28T10:00:00Z")).erase(ids[0], null, Locale.FRENCH));
        assertThat(erasure.nameKept()).isTrue();
        assertThat(erasure.keptFor()).containsExactly("1 mandat (gouvernance)");
        Actor erased = db.tx(em -> service(em, MANAGER).get(ids[0]));
        assertThat(erased.getName()).isEqualTo("Jeanne Le Goff");
        assertThat(erased.getNotes()).isNull();
    }

    @Test
    void personsUnchangedForLongerThanTheRetentionPeriodAreProposedForErasure() {
        long[] ids = mayorAndCommune();
        assertThat(db.<List<Actor>>tx(em -> personalData(em, Instant.now()).pastRetention(10)))
                .isEmpty();
        List<Actor> later = db.tx(em -> personalData(em, Instant.now().plus(java.time.Duration.ofDays(37 * 31)))
                .pastRetention(10));
        assertThat(later).extracting(Actor::getId).containsExactly(ids[0]);
        db.run(em -> personalData(em, Instant.now()).erase(ids[0], null, Locale.FRENCH));
        assertThat(db.<List<Actor>>tx(em -> personalData(em, Instant.now().plus(java.time.Duration.ofDays(37 * 31)))
                        .pastRetention(10)))
                .isEmpty();
    }
}
