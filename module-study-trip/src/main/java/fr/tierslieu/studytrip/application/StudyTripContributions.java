package fr.tierslieu.studytrip.application;

import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.module.ActorUsageProvider;
import fr.tierslieu.core.module.RoadmapContributor;
import fr.tierslieu.studytrip.StudyTripModule;
import fr.tierslieu.studytrip.domain.Trip;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the study trip gives the core through the contract: each trip of a project as a milestone
 * of its roadmap, and the trips an actor takes part in (registered, invited or hosting).
 */
@ApplicationScoped
public class StudyTripContributions
        implements RoadmapContributor, ActorUsageProvider, fr.tierslieu.core.module.GettingStartedContributor {

    @PersistenceContext(unitName = "studytrip")
    EntityManager em;

    @Inject
    MessageBundles messages;

    @Override
    public List<Milestone> milestones(long projectId, Locale locale) {
        List<Milestone> out = new ArrayList<>();
        for (Trip t : em.createQuery("select t from Trip t where t.projectId = :p order by t.date", Trip.class)
                .setParameter("p", projectId)
                .getResultList()) {
            out.add(new Milestone(
                    StudyTripModule.ID,
                    "trip-" + t.getId(),
                    messages.format(locale, "studytrip.milestone", t.getTitle()),
                    t.getDate(),
                    "/studytrip/trip.xhtml?id=" + t.getId()));
        }
        return out;
    }

    @Override
    public List<String> usagesOf(long actorId, Locale locale) {
        long registrations = count("select count(p) from Participant p where p.actorId = :a", actorId);
        long invitations = count("select count(i) from Invitee i where i.actorId = :a", actorId);
        long hosting = count("select count(d) from Destination d where d.hostActorId = :a", actorId);
        if (registrations + invitations + hosting == 0) {
            return List.of();
        }
        return List.of(messages.format(locale, "studytrip.usage", registrations, invitations, hosting));
    }

    private long count(String jpql, long actorId) {
        return em.createQuery(jpql, Long.class).setParameter("a", actorId).getSingleResult();
    }

    /** An optional first step: the study trip to another tiers-lieu (done once a trip exists). */
    @Override
    public List<fr.tierslieu.core.module.GettingStartedStep> gettingStarted() {
        boolean trips =
                em.createQuery("select count(t) from Trip t", Long.class).getSingleResult() > 0;
        return List.of(new fr.tierslieu.core.module.GettingStartedStep(
                "trip",
                60,
                "studytrip.start.trip",
                "studytrip.start.trip.hint",
                "/studytrip/trips.xhtml",
                trips,
                true,
                java.util.Set.of(fr.tierslieu.core.domain.security.Role.ORGANIZER)));
    }
}
