package fr.tierslieu.core.api;

import fr.tierslieu.core.domain.project.Project;
import fr.tierslieu.core.domain.project.ProjectPartner;
import fr.tierslieu.core.domain.project.ProjectResource;
import fr.tierslieu.core.domain.roadmap.TaskSchedule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A project over HTTP. {@code partners} and {@code resources} are read-only in this
 * representation (they are edited on the project's page).
 */
public record ProjectJson(
        Long id,
        Long version,
        String name,
        String purpose,
        String objectives,
        String status,
        LocalDate startDate,
        LocalDate endDate,
        Long leadActorId,
        String leadActorName,

        @fr.tierslieu.core.domain.shared.MaxItems(Project.MAX_TAGS)
        List<String> tags,

        @fr.tierslieu.core.domain.shared.MaxItems(Project.MAX_LINKS)
        List<LinkJson> links,

        @fr.tierslieu.core.domain.shared.MaxItems(Project.MAX_PARTNERS)
        List<PartnerJson> partners,

        @fr.tierslieu.core.domain.shared.MaxItems(Project.MAX_RESOURCES)
        List<ResourceJson> resources) {

    public record LinkJson(String label, String url) {}

    public record PartnerJson(long actorId, String actorName, String responsibility, String raci) {}

    public record ResourceJson(long actorId, String actorName, String kind, BigDecimal amount, String description) {}

    public static ProjectJson of(Project p, List<ProjectPartner> partners, List<ProjectResource> resources) {
        return new ProjectJson(
                p.getId(),
                p.getVersion(),
                p.getName(),
                p.getPurpose(),
                p.getObjectives(),
                p.getStatus().name(),
                p.getStartDate(),
                p.getEndDate(),
                p.getLead() == null ? null : p.getLead().getId(),
                p.getLead() == null ? null : p.getLead().getName(),
                List.copyOf(p.getTags()),
                p.getLinks().stream()
                        .map(l -> new LinkJson(l.getLabel(), l.getUrl()))
                        .toList(),
                partners == null
                        ? null
                        : partners.stream()
                                .map(x -> new PartnerJson(
                                        x.getActor().getId(),
                                        x.getActor().getName(),
                                        x.getResponsibility(),
                                        x.getRaci().name()))
                                .toList(),
                resources == null
                        ? null
                        : resources.stream()
                                .map(x -> new ResourceJson(
                                        x.getActor().getId(),
                                        x.getActor().getName(),
                                        x.getKind().name(),
                                        x.getAmount(),
                                        x.getDescription()))
                                .toList());
    }

    /** One task of {@code GET /api/core/projects/{id}/schedule}. */
    public record TaskScheduleJson(
            long id,
            String name,
            boolean milestone,
            String source,
            LocalDate earliestStart,
            LocalDate earliestFinish,
            LocalDate latestStart,
            LocalDate latestFinish,
            int slack,
            boolean critical,
            boolean lateStart) {
        static TaskScheduleJson of(TaskSchedule t, String source) {
            return new TaskScheduleJson(
                    t.id(),
                    t.name(),
                    t.milestone(),
                    source,
                    t.earliestStart(),
                    t.earliestFinish(),
                    t.latestStart(),
                    t.latestFinish(),
                    t.slack(),
                    t.critical(),
                    t.lateStart());
        }
    }

    public record ScheduleJson(
            long projectId, LocalDate today, LocalDate end, List<TaskScheduleJson> tasks, List<String> warnings) {}
}
