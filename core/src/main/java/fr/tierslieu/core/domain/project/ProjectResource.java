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
import java.math.BigDecimal;

/**
 * What a partner commits to a project: cash (euros), in kind (valued in euros), premises (valued
 * in euros) or volunteer hours (hours).
 */
@Entity
@Table(name = "core_project_resource")
public class ProjectResource extends WorkspaceScoped implements Auditable {

    public static final int DESCRIPTION_MAX = 500;

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

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private ResourceKind kind;

    @Column(name = "amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    @Column(name = "description", length = DESCRIPTION_MAX)
    private String description;

    protected ProjectResource() {}

    public ProjectResource(Project project, Actor actor, ResourceKind kind, BigDecimal amount, String description) {
        this.project = project;
        this.actor = actor;
        this.kind = kind;
        this.amount = amount;
        this.description = description;
    }

    @Override
    public String auditLabel() {
        return actor.getName() + " – " + kind + " " + amount;
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

    public ResourceKind getKind() {
        return kind;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getDescription() {
        return description;
    }
}
