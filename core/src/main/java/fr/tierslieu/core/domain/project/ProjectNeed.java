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
 * A need the project has not covered yet (or a recommended study or coaching): its kind, what it
 * is, its size in euros and/or days, its status and who could bring it (an actor of the registry).
 */
@Entity
@Table(name = "core_project_need")
public class ProjectNeed extends WorkspaceScoped implements Auditable {

    public static final int DESCRIPTION_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_seq")
    @SequenceGenerator(name = "core_seq", sequenceName = "core_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private NeedKind kind;

    @Column(name = "description", nullable = false, length = DESCRIPTION_MAX)
    private String description;

    @Column(name = "amount", precision = 14, scale = 2)
    private BigDecimal amount;

    @Column(name = "days")
    private Integer days;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private NeedStatus status;

    @ManyToOne
    @JoinColumn(name = "actor_id")
    private Actor actor;

    protected ProjectNeed() {}

    public ProjectNeed(
            Project project,
            NeedKind kind,
            String description,
            BigDecimal amount,
            Integer days,
            NeedStatus status,
            Actor actor) {
        this.project = project;
        this.kind = kind;
        this.description = description;
        this.amount = amount;
        this.days = days;
        this.status = status;
        this.actor = actor;
    }

    /** The actor who could bring it is deleted from the registry: the need stays, without them. */
    public void forgetActor() {
        this.actor = null;
    }

    public void setStatus(NeedStatus status) {
        this.status = status;
    }

    @Override
    public String auditLabel() {
        return kind + " – " + description;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Project getProject() {
        return project;
    }

    public NeedKind getKind() {
        return kind;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public Integer getDays() {
        return days;
    }

    public NeedStatus getStatus() {
        return status;
    }

    public Actor getActor() {
        return actor;
    }
}
