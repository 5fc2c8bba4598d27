package fr.tierslieu.studytrip.domain;

import fr.tierslieu.core.domain.shared.Auditable;
import fr.tierslieu.core.domain.shared.BaseEntity;
import jakarta.persistence.*;

import java.math.BigDecimal;

/** A cost line of the trip (transport, meals, host fee…) and the organisation that pays it. */
@Entity
@Table(name = "studytrip_cost")
public class Cost extends BaseEntity implements Auditable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "studytrip_seq")
    @SequenceGenerator(name = "studytrip_seq", sequenceName = "studytrip_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "trip_id", nullable = false, updatable = false)
    private Trip trip;

    @Column(name = "label", nullable = false, length = 200)
    private String label;

    @Column(name = "amount", nullable = false, precision = 10, scale = 2)
    private BigDecimal amount;

    @Column(name = "payer", nullable = false, length = 200)
    private String payer;

    protected Cost() {
    }

    public Cost(Trip trip, String label, BigDecimal amount, String payer) {
        this.trip = trip;
        this.label = label;
        this.amount = amount;
        this.payer = payer;
    }

    @Override
    public String auditLabel() {
        return label;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getPayer() {
        return payer;
    }
}
