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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A point to clarify ("point à éclairer", e.g. land and building needs), a key success factor or a
 * point of vigilance, with where it came from: the step, the actor, and the source (the core, or a
 * module such as the study trip, with its own reference).
 */
@Entity
@Table(name = "core_project_finding")
public class Finding extends WorkspaceScoped implements Auditable {

    public static final int TEXT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_seq")
    @SequenceGenerator(name = "core_seq", sequenceName = "core_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private FindingKind kind;

    @Column(name = "text", nullable = false, length = TEXT_MAX)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "step", length = 20)
    private JourneyStep step;

    @ManyToOne
    @JoinColumn(name = "actor_id")
    private Actor actor;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Column(name = "source", nullable = false, length = 40)
    private String source;

    @Column(name = "source_ref", length = 100)
    private String sourceRef;

    @Column(name = "resolved", nullable = false)
    private boolean resolved;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Readable by the other workspaces of the installation (the network's shared knowledge). */
    @Column(name = "shared", nullable = false)
    private boolean shared;

    protected Finding() {}

    public Finding(
            Project project,
            FindingKind kind,
            String text,
            JourneyStep step,
            Actor actor,
            String source,
            String sourceRef) {
        this.project = project;
        this.kind = kind;
        this.text = text;
        this.step = step;
        this.actor = actor;
        this.source = source;
        this.sourceRef = sourceRef;
    }

    @PrePersist
    void stamp() {
        createdAt = Instant.now();
    }

    /** The meeting where it was raised, or null. */
    public void raisedAt(Meeting meeting) {
        this.meeting = meeting;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public void setResolved(boolean resolved) {
        this.resolved = resolved;
    }

    @Override
    public String auditLabel() {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Project getProject() {
        return project;
    }

    public FindingKind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public JourneyStep getStep() {
        return step;
    }

    public Actor getActor() {
        return actor;
    }

    public String getSource() {
        return source;
    }

    public String getSourceRef() {
        return sourceRef;
    }

    public boolean isResolved() {
        return resolved;
    }

    /** Shares the finding with the other workspaces of the installation, or stops sharing it. */
    public void share(boolean shared) {
        this.shared = shared;
    }

    public boolean isShared() {
        return shared;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
