package fr.tierslieu.core.domain.project;

import fr.tierslieu.core.domain.actor.Actor;
import fr.tierslieu.core.domain.shared.Auditable;
import fr.tierslieu.core.domain.shared.WorkspaceScoped;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A project of the tiers-lieu: the place itself, or one of its experiments (a boat built in the
 * fablab, debate evenings, seminars…). Everything of the accompaniment hangs on a project: its
 * partners and their roles, the resources they commit, the open questions and success factors,
 * the roadmap and the actor strategy analyses.
 *
 * <p>Life cycle: created as an idea, described and re-described ({@link #describe}); deleting it
 * deletes what hangs on it.</p>
 */
@Entity
@Table(name = "core_project")
public class Project extends WorkspaceScoped implements Auditable {

    public static final int NAME_MAX = 200;
    public static final int TEXT_MAX = 4000;
    public static final int TAG_MAX = 60;
    /** Tags, links, partners' roles and committed resources of one project at most (pages and REST). */
    public static final int MAX_TAGS = 20;

    public static final int MAX_LINKS = 30;
    public static final int MAX_PARTNERS = 300;
    public static final int MAX_RESOURCES = 500;
    public static final int MAX_NEEDS = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_seq")
    @SequenceGenerator(name = "core_seq", sequenceName = "core_seq", allocationSize = 50)
    private Long id;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "purpose", length = TEXT_MAX)
    private String purpose;

    @Column(name = "objectives", length = TEXT_MAX)
    private String objectives;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ProjectStatus status;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lead_actor_id")
    private Actor lead;

    @ElementCollection
    @CollectionTable(name = "core_project_tag", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "tag", length = TAG_MAX, nullable = false)
    private Set<String> tags = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "core_project_link", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    private List<ProjectLink> links = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Project() {}

    public Project(String name) {
        this.name = name;
        this.status = ProjectStatus.IDEA;
    }

    public void describe(
            String name,
            String purpose,
            String objectives,
            ProjectStatus status,
            LocalDate startDate,
            LocalDate endDate,
            Actor lead,
            Collection<String> tags,
            List<ProjectLink> links) {
        this.name = name;
        this.purpose = purpose;
        this.objectives = objectives;
        this.status = status;
        this.startDate = startDate;
        this.endDate = endDate;
        this.lead = lead;
        this.tags.clear();
        this.tags.addAll(tags);
        this.links.clear();
        this.links.addAll(links);
    }

    @PrePersist
    @PreUpdate
    void stamp() {
        Instant now = Instant.now();
        if (createdAt == null) {
            createdAt = now;
        }
        updatedAt = now;
    }

    @Override
    public String auditLabel() {
        return name;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getObjectives() {
        return objectives;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public Actor getLead() {
        return lead;
    }

    public Set<String> getTags() {
        return tags;
    }

    public List<ProjectLink> getLinks() {
        return links;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
