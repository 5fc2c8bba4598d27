package fr.tierslieu.governance.domain;

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

/** One member's vote on a resolution (cast by itself or by its proxy holder). */
@Entity
@Table(name = "governance_ballot")
public class Ballot extends WorkspaceScoped implements Auditable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "governance_seq")
    @SequenceGenerator(name = "governance_seq", sequenceName = "governance_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "resolution_id", nullable = false)
    private Resolution resolution;

    @Column(name = "actor_id", nullable = false)
    private long actorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "vote", nullable = false, length = 10)
    private Vote vote;

    @Column(name = "objection", length = 500)
    private String objection;

    protected Ballot() {}

    public Ballot(Resolution resolution, long actorId, Vote vote, String objection) {
        this.resolution = resolution;
        this.actorId = actorId;
        this.vote = vote;
        this.objection = objection;
    }

    @Override
    public String auditLabel() {
        return resolution.getTitle() + " – " + actorId + " – " + vote;
    }

    @Override
    public Long getId() {
        return id;
    }

    public long getActorId() {
        return actorId;
    }

    public Vote getVote() {
        return vote;
    }

    public String getObjection() {
        return objection;
    }
}
