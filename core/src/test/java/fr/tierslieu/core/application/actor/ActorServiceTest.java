package fr.tierslieu.core.application.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.tierslieu.core.domain.actor.Actor;
import fr.tierslieu.core.domain.actor.ActorKind;
import fr.tierslieu.core.domain.actor.ActorType;
import fr.tierslieu.core.domain.actor.EngagementLevel;
import fr.tierslieu.core.domain.actor.RelationshipType;
import fr.tierslieu.core.domain.shared.ConcurrentEditException;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.core.module.ActorDeleted;
import fr.tierslieu.core.module.ActorUsageProvider;
import fr.tierslieu.core.testsupport.JpaTestSupport;
import fr.tierslieu.core.testsupport.TestModules;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The registry's use cases on a real schema, outside the container (roles are checked by the interceptor, tested on Payara). */
class ActorServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private JpaTestSupport db;
    private final List<ActorDeleted> deletedEvents = new ArrayList<>();
    private final List<ActorUsageProvider> providers = new ArrayList<>();

    @BeforeEach
    void setUp() {
        db = JpaTestSupport.core();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private ActorService service(EntityManager em) {
        ActorService s = new ActorService() {
            @Override
            protected void fireDeleted(ActorDeleted event) {
                deletedEvents.add(event);
            }

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

    private static ActorDraft draft(String name) {
        ActorDraft d = new ActorDraft();
        d.setName(name);
        d.setKind(ActorKind.ASSOCIATION);
        return d;
    }

    private Actor create(String name) {
        return db.tx(em -> service(em).create(draft(name), Locale.FRENCH));
    }

    @Test
    void invalidDraftsAreRefusedFieldByFieldAndNothingIsSaved() {
        ActorDraft bad = draft("  ");
        bad.setKind(null);
        bad.setInfluence(7);
        bad.setEmail("pas une adresse");
        bad.setWebsite("www.example.org");
        assertThatThrownBy(() -> db.tx(em -> service(em).create(bad, Locale.FRENCH)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        f -> assertThat(f.getViolations())
                                .extracting(ValidationFailure.Violation::field)
                                .containsExactlyInAnyOrder("email", "influence", "kind", "name", "website"));
        Long count = db.tx(em -> new ActorRepository(em).countAll());
        assertThat(count).isZero();
    }

    @Test
    void aStaleDraftIsRefusedAndTheNewerSaveKept() {
        Actor created = create("KonK Ar Lab");
        ActorDraft mine = db.tx(em -> ActorDraft.of(service(em).get(created.getId())));
        ActorDraft theirs = db.tx(em -> ActorDraft.of(service(em).get(created.getId())));
        theirs.setCommune("Concarneau");
        db.tx(em -> service(em).update(theirs, Locale.FRENCH));

        mine.setCommune("Quimper");
        assertThatThrownBy(() -> db.tx(em -> service(em).update(mine, Locale.FRENCH)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(db.tx(em -> service(em).get(created.getId())).getCommune()).isEqualTo("Concarneau");
    }

    @Test
    void aChangedPositionIsRecordedAsAnAssessmentDatedTodayByDefault() {
        Actor created = create("INRAE");
        ActorDraft d = db.tx(em -> ActorDraft.of(service(em).get(created.getId())));
        d.setEngagement(EngagementLevel.CONSULTED);
        Actor updated = db.tx(em -> service(em).update(d, Locale.FRENCH));
        assertThat(updated.getAssessments()).hasSize(2);
        assertThat(updated.latestAssessmentDate()).isEqualTo(TODAY);

        ActorDraft earlier = ActorDraft.of(updated);
        earlier.setEngagement(EngagementLevel.CO_BUILDER);
        earlier.setAssessedOn(TODAY.minusDays(3));
        assertThatThrownBy(() -> db.tx(em -> service(em).update(earlier, Locale.FRENCH)))
                .isInstanceOfSatisfying(ValidationFailure.class, f -> {
                    assertThat(f.getViolations().get(0).field()).isEqualTo("assessedOn");
                    assertThat(f.getViolations().get(0).message()).contains("25/11/2026");
                });
    }

    @Test
    void tiesAreCheckedWithClearMessages() {
        Actor org = create("Commune de Névez");
        ActorDraft p = draft("Maire de Névez");
        p.setType(ActorType.PERSON);
        Actor person = db.tx(em -> service(em).create(p, Locale.FRENCH));

        assertThatThrownBy(() -> db.tx(em ->
                        service(em).relate(org.getId(), org.getId(), RelationshipType.PARTNER, 2, null, Locale.FRENCH)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        f -> assertThat(f.getViolations().get(0).message()).contains("lui-même"));
        assertThatThrownBy(() -> db.tx(em -> service(em)
                        .relate(org.getId(), person.getId(), RelationshipType.PARTNER, 5, null, Locale.FRENCH)))
                .isInstanceOf(ValidationFailure.class);
        assertThatThrownBy(
                        () -> db.tx(em -> service(em).addMembership(org.getId(), person.getId(), "x", Locale.FRENCH)))
                .hasMessageContaining("person");

        db.tx(em -> service(em).addMembership(person.getId(), org.getId(), "Maire", Locale.FRENCH));
        assertThatThrownBy(() ->
                        db.tx(em -> service(em).addMembership(person.getId(), org.getId(), "Maire", Locale.FRENCH)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        f -> assertThat(f.getViolations().get(0).message()).contains("déjà membre"));
    }

    @Test
    void deletionShowsItsImpactThenRemovesTiesAndTellsModules() {
        Actor a = create("Atelier Z");
        Actor b = create("KonK Ar Lab");
        db.tx(em -> service(em).relate(b.getId(), a.getId(), RelationshipType.PARTNER, 2, "fablab", Locale.FRENCH));
        providers.add((id, locale) -> id == a.getId() ? List.of("Signataire de la charte (gouvernance)") : List.of());
        fr.tierslieu.core.application.project.ProjectDraft p = new fr.tierslieu.core.application.project.ProjectDraft();
        p.setName("Tiers-lieu");
        long need = db.tx(em -> {
            var projects = new fr.tierslieu.core.application.project.ProjectService(
                    em, TestModules.validation(), TestModules.bundles());
            long project = projects.create(p, Locale.FRENCH).getId();
            return projects.addNeed(
                            project,
                            fr.tierslieu.core.domain.project.NeedKind.FINANCIAL,
                            "Plan de financement",
                            null,
                            null,
                            a.getId(),
                            Locale.FRENCH)
                    .getId();
        });

        DeletionImpact impact = db.tx(em -> service(em).impactOfDeleting(a.getId(), Locale.FRENCH));
        assertThat(impact.relationships()).isEqualTo(1);
        assertThat(impact.assessments()).isEqualTo(1);
        assertThat(impact.moduleUsages())
                .containsExactly(
                        "1 besoin de projet qu’il pourrait apporter (il restera, sans lui)",
                        "Signataire de la charte (gouvernance)");
        assertThat(impact.isUsedElsewhere()).isTrue();

        db.run(em -> service(em).delete(a.getId(), null));
        assertThat(deletedEvents).containsExactly(new ActorDeleted(a.getId(), "Atelier Z"));
        List<fr.tierslieu.core.domain.actor.Relationship> left =
                db.tx(em -> service(em).relationshipsOf(b.getId()));
        java.util.Optional<Actor> gone = db.tx(em -> new ActorRepository(em).find(a.getId()));
        assertThat(left).isEmpty();
        assertThat(gone).isEmpty();
        fr.tierslieu.core.domain.project.ProjectNeed kept =
                db.tx(em -> em.find(fr.tierslieu.core.domain.project.ProjectNeed.class, need));
        assertThat(kept.getActor()).isNull();
    }

    @Test
    void deletingWithAStaleVersionIsRefused() {
        Actor a = create("X");
        assertThatThrownBy(() -> db.run(em -> service(em).delete(a.getId(), a.getVersion() + 1)))
                .isInstanceOf(ConcurrentEditException.class);
    }
}
