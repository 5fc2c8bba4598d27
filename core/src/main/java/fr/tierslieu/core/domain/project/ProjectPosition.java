package fr.tierslieu.core.domain.project;

import fr.tierslieu.core.domain.actor.Actor;
import fr.tierslieu.core.domain.actor.Stance;
import fr.tierslieu.core.domain.shared.Auditable;
import fr.tierslieu.core.domain.shared.WorkspaceScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * An actor's stance, influence and interest on one project, when they differ from its general
 * position in the registry (the town hall may back the boat and oppose the debates). Without one, the
 * project reads the general position.
 */
@Entity
@Table(name = "core_project_position")
public class ProjectPosition extends WorkspaceScoped implements Auditable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_seq")
    @SequenceGenerator(name = "core_seq", sequenceName = "core_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private Project project;

    @ManyToOne(optional = false)
    @JoinColumn(name = "actor_id", nullable = false, updatable = false)
    private Actor actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "stance", nullable = false, length = 20)
    private Stance stance;

    @Column(name = "influence", nullable = false)
    private int influence;

    @Column(name = "interest", nullable = false)
    private int interest;

    @Column(name = "assessed_on", nullable = false)
    private LocalDate assessedOn;

    @Column(name = "recorded_by", length = 100)
    private String recordedBy;

    protected ProjectPosition() {}

    public ProjectPosition(Project project, Actor actor) {
        this.project = project;
        this.actor = actor;
    }

    public void assess(Stance stance, int influence, int interest, LocalDate on, String by) {
        this.stance = stance;
        this.influence = influence;
        this.interest = interest;
        this.assessedOn = on;
        this.recordedBy = by;
    }

    @Override
    public String auditLabel() {
        return actor.getName() + " / " + project.getName();
    }

    @Override
    public Long getId() {
        return id;
    }

    public Project getProject() {
        return project;
    }

    public Actor getActor() {
        return actor;
    }

    public Stance getStance() {
        return stance;
    }

    public int getInfluence() {
        return influence;
    }

    public int getInterest() {
        return interest;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
