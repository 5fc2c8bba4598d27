package fr.tierslieu.core.domain.roadmap;

import fr.tierslieu.core.domain.actor.Actor;
import fr.tierslieu.core.domain.project.Project;
import fr.tierslieu.core.domain.shared.Auditable;
import fr.tierslieu.core.domain.shared.WorkspaceScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A task (duration in working days) or a milestone of a project's roadmap. A fixed date is the
 * day a milestone happens, or the day by which a task must be finished.
 */
@Entity
@Table(name = "core_roadmap_task")
public class RoadmapTask extends WorkspaceScoped implements Auditable {

    public static final int NAME_MAX = 200;
    public static final int NOTES_MAX = 2000;
    public static final int MAX_DURATION = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_seq")
    @SequenceGenerator(name = "core_seq", sequenceName = "core_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "milestone", nullable = false)
    private boolean milestone;

    @Column(name = "duration_days", nullable = false)
    private int durationDays;

    @Column(name = "fixed_date")
    private LocalDate fixedDate;

    @Column(name = "not_before")
    private LocalDate notBefore;

    @ManyToOne
    @JoinColumn(name = "owner_id")
    private Actor owner;

    @Column(name = "done", nullable = false)
    private boolean done;

    @Column(name = "notes", length = NOTES_MAX)
    private String notes;

    /** Module that suggested the task and its reference there; null for the team's own tasks. */
    @Column(name = "source", length = 40)
    private String source;

    @Column(name = "source_ref", length = 100)
    private String sourceRef;

    /** The meeting this task is a follow-up action of, or null. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id")
    private fr.tierslieu.core.domain.project.Meeting meeting;

    protected RoadmapTask() {}

    public RoadmapTask(Project project, String name, boolean milestone, int durationDays) {
        this.project = project;
        this.name = name;
        this.milestone = milestone;
        this.durationDays = milestone ? 0 : durationDays;
    }

    public void describe(
            String name,
            boolean milestone,
            int durationDays,
            LocalDate fixedDate,
            LocalDate notBefore,
            Actor owner,
            boolean done,
            String notes) {
        this.name = name;
        this.milestone = milestone;
        this.durationDays = milestone ? 0 : durationDays;
        this.fixedDate = fixedDate;
        this.notBefore = notBefore;
        this.owner = owner;
        this.done = done;
        this.notes = notes;
    }

    public void suggestedBy(String source, String sourceRef) {
        this.source = source;
        this.sourceRef = sourceRef;
    }

    public void followUpOf(fr.tierslieu.core.domain.project.Meeting meeting) {
        this.meeting = meeting;
    }

    public fr.tierslieu.core.domain.project.Meeting getMeeting() {
        return meeting;
    }

    public String getSource() {
        return source;
    }

    public void setFixedDate(LocalDate fixedDate) {
        this.fixedDate = fixedDate;
    }

    public void setDone(boolean done) {
        this.done = done;
    }

    /** The task as the scheduler sees it. */
    public PlanTask toPlan() {
        return new PlanTask(id, name, durationDays, milestone, fixedDate, notBefore, done);
    }

    @Override
    public String auditLabel() {
        return name;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Project getProject() {
        return project;
    }

    public String getName() {
        return name;
    }

    public boolean isMilestone() {
        return milestone;
    }

    public int getDurationDays() {
        return durationDays;
    }

    public LocalDate getFixedDate() {
        return fixedDate;
    }

    public LocalDate getNotBefore() {
        return notBefore;
    }

    public Actor getOwner() {
        return owner;
    }

    public boolean isDone() {
        return done;
    }

    public String getNotes() {
        return notes;
    }
}
