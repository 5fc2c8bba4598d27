package fr.tierslieu.core.application.start;

import fr.tierslieu.core.domain.security.Role;
import fr.tierslieu.core.module.GettingStartedContributor;
import fr.tierslieu.core.module.GettingStartedStep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;

/**
 * The core's first steps: the tiers-lieu's project and its accompaniment journey (Temps 1 to 3 of
 * the method), the first actors of the map, and the team invited with their roles.
 */
@ApplicationScoped
public class CoreGettingStarted implements GettingStartedContributor {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    public CoreGettingStarted() {}

    /** For plain Java SE tests. */
    public CoreGettingStarted(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<GettingStartedStep> gettingStarted() {
        List<Long> projects = em.createQuery("select p.id from Project p order by p.id", Long.class)
                .setMaxResults(1)
                .getResultList();
        boolean journey = em.createQuery("select count(a) from JourneyActivity a", Long.class)
                        .getSingleResult()
                > 0;
        List<Long> withoutJourney = journey ? List.of() : projects;
        String projectOutcome = projects.isEmpty()
                ? "/core/projects/edit.xhtml"
                : "/core/projects/journey.xhtml?id="
                        + withoutJourney.stream().findFirst().orElse(projects.get(0));
        long actors = em.createQuery("select count(a) from Actor a", Long.class).getSingleResult();
        long people = em.createQuery("select count(u) from AppUser u where u.enabled = true", Long.class)
                .getSingleResult();
        return List.of(
                new GettingStartedStep(
                        "project",
                        10,
                        "core.start.project",
                        "core.start.project.hint",
                        projectOutcome,
                        journey,
                        false,
                        Set.of(Role.MANAGER, Role.BOARD)),
                new GettingStartedStep(
                        "actors",
                        20,
                        "core.start.actors",
                        "core.start.actors.hint",
                        "/core/actors/edit.xhtml",
                        actors > 0,
                        false,
                        Set.of(Role.MANAGER, Role.BOARD)),
                new GettingStartedStep(
                        "team",
                        30,
                        "core.start.team",
                        "core.start.team.hint",
                        "/core/admin/users.xhtml",
                        people > 1,
                        false,
                        Set.of(Role.ADMIN)));
    }
}
