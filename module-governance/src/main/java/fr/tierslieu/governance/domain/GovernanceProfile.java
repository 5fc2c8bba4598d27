package fr.tierslieu.governance.domain;

import fr.tierslieu.core.domain.shared.Auditable;
import fr.tierslieu.core.domain.shared.WorkspaceScoped;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * The governance the tiers-lieu designs: the legal form it is designed for and its voting
 * colleges. One row; its version protects the colleges, which are always saved together.
 */
@Entity
@Table(name = "governance_profile")
public class GovernanceProfile extends WorkspaceScoped implements Auditable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "governance_seq")
    @SequenceGenerator(name = "governance_seq", sequenceName = "governance_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_form", nullable = false, length = 30)
    private LegalForm legalForm = LegalForm.ASSOCIATION;

    @OneToMany(mappedBy = "profile", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<VotingCollege> colleges = new ArrayList<>();

    /** The last révision coopérative, or the registration when there has been none yet. */
    @Column(name = "last_revision_on")
    private java.time.LocalDate lastRevisionOn;

    public GovernanceProfile() {}

    /** Every five years at the latest (loi n° 47-1775, art. 25-1; a SCIC whatever its size, art. 19 duodecies). */
    public static final int REVISION_YEARS = 5;

    public void revisedOn(java.time.LocalDate date) {
        this.lastRevisionOn = date;
    }

    public java.time.LocalDate getLastRevisionOn() {
        return lastRevisionOn;
    }

    /** When the next révision coopérative is due, or null when the last one is not known. */
    public java.time.LocalDate nextRevisionDue() {
        return lastRevisionOn == null ? null : lastRevisionOn.plusYears(REVISION_YEARS);
    }

    public void define(LegalForm legalForm, List<VotingCollege> newColleges) {
        this.legalForm = legalForm;
        colleges.clear();
        for (VotingCollege c : newColleges) {
            c.attachTo(this, colleges.size() + 1);
            colleges.add(c);
        }
    }

    @Override
    public String auditLabel() {
        return "gouvernance";
    }

    @Override
    public Long getId() {
        return id;
    }

    public LegalForm getLegalForm() {
        return legalForm;
    }

    public List<VotingCollege> getColleges() {
        return colleges;
    }
}
