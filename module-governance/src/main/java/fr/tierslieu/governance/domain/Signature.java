package fr.tierslieu.governance.domain;

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
import java.time.LocalDate;

/**
 * A partner's signature of a charter version: who signs for it and in what capacity, when, and the
 * commitments attached (cash, in kind, premises, volunteer hours, roles), in words.
 */
@Entity
@Table(name = "governance_signature")
public class Signature extends WorkspaceScoped implements Auditable {

    public static final int NAME_MAX = 120;
    public static final int COMMITMENTS_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "governance_seq")
    @SequenceGenerator(name = "governance_seq", sequenceName = "governance_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "charter_version_id", nullable = false)
    private CharterVersion charterVersion;

    @Column(name = "actor_id", nullable = false)
    private long actorId;

    @Column(name = "signatory", nullable = false, length = NAME_MAX)
    private String signatory;

    @Column(name = "capacity", length = NAME_MAX)
    private String capacity;

    @Column(name = "signed_on", nullable = false)
    private LocalDate signedOn;

    @Column(name = "commitments", length = COMMITMENTS_MAX)
    private String commitments;

    protected Signature() {}

    public Signature(
            CharterVersion charterVersion,
            long actorId,
            String signatory,
            String capacity,
            LocalDate signedOn,
            String commitments) {
        this.charterVersion = charterVersion;
        this.actorId = actorId;
        this.signatory = signatory;
        this.capacity = capacity;
        this.signedOn = signedOn;
        this.commitments = commitments;
    }

    @Override
    public String auditLabel() {
        return signatory + " – v" + charterVersion.getNumber();
    }

    @Override
    public Long getId() {
        return id;
    }

    public CharterVersion getCharterVersion() {
        return charterVersion;
    }

    public long getActorId() {
        return actorId;
    }

    public String getSignatory() {
        return signatory;
    }

    public String getCapacity() {
        return capacity;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public String getCommitments() {
        return commitments;
    }
}
