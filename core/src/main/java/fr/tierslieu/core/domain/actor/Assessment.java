package fr.tierslieu.core.domain.actor;

import fr.tierslieu.core.domain.shared.Auditable;
import fr.tierslieu.core.domain.shared.WorkspaceScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A dated record of an actor's position ("évaluation"), made when the team reassesses the actor,
 * typically after a meeting. Assessments are never edited: the history shows how engagement
 * evolved. Created only through {@link Actor#reposition}.
 */
@Entity
@Table(name = "core_assessment")
public class Assessment extends WorkspaceScoped implements Auditable {

    public static final int COMMENT_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_seq")
    @jakarta.persistence.SequenceGenerator(name = "core_seq", sequenceName = "core_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id", nullable = false)
    private Actor actor;

    @NotNull
    @Column(name = "assessed_on", nullable = false)
    private LocalDate assessedOn;

    @Valid
    @Embedded
    private Position position;

    @Size(max = COMMENT_MAX)
    @Column(name = "comment", length = COMMENT_MAX)
    private String comment;

    @Column(name = "recorded_by", length = 60)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Assessment() {
        // JPA
    }

    Assessment(Actor actor, LocalDate assessedOn, Position position, String comment, String recordedBy) {
        this.actor = actor;
        this.assessedOn = assessedOn;
        this.position = position;
        this.comment = comment;
        this.recordedBy = recordedBy;
        this.recordedAt = Instant.now();
    }

    @Override
    public Long getId() {
        return id;
    }

    public Actor getActor() {
        return actor;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public Position getPosition() {
        return position;
    }

    public String getComment() {
        return comment;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    @Override
    public String auditLabel() {
        return actor.getName() + " (" + assessedOn + ")";
    }
}
