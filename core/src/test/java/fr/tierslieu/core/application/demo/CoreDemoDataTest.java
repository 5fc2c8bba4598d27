package fr.tierslieu.core.application.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.tierslieu.core.domain.actor.Actor;
import fr.tierslieu.core.domain.actor.Assessment;
import fr.tierslieu.core.domain.actor.Stance;
import fr.tierslieu.core.domain.security.AppUser;
import fr.tierslieu.core.domain.security.PasswordHasher;
import fr.tierslieu.core.domain.security.Role;
import fr.tierslieu.core.testsupport.JpaTestSupport;
import fr.tierslieu.core.testsupport.TestModules;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoreDemoDataTest {

    @Test
    void atelierZAndItsActorsAreLoadedWithHistoryAndDemoAccounts() {
        try (JpaTestSupport db = JpaTestSupport.core()) {
            db.run(em -> new CoreDemoData(em).load());
            List<Actor> actors = db.tx(
                    em -> em.createQuery("select a from Actor a", Actor.class).getResultList());
            assertThat(actors).hasSize(CoreDemoData.ACTOR_COUNT);
            assertThat(actors)
                    .extracting(Actor::getName)
                    .contains(
                            "Atelier Z",
                            "Commune de Névez",
                            "Concarneau Cornouaille Agglomération",
                            "Territoires Conseils (Banque des Territoires)",
                            "INRAE",
                            "Leroy Merlin",
                            "Decathlon",
                            "Bretagne Transition",
                            "KonK Ar Lab",
                            "Région Bretagne",
                            "Département du Finistère");
            assertThat(actors).anyMatch(a -> a.getPosition().getStance() == Stance.OPPONENT);

            List<Assessment> inrae = db.tx(em -> em.createQuery(
                            "select s from Assessment s where s.actor.name = 'INRAE' order by s.assessedOn",
                            Assessment.class)
                    .getResultList());
            assertThat(inrae)
                    .extracting(Assessment::getAssessedOn)
                    .containsExactly(CoreDemoData.TEMPS_1, CoreDemoData.TEMPS_2, CoreDemoData.TEMPS_3);

            List<AppUser> users = db.tx(em ->
                    em.createQuery("select u from AppUser u", AppUser.class).getResultList());
            assertThat(users)
                    .extracting(AppUser::getUsername)
                    .containsExactlyInAnyOrder("admin", "manager", "board", "organizer", "viewer");
            assertThat(users).allMatch(AppUser::isDemoAccount);
            assertThat(users).allMatch(u -> new PasswordHasher().verify("demo".toCharArray(), u.getPasswordHash()));
            assertThat(users)
                    .filteredOn(u -> u.getUsername().equals("board"))
                    .allMatch(u -> u.getRoles().equals(java.util.Set.of(Role.BOARD)));

            // the projects of the seed, with a roadmap, two dated analyses, the journey and its meetings
            List<String> projects = db.tx(em ->
                    em.createQuery("select p.name from Project p", String.class).getResultList());
            assertThat(projects)
                    .hasSize(5)
                    .contains(
                            "Atelier Z – tiers-lieu de Névez",
                            "Bateau en matériaux bio-sourcés",
                            "Soirées rencontres-débats avec l’INRAE",
                            "Séminaires d’entreprise",
                            "Économie circulaire");
            long main =
                    db.tx(em -> em.createQuery("select p.id from Project p where p.name like 'Atelier Z%'", Long.class)
                            .getSingleResult());
            var roadmap = db.tx(em -> new fr.tierslieu.core.application.roadmap.RoadmapService(
                            em,
                            TestModules.bundles(),
                            new fr.tierslieu.core.application.project.ProjectService(
                                    em, TestModules.validation(), TestModules.bundles()))
                    .view(main, java.util.Locale.FRENCH, java.time.LocalDate.of(2026, 11, 25)));
            assertThat(roadmap.schedule().hasCycle()).isFalse();
            assertThat(roadmap.warnings()).isEmpty();
            assertThat(roadmap.schedule().tasks()).anyMatch(t -> t.critical());
            long analyses = db.tx(em -> em.createQuery("select count(a) from MactorAnalysis a", Long.class)
                    .getSingleResult());
            assertThat(analyses).isEqualTo(2);
            long attendees = db.tx(
                    em -> em.createQuery("select count(a) from MeetingAttendee a where a.present = true", Long.class)
                            .getSingleResult());
            assertThat(attendees).isGreaterThan(10);
        }
    }
}
