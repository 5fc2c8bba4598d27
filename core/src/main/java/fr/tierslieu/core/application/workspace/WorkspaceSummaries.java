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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
        Map<JourneyStep, long[]> byStep = new EnumMap<>(JourneyStep.class);
        for (JourneyStep step : JourneyStep.values()) {
            byStep.put(step, new long[4]);
        }
        for (Object[] row : em.createQuery(
                        "select a.step, a.status, count(a) from JourneyActivity a"
                                + " where a.project.status <> :finished and a.status <> :skipped"
                                + " group by a.step, a.status",
                        Object[].class)
                .setParameter("finished", ProjectStatus.DONE)
                .setParameter("skipped", ActivityStatus.SKIPPED)
                .getResultList()) {
            long[] counts = byStep.get((JourneyStep) row[0]);
            long n = ((Number) row[2]).longValue();
            counts[1] += n;
            if (row[1] == ActivityStatus.DONE) {
                counts[0] += n;
            }
        }
        for (Object[] row : em.createQuery(
                        "select o.step, o.reached, count(o) from JourneyOutcome o"
                                + " where o.project.status <> :finished group by o.step, o.reached",
                        Object[].class)
                .setParameter("finished", ProjectStatus.DONE)
                .getResultList()) {
            long[] counts = byStep.get((JourneyStep) row[0]);
            long n = ((Number) row[2]).longValue();
            counts[3] += n;
            if (Boolean.TRUE.equals(row[1])) {
                counts[2] += n;
            }
        }
        List<StepProgress> lines = new ArrayList<>();
        long[] all = new long[4];
        for (Map.Entry<JourneyStep, long[]> e : byStep.entrySet()) {
            long[] c = e.getValue();
            lines.add(new StepProgress(e.getKey(), (int) c[0], (int) c[1], (int) c[2], (int) c[3]));
            for (int i = 0; i < 4; i++) {
                all[i] += c[i];
            }
        }
        lines.add(new StepProgress(null, (int) all[0], (int) all[1], (int) all[2], (int) all[3]));
        return lines;
    }
}
