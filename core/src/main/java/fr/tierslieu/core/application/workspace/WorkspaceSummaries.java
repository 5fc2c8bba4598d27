package fr.tierslieu.core.application.workspace;

import fr.tierslieu.core.application.actor.ActorInsights;
import fr.tierslieu.core.application.journey.StepProgress;
import fr.tierslieu.core.application.roadmap.RoadmapDigest;
import fr.tierslieu.core.application.security.RequiresRole;
import fr.tierslieu.core.domain.actor.EngagementOverview;
import fr.tierslieu.core.domain.project.ActivityStatus;
import fr.tierslieu.core.domain.project.JourneyStep;
import fr.tierslieu.core.domain.project.Meeting;
import fr.tierslieu.core.domain.project.ProjectStatus;
import fr.tierslieu.core.domain.security.Role;
import fr.tierslieu.core.domain.workspace.Workspace;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * One workspace at a glance, for the accompanying consultant's home: journey progress per step
 * (over the projects not done), the next meeting, the roadmap's late tasks and the engagement
 * trend. Each call runs in a transaction of its own, so in the workspace the thread is in when it
 * is called ({@link WorkspaceContext}); {@link AccompaniedWorkspaces} calls it once per workspace.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
@RequiresRole
public class WorkspaceSummaries {

    /** The window of the engagement trend, as on the dashboard's widget. */
    public static final int TREND_DAYS = 90;

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    ActorInsights insights;

    @Inject
    RoadmapDigest roadmap;

    public WorkspaceSummaries() {}

    /** Outside the container (tests). */
    public WorkspaceSummaries(EntityManager em, ActorInsights insights, RoadmapDigest roadmap) {
        this.em = em;
        this.insights = insights;
        this.roadmap = roadmap;
    }

    /**
     * A workspace seen from a consultant's home.
     *
     * @param steps one line per step of the method (study trip included), then the whole journey
     * @param nextMeeting the next meeting of any project, or null
     * @param late tasks that should have started (at most {@value #LATE_SHOWN} listed, all counted)
     * @param engagement actors by level today
     * @param up actors whose engagement went up over {@value #TREND_DAYS} days
     */
    public record Summary(
            long id,
            String slug,
            String name,
            Set<Role> roles,
            List<StepProgress> steps,
            NextMeeting nextMeeting,
            int lateCount,
            List<RoadmapDigest.Late> late,
            long actors,
            long committed,
            long up,
            long down) {

        public StepProgress whole() {
            return steps.get(steps.size() - 1);
        }
    }

    public record NextMeeting(String title, String project, LocalDateTime startsAt) {}

    /** Late tasks listed by name on a card. */
    public static final int LATE_SHOWN = 3;

    /** The summary of {@code workspace}, read in it (the caller has entered it). */
    public Summary of(Workspace workspace, Set<Role> roles, LocalDate today) {
        List<StepProgress> steps = progress();
        List<Meeting> next = em.createQuery(
                        "select m from Meeting m join fetch m.project where m.startsAt >= :now order by m.startsAt, m.id",
                        Meeting.class)
                .setParameter("now", today.atStartOfDay())
                .setMaxResults(1)
                .getResultList();
        NextMeeting meeting = next.isEmpty()
                ? null
                : new NextMeeting(
                        next.get(0).getTitle(),
                        next.get(0).getProject().getName(),
                        next.get(0).getStartsAt());
        List<RoadmapDigest.Late> late = roadmap.late(today);
        EngagementOverview engagement = insights.engagement(today.minusDays(TREND_DAYS));
        long committed = engagement.committed();
        return new Summary(
                workspace.getId(),
                workspace.getSlug(),
                workspace.getName(),
                roles,
                steps,
                meeting,
                late.size(),
                late.subList(0, Math.min(LATE_SHOWN, late.size())),
                engagement.total(),
                committed,
                engagement.count(EngagementOverview.Direction.UP),
                engagement.count(EngagementOverview.Direction.DOWN));
    }

    /** Activities done out of those not skipped, outcomes reached, per step, over the projects not done. */
    private List<StepProgress> progress() {
        StepProgress.Tally tally = new StepProgress.Tally();
        em.createQuery(
                        "select a.step, a.status, count(a) from JourneyActivity a"
                                + " where a.project.status <> :finished group by a.step, a.status",
                        Object[].class)
                .setParameter("finished", ProjectStatus.DONE)
                .getResultList()
                .forEach(row ->
                        tally.activities((JourneyStep) row[0], (ActivityStatus) row[1], ((Number) row[2]).longValue()));
        em.createQuery(
                        "select o.step, o.reached, count(o) from JourneyOutcome o"
                                + " where o.project.status <> :finished group by o.step, o.reached",
                        Object[].class)
                .setParameter("finished", ProjectStatus.DONE)
                .getResultList()
                .forEach(row -> tally.outcomes(
                        (JourneyStep) row[0], Boolean.TRUE.equals(row[1]), ((Number) row[2]).longValue()));
        return tally.lines();
    }
}
