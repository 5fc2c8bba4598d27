package fr.tierslieu.studytrip.domain;

import fr.tierslieu.core.domain.shared.Auditable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A criterion of the destination grid (relevance, distance, host availability, cost…) and its weight, 1 to 5. */
@Entity
@Table(name = "studytrip_criterion")
public class Criterion extends TripPart implements Auditable {

    public static final int NAME_MAX = 120;

    /** Criteria of one trip's grid at most. */
    public static final int MAX_PER_TRIP = 30;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "weight", nullable = false)
    private int weight;

    @Column(name = "position", nullable = false)
    private int position;

    protected Criterion() {}

    public Criterion(Trip trip, String name, int weight, int position) {
        super(trip);
        this.name = name;
        this.weight = weight;
        this.position = position;
    }

    public void change(String name, int weight) {
        this.name = name;
        this.weight = weight;
    }

    @Override
    public String auditLabel() {
        return name;
    }

    public String getName() {
        return name;
    }

    public int getWeight() {
        return weight;
    }

    public int getPosition() {
        return position;
    }
}
