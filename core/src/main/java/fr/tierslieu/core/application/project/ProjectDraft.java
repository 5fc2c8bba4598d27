package fr.tierslieu.core.application.project;

import fr.tierslieu.core.domain.project.Project;
import fr.tierslieu.core.domain.project.ProjectStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * What the project form (or the REST API) sends. Tags are comma-separated; links are one per line,
 * "label | https://…" (the label may be omitted).
 */
public class ProjectDraft implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private Long id;
    private Long version;

    @NotBlank
    @Size(max = Project.NAME_MAX)
    private String name;

    @Size(max = Project.TEXT_MAX)
    private String purpose;

    @Size(max = Project.TEXT_MAX)
    private String objectives;

    @NotNull
    private ProjectStatus status = ProjectStatus.IDEA;

    private LocalDate startDate;
    private LocalDate endDate;
    private Long leadId;

    @Size(max = 1000)
    private String tags;

    @Size(max = 10000)
    private String links;

    public static ProjectDraft of(Project p) {
        ProjectDraft d = new ProjectDraft();
        d.id = p.getId();
        d.version = p.getVersion();
        d.name = p.getName();
        d.purpose = p.getPurpose();
        d.objectives = p.getObjectives();
        d.status = p.getStatus();
        d.startDate = p.getStartDate();
        d.endDate = p.getEndDate();
        d.leadId = p.getLead() == null ? null : p.getLead().getId();
        d.tags = String.join(", ", p.getTags());
        d.links = p.getLinks().stream()
                .map(l -> l.getLabel() + " | " + l.getUrl())
                .collect(Collectors.joining("\n"));
        return d;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getObjectives() {
        return objectives;
    }

    public void setObjectives(String objectives) {
        this.objectives = objectives;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public void setStatus(ProjectStatus status) {
        this.status = status;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public Long getLeadId() {
        return leadId;
    }

    public void setLeadId(Long leadId) {
        this.leadId = leadId;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public String getLinks() {
        return links;
    }

    public void setLinks(String links) {
        this.links = links;
    }
}
