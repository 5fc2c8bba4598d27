package fr.tierslieu.core.domain.project;

import fr.tierslieu.core.domain.actor.Actor;
import fr.tierslieu.core.domain.shared.Auditable;
import fr.tierslieu.core.domain.shared.WorkspaceScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Someone invited to a workshop by a personal link (no account needed), possibly for an actor of the
 * registry (their organisation, whose engagement they may declare). Only the SHA-256 of the link's
 * token is kept.
 */
@Entity
@Table(name = "core_workshop_guest")
public class WorkshopGuest extends WorkspaceScoped implements Auditable {

    public static final int NAME_MAX = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_seq")
    @SequenceGenerator(name = "core_seq", sequenceName = "core_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "workshop_id", nullable = false, updatable = false)
    private Workshop workshop;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @ManyToOne
    @JoinColumn(name = "actor_id")
    private Actor actor;

    @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected WorkshopGuest() {}

    public WorkshopGuest(Workshop workshop, String name, Actor actor, String tokenHash, Instant now) {
        this.workshop = workshop;
        this.name = name;
        this.actor = actor;
        this.tokenHash = tokenHash;
        this.createdAt = now;
    }

    @Override
    public String auditLabel() {
        return name;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Workshop getWorkshop() {
        return workshop;
    }

    public String getName() {
        return name;
    }

    public Actor getActor() {
        return actor;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
