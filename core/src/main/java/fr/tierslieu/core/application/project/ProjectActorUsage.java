package fr.tierslieu.core.application.project;

import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.module.ActorUsageProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What deleting an actor does to projects: it leaves the projects it leads without a lead, drops
 * its partner roles and committed resources, unassigns its tasks, and removes it from strategy
 * analyses (its row and column).
 */
@ApplicationScoped
public class ProjectActorUsage implements ActorUsageProvider {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    MessageBundles messages;

    @Override
    public List<String> usagesOf(long actorId, Locale locale) {
        List<String> lines = new ArrayList<>();
        add(lines, locale, "core.project.usage.lead", "select count(p) from Project p where p.lead.id = :a", actorId);
        add(
                lines,
                locale,
                "core.project.usage.partner",
                "select count(x) from ProjectPartner x where x.actor.id = :a",
                actorId);
        add(
                lines,
                locale,
                "core.project.usage.resource",
                "select count(x) from ProjectResource x where x.actor.id = :a",
                actorId);
        add(
                lines,
                locale,
                "core.project.usage.task",
                "select count(t) from RoadmapTask t where t.owner.id = :a",
                actorId);
        add(
                lines,
                locale,
                "core.project.usage.mactor",
                "select count(distinct a) from MactorAnalysis a join a.actors x where x.id = :a",
                actorId);
        add(
                lines,
                locale,
                "core.project.usage.meeting",
                "select count(a) from MeetingAttendee a where a.actor.id = :a",
                actorId);
        add(
                lines,
                locale,
                "core.project.usage.activity",
                "select count(distinct x) from JourneyActivity x left join x.participants p where x.owner.id = :a or p.id = :a",
                actorId);
        return lines;
    }

    private void add(List<String> lines, Locale locale, String key, String query, long actorId) {
        long count =
                em.createQuery(query, Long.class).setParameter("a", actorId).getSingleResult();
        if (count > 0) {
            lines.add(messages.format(locale, key, count));
        }
    }
}
