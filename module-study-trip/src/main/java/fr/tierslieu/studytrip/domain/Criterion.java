package fr.tierslieu.studytrip.domain;

import fr.tierslieu.core.domain.shared.Auditable;
import fr.tierslieu.core.domain.shared.BaseEntity;
import jakarta.persistence.*;

/** A criterion of the destination grid (relevance, distance, host availability, cost…) and its weight, 1 to 5. */
@Entity
@Table(name = "studytrip_criterion")
public class Criterion extends BaseEntity implements Auditable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "studytrip_seq")
    @SequenceGenerator(name = "studytrip_seq", sequenceName = "studytrip_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "trip_id", nullable = false, updatable = false)
    private Trip trip;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "weight", nullable = false)
    private int weight;

    @Column(name = "position", nullable = false)
    private int position;

    protected Criterion() {
    }

    public Criterion(Trip trip, String name, int weight, int position) {
        this.trip = trip;
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

    @Override
    public Long getId() {
        return id;
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
