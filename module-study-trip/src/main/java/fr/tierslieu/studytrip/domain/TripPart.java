package fr.tierslieu.studytrip.domain;

import fr.tierslieu.core.domain.shared.WorkspaceScoped;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;

/**
 * What every record belonging to one trip shares (a destination, a poll date, a stop, a cost…):
 * an id from the module's sequence and the trip, set once. Deleting the trip deletes them
 * ({@code ON DELETE CASCADE} in the schema).
 */
@MappedSuperclass
public abstract class TripPart extends WorkspaceScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "studytrip_seq")
    @SequenceGenerator(name = "studytrip_seq", sequenceName = "studytrip_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "trip_id", nullable = false, updatable = false)
    private Trip trip;

    protected TripPart() {}

    protected TripPart(Trip trip) {
        this.trip = trip;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Trip getTrip() {
        return trip;
    }
}
