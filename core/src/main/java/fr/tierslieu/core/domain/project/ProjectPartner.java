package fr.tierslieu.core.domain.project;

import fr.tierslieu.core.domain.actor.Actor;
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

/** An actor's part in one responsibility of a project (one cell of the RACI matrix). */
@Entity
@Table(name = "core_project_partner")
public class ProjectPartner extends WorkspaceScoped implements Auditable {

    public static final int RESPONSIBILITY_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_seq")
    @SequenceGenerator(name = "core_seq", sequenceName = "core_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @ManyToOne(optional = false)
    @JoinColumn(name = "actor_id", nullable = false)
    private Actor actor;

    @Column(name = "responsibility", nullable = false, length = RESPONSIBILITY_MAX)
    private String responsibility;

    @Enumerated(EnumType.STRING)
    @Column(name = "raci", nullable = false, length = 20)
    private Raci raci;

    protected ProjectPartner() {}

    public ProjectPartner(Project project, Actor actor, String responsibility, Raci raci) {
        this.project = project;
        this.actor = actor;
        this.responsibility = responsibility;
        this.raci = raci;
    }

    @Override
    public String auditLabel() {
        return actor.getName() + " – " + responsibility;
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

    public String getResponsibility() {
        return responsibility;
    }

    public Raci getRaci() {
        return raci;
    }
}
