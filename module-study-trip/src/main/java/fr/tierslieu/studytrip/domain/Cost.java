package fr.tierslieu.studytrip.domain;

import fr.tierslieu.core.domain.shared.Auditable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A cost line of the trip (transport, meals, host fee…) and the organisation that pays it. */
@Entity
@Table(name = "studytrip_cost")
public class Cost extends TripPart implements Auditable {

    public static final int LABEL_MAX = 200;
    public static final int PAYER_MAX = 200;

    @Column(name = "label", nullable = false, length = LABEL_MAX)
    private String label;

    @Column(name = "amount", nullable = false, precision = 10, scale = 2)
    private BigDecimal amount;

    @Column(name = "payer", nullable = false, length = PAYER_MAX)
    private String payer;

    protected Cost() {}

    public Cost(Trip trip, String label, BigDecimal amount, String payer) {
        super(trip);
        this.label = label;
        this.amount = amount;
        this.payer = payer;
    }

    @Override
    public String auditLabel() {
        return label;
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
