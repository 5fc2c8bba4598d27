package fr.tierslieu.core.application.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.tierslieu.core.application.actor.ActorService;
import fr.tierslieu.core.application.demo.CoreDemoData;
import fr.tierslieu.core.domain.actor.Actor;
import fr.tierslieu.core.domain.actor.ActorKind;
import fr.tierslieu.core.domain.actor.ActorType;
import fr.tierslieu.core.domain.actor.EngagementLevel;
import fr.tierslieu.core.domain.actor.PrivacyPolicy;
import fr.tierslieu.core.domain.actor.RelationshipType;
import fr.tierslieu.core.domain.actor.Stance;
import fr.tierslieu.core.domain.project.Finding;
import fr.tierslieu.core.domain.project.JourneyStep;
import fr.tierslieu.core.domain.project.ProposalKind;
import fr.tierslieu.core.domain.project.ProposalStatus;
import fr.tierslieu.core.domain.project.WorkshopProposal;
import fr.tierslieu.core.domain.security.Role;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.core.testsupport.JpaTestSupport;
import fr.tierslieu.core.testsupport.TestModules;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 18, part 5: positions per project, and workshops where partners and guests propose (real schema). */
class CoConstructionTest {

    static final Locale FR = Locale.FRENCH;
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-12T09:00:00Z"), ZoneId.of("Europe/Paris"));
    private JpaTestSupport db;

    @BeforeEach
    void setUp() {
        db = JpaTestSupport.core();
        db.run(em -> new CoreDemoData(em).load());
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    static ProjectPositions positions(EntityManager em, PrivacyPolicy.Reader reader) {
        return new ProjectPositions(em, TestModules.bundles(), reader, CLOCK);
    }

    static ActorService actors(EntityManager em) {
        return fr.tierslieu.core.application.actor.ActorServices.of(em, CLOCK);
    }

    static WorkshopService workshops(EntityManager em) {
        return new WorkshopService(
                em,
                TestModules.bundles(),
                actors(em),
                new ProjectService(em, TestModules.validation(), TestModules.bundles()),
                CLOCK);
    }

    long project() {
        return db.tx(em -> em.createQuery("select p.id from Project p order by p.id", Long.class)
                .setMaxResults(1)
                .getSingleResult());
    }

    Actor actor(ActorType type) {
        return db.tx(em -> em.createQuery("select a from Actor a where a.type = :t order by a.name", Actor.class)
                .setParameter("t", type)
                .setMaxResults(1)
                .getSingleResult());
    }

    @Test
    void aPositionOnOneProjectOverridesTheGeneralOneAndRespectsConfidentiality() {
        long project = project();
        Actor org = actor(ActorType.ORGANISATION);
        Actor person = actor(ActorType.PERSON);
        PrivacyPolicy.Reader team = PrivacyPolicy.defaults().reader(Set.of(Role.MANAGER));
        PrivacyPolicy.Reader viewer = PrivacyPolicy.defaults().reader(Set.of(Role.VIEWER));
        Stance general = org.getPosition().getStance();
        Stance other = general == Stance.OPPONENT ? Stance.ALLY : Stance.OPPONENT;

        assertThatThrownBy(() -> db.run(em -> positions(em, team).assess(project, org.getId(), null, 0, 6, FR)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        e -> assertThat(e.getViolations())
                                .extracting(ValidationFailure.Violation::field)
                                .containsExactly("stance", "influence", "interest"));
        db.run(em -> positions(em, team).assess(project, org.getId(), other, 5, 2, FR));
        db.run(em -> positions(em, team).assess(project, person.getId(), Stance.ALLY, 4, 4, FR));
        ProjectPositions.Row row = db.tx(em -> positions(em, team).of(project).stream()
                .filter(r -> r.actor().getId().equals(org.getId()))
                .findFirst()
                .orElseThrow());
        assertThat(row.specific()).isTrue();
        assertThat(row.stance()).isEqualTo(other);
        assertThat(row.influence()).isEqualTo(5);
        assertThat(row.assessedOn()).isEqualTo(LocalDate.of(2026, 6, 12));
        // the registry's general position did not move
        assertThat(db.<Stance>tx(
                        em -> em.find(Actor.class, org.getId()).getPosition().getStance()))
                .isEqualTo(general);
        // a viewer does not read a person's position on the project either (default: board and team)
        ProjectPositions.Row hidden = db.tx(em -> positions(em, viewer).of(project).stream()
                .filter(r -> r.actor().getId().equals(person.getId()))
                .findFirst()
                .orElseThrow());
        assertThat(hidden.visible()).isFalse();
        assertThat(hidden.stance()).isNull();
        // the person's data erased on request: their position on the project goes with it
        String export = db.tx(em -> new String(
                fr.tierslieu.core.application.actor.ActorServices.personalData(em, CLOCK)
                        .export(person.getId(), FR),
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(export).contains("positionsPerProject").contains("ALLY");
        db.run(em -> fr.tierslieu.core.application.actor.ActorServices.personalData(em, CLOCK)
                .erase(person.getId(), null, FR));
        assertThat(db.<Long>tx(
                        em -> em.createQuery("select count(p) from ProjectPosition p where p.actor.id = :a", Long.class)
                                .setParameter("a", person.getId())
                                .getSingleResult()))
                .isZero();
        db.run(em -> positions(em, team).clear(project, org.getId()));
        assertThat(db.<Stance>tx(em -> positions(em, team).of(project).stream()
                        .filter(r -> r.actor().getId().equals(org.getId()))
                        .findFirst()
                        .map(ProjectPositions.Row::stance)
                        .orElse(general)))
                .isEqualTo(general);
    }

    @Test
    void aGuestProposesByTheirLinkAndTheTeamMergesWithTheOrigin() {
        long project = project();
        Actor org = actor(ActorType.ORGANISATION);
        List<Long> two =
                db.tx(em -> em.createQuery("select a.id from Actor a where a.type = :t order by a.name", Long.class)
                        .setParameter("t", ActorType.ORGANISATION)
                        .setMaxResults(2)
                        .getResultList());
        assertThatThrownBy(() -> db.run(em ->
                        workshops(em).create(project, " ", JourneyStep.QUALIFICATION, LocalDate.of(2026, 6, 1), FR)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        e -> assertThat(e.getViolations())
                                .extracting(ValidationFailure.Violation::field)
                                .containsExactly("workshopTitle", "closesOn"));
        long workshop = db.tx(em -> workshops(em)
                .create(project, "Cartographie des acteurs", JourneyStep.QUALIFICATION, LocalDate.of(2026, 6, 30), FR)
                .getId());
        WorkshopService.Invitation inv =
                db.tx(em -> workshops(em).invite(workshop, "Camille (association du port)", org.getId(), FR));
        assertThat(inv.token()).hasSizeGreaterThan(30);
        assertThat(db.<Boolean>tx(em -> new GuestWorkshop(em, TestModules.bundles(), CLOCK)
                        .guest("not-a-token")
                        .isPresent()))
                .isFalse();
        // four proposals by the link, one refused at its field
        db.run(em -> new GuestWorkshop(em, TestModules.bundles(), CLOCK)
                .propose(
                        inv.token(),
                        new WorkshopService.Draft(
                                ProposalKind.ACTOR,
                                "Chantier naval de Kerdruc",
                                ActorKind.COMPANY,
                                "Névez",
                                null,
                                null,
                                null,
                                null,
                                "Ils réparent les bateaux du port"),
                        FR));
        db.run(em -> new GuestWorkshop(em, TestModules.bundles(), CLOCK)
                .propose(
                        inv.token(),
                        new WorkshopService.Draft(
                                ProposalKind.RELATIONSHIP,
                                null,
                                null,
                                null,
                                two.get(0),
                                two.get(1),
                                RelationshipType.PARTNER,
                                null,
                                null),
                        FR));
        db.run(em -> new GuestWorkshop(em, TestModules.bundles(), CLOCK)
                .propose(
                        inv.token(),
                        new WorkshopService.Draft(
                                ProposalKind.ENGAGEMENT,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                EngagementLevel.CO_BUILDER,
                                "Nous voulons co-construire l’atelier bateau"),
                        FR));
        db.run(em -> new GuestWorkshop(em, TestModules.bundles(), CLOCK)
                .propose(
                        inv.token(),
                        new WorkshopService.Draft(
                                ProposalKind.EXPECTATION,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                "Un créneau hebdomadaire pour les jeunes"),
                        FR));
        assertThatThrownBy(() -> db.run(em -> new GuestWorkshop(em, TestModules.bundles(), CLOCK)
                        .propose(
                                inv.token(),
                                new WorkshopService.Draft(
                                        ProposalKind.ACTOR, "", null, null, null, null, null, null, null),
                                FR)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        e -> assertThat(e.getViolations())
                                .extracting(ValidationFailure.Violation::field)
                                .containsExactly("actorName", "actorKind"));
        List<WorkshopProposal> mine =
                db.tx(em -> new GuestWorkshop(em, TestModules.bundles(), CLOCK).proposals(inv.token()));
        assertThat(mine).hasSize(4).allMatch(p -> p.getStatus() == ProposalStatus.PENDING);
        assertThat(mine.get(2).getActor().getId())
                .as("the guest's own organisation")
                .isEqualTo(org.getId());

        // the team merges them, each with its origin
        for (WorkshopProposal p : mine) {
            db.run(em -> workshops(em).accept(p.getId(), FR));
        }
        Actor created = db.tx(em -> em.createQuery("select a from Actor a where a.name = :n", Actor.class)
                .setParameter("n", "Chantier naval de Kerdruc")
                .getSingleResult());
        assertThat(created.getNotes()).contains("Camille (association du port)").contains("Cartographie des acteurs");
        assertThat(db.<EngagementLevel>tx(
                        em -> em.find(Actor.class, org.getId()).getPosition().getEngagement()))
                .isEqualTo(EngagementLevel.CO_BUILDER);
        List<Finding> findings =
                db.tx(em -> new ProjectService(em, TestModules.validation(), TestModules.bundles()).findings(project));
        assertThat(findings)
                .anySatisfy(f -> assertThat(f.getText())
                        .contains("Un créneau hebdomadaire pour les jeunes")
                        .contains("Camille"));
        assertThat(db.<List<WorkshopProposal>>tx(em -> workshops(em).proposals(workshop)))
                .allMatch(p -> p.getStatus() == ProposalStatus.ACCEPTED && p.getResult() != null);
        assertThatThrownBy(() -> db.run(em -> workshops(em).reject(mine.get(0).getId(), FR)))
                .isInstanceOf(ValidationFailure.class);

        // closed: the link no longer takes proposals
        db.run(em -> workshops(em).close(workshop));
        assertThatThrownBy(() -> db.run(em -> new GuestWorkshop(em, TestModules.bundles(), CLOCK)
                        .propose(
                                inv.token(),
                                new WorkshopService.Draft(
                                        ProposalKind.EXPECTATION, null, null, null, null, null, null, null, "Encore"),
                                FR)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        e -> assertThat(e.getViolations().get(0).message()).contains("clos"));
    }
}
