package fr.tierslieu.core.application.demo;

import fr.tierslieu.core.domain.actor.Actor;
import fr.tierslieu.core.domain.actor.Assessment;
import fr.tierslieu.core.domain.actor.Stance;
import fr.tierslieu.core.domain.security.AppUser;
import fr.tierslieu.core.domain.security.PasswordHasher;
import fr.tierslieu.core.domain.security.Role;
import fr.tierslieu.core.testsupport.JpaTestSupport;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CoreDemoDataTest {

    @Test
    void atelierZAndItsActorsAreLoadedWithHistoryAndDemoAccounts() {
        try (JpaTestSupport db = JpaTestSupport.core()) {
            db.run(em -> new CoreDemoData(em).load());
            List<Actor> actors = db.tx(em -> em.createQuery("select a from Actor a", Actor.class).getResultList());
            assertThat(actors).hasSize(CoreDemoData.ACTOR_COUNT);
            assertThat(actors).extracting(Actor::getName).contains("Atelier Z", "Commune de Névez",
                    "Concarneau Cornouaille Agglomération", "Territoires Conseils (Banque des Territoires)", "INRAE",
                    "Leroy Merlin", "Decathlon", "Bretagne Transition", "KonK Ar Lab", "Région Bretagne",
                    "Département du Finistère");
            assertThat(actors).anyMatch(a -> a.getPosition().getStance() == Stance.OPPONENT);

            List<Assessment> inrae = db.tx(em -> em.createQuery(
                    "select s from Assessment s where s.actor.name = 'INRAE' order by s.assessedOn", Assessment.class)
                    .getResultList());
            assertThat(inrae).extracting(Assessment::getAssessedOn)
                    .containsExactly(CoreDemoData.TEMPS_1, CoreDemoData.TEMPS_2, CoreDemoData.TEMPS_3);

            List<AppUser> users = db.tx(em -> em.createQuery("select u from AppUser u", AppUser.class).getResultList());
            assertThat(users).extracting(AppUser::getUsername)
                    .containsExactlyInAnyOrder("admin", "manager", "board", "organizer", "viewer");
            assertThat(users).allMatch(AppUser::isDemoAccount);
            assertThat(users).allMatch(u -> new PasswordHasher().verify("demo".toCharArray(), u.getPasswordHash()));
            assertThat(users).filteredOn(u -> u.getUsername().equals("board"))
                    .allMatch(u -> u.getRoles().equals(java.util.Set.of(Role.BOARD)));
        }
    }
}
