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
import java.math.BigDecimal;

/** A college of voting (founders, users, employees, private partners, public bodies…) and its weight in percent. */
@Entity
@Table(name = "governance_college")
public class VotingCollege extends WorkspaceScoped implements Auditable {

    public static final int NAME_MAX = 120;
    public static final int DESCRIPTION_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "governance_seq")
    @SequenceGenerator(name = "governance_seq", sequenceName = "governance_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "profile_id", nullable = false)
    private GovernanceProfile profile;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "weight", nullable = false, precision = 5, scale = 2)
    private BigDecimal weight;

    @Column(name = "description", length = DESCRIPTION_MAX)
    private String description;

    protected VotingCollege() {}

    public VotingCollege(String name, BigDecimal weight, String description) {
        this.name = name;
        this.weight = weight;
        this.description = description;
    }

    void attachTo(GovernanceProfile profile, int position) {
        this.profile = profile;
        this.position = position;
    }

    public TallyInput.College toTally() {
        return new TallyInput.College(String.valueOf(id == null ? "p" + position : id), name, weight.doubleValue());
    }

    @Override
    public String auditLabel() {
        return name + " (" + weight + " %)";
    }

    @Override
    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getWeight() {
        return weight;
    }

    public String getDescription() {
        return description;
    }
}
