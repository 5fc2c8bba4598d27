package fr.tierslieu.core.domain.project;

import fr.tierslieu.core.domain.actor.Actor;
import fr.tierslieu.core.domain.shared.Auditable;
import fr.tierslieu.core.domain.shared.WorkspaceScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One activity of a project's accompaniment journey (e.g. "co-réalisation de la cartographie des
 * acteurs" in Temps 1), started from the template and adapted by the team.
 */
@Entity
@Table(name = "core_journey_activity")
public class JourneyActivity extends WorkspaceScoped implements Auditable {

    public static final int TITLE_MAX = 300;
    public static final int TEXT_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_seq")
    @SequenceGenerator(name = "core_seq", sequenceName = "core_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @Enumerated(EnumType.STRING)
    @Column(name = "step", nullable = false, length = 20)
    private JourneyStep step;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ActivityStatus status = ActivityStatus.TODO;

    @ManyToOne
    @JoinColumn(name = "owner_id")
    private Actor owner;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "notes", length = TEXT_MAX)
    private String notes;

    @Column(name = "outcome_reached", nullable = false)
    private boolean outcomeReached;

    /** Links to evidence, one per line. */
    @Column(name = "evidence", length = TEXT_MAX)
    private String evidence;

    @ManyToMany
    @JoinTable(
            name = "core_journey_participant",
            joinColumns = @JoinColumn(name = "activity_id"),
            inverseJoinColumns = @JoinColumn(name = "actor_id"))
    private Set<Actor> participants = new LinkedHashSet<>();

    protected JourneyActivity() {}

    public JourneyActivity(Project project, JourneyStep step, int position, String title) {
        this.project = project;
        this.step = step;
        this.position = position;
        this.title = title;
    }

    public void describe(
            String title,
            ActivityStatus status,
            Actor owner,
            LocalDate dueDate,
            String notes,
            boolean outcomeReached,
            String evidence,
            Set<Actor> participants) {
        this.title = title;
        this.status = status;
        this.owner = owner;
        this.dueDate = dueDate;
        this.notes = notes;
        this.outcomeReached = outcomeReached;
        this.evidence = evidence;
        this.participants.clear();
        this.participants.addAll(participants);
    }

    public void setStatus(ActivityStatus status) {
        this.status = status;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public boolean isDone() {
        return status == ActivityStatus.DONE;
    }

    @Override
    public String auditLabel() {
        return title;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Project getProject() {
        return project;
    }

    public JourneyStep getStep() {
        return step;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public ActivityStatus getStatus() {
        return status;
    }

    public Actor getOwner() {
        return owner;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public String getNotes() {
        return notes;
    }

    public boolean isOutcomeReached() {
        return outcomeReached;
    }

    public String getEvidence() {
        return evidence;
    }

    public Set<Actor> getParticipants() {
        return participants;
    }
}
