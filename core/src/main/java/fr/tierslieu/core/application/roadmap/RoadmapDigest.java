package fr.tierslieu.core.application.roadmap;

import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.domain.project.Project;
import fr.tierslieu.core.domain.project.ProjectStatus;
import fr.tierslieu.core.domain.roadmap.PlanTask;
import fr.tierslieu.core.domain.roadmap.RoadmapLink;
import fr.tierslieu.core.domain.roadmap.RoadmapTask;
import fr.tierslieu.core.domain.roadmap.Schedule;
import fr.tierslieu.core.domain.roadmap.ScheduleIssue;
import fr.tierslieu.core.domain.roadmap.Scheduler;
import fr.tierslieu.core.module.DigestContributor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The core's part of the weekly digest: the tasks of each active project's roadmap that should
 * have started by now (the same schedule as the roadmap page, without the modules' milestones).
 */
@ApplicationScoped
public class RoadmapDigest implements DigestContributor {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    MessageBundles messages;

    public RoadmapDigest() {}

    /** For plain Java SE tests. */
    public RoadmapDigest(EntityManager em, MessageBundles messages) {
        this.em = em;
        this.messages = messages;
    }

    /** A task that should have started already, in a project not done. */
    public record Late(String project, String task, LocalDate date, long days) {}

    @Override
    public List<String> digest(Locale locale, LocalDate today) {
        DateTimeFormatter f =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
        List<String> out = new ArrayList<>();
        for (Late late : late(today)) {
            out.add(messages.format(
                    locale,
                    "core.digest.late",
                    late.project(),
                    messages.format(
                            locale,
                            "core.roadmap.issue.late",
                            late.task(),
                            late.date().format(f),
                            late.days())));
        }
        return out;
    }

    /**
     * The tasks of the workspace's projects (not done, at most 200 projects) whose schedule says
     * they should have started before {@code today}, project by project.
     */
    public List<Late> late(LocalDate today) {
        List<Late> out = new ArrayList<>();
        for (Project p : em.createQuery(
                        "select p from Project p where p.status <> :done order by p.name", Project.class)
                .setParameter("done", ProjectStatus.DONE)
                .setMaxResults(200)
                .getResultList()) {
            List<RoadmapTask> tasks = em.createQuery(
                            "select t from RoadmapTask t where t.project.id = :p order by t.id", RoadmapTask.class)
                    .setParameter("p", p.getId())
                    .getResultList();
            if (tasks.isEmpty()) {
                continue;
            }
            List<RoadmapLink> links = em.createQuery(
                            "select l from RoadmapLink l join fetch l.predecessor join fetch l.successor "
                                    + "where l.successor.project.id = :p order by l.id",
                            RoadmapLink.class)
                    .setParameter("p", p.getId())
                    .getResultList();
            List<PlanTask> plan = tasks.stream().map(RoadmapTask::toPlan).toList();
            Schedule schedule = Scheduler.schedule(
                    plan, links.stream().map(RoadmapLink::toPlan).toList(), today);
            for (ScheduleIssue issue : schedule.issues()) {
                if (issue.kind() == ScheduleIssue.Kind.LATE_START) {
                    out.add(new Late(p.getName(), issue.names().get(0), issue.date(), issue.days()));
                }
            }
        }
        return out;
    }
}
