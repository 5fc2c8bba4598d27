package fr.tierslieu.studytrip.domain;

import fr.tierslieu.core.domain.shared.Auditable;
import fr.tierslieu.core.domain.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A one-day study trip: where, when, how many seats. The count of confirmed seats is never written
 * through the entity: only the atomic conditional updates of the service change it.
 */
@Entity
@Table(name = "studytrip_trip")
public class Trip extends BaseEntity implements Auditable {

    public static final int TITLE_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "studytrip_seq")
    @SequenceGenerator(name = "studytrip_seq", sequenceName = "studytrip_seq", allocationSize = 50)
    private Long id;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "trip_date", nullable = false)
    private LocalDate date;

    @Column(name = "destination", nullable = false, length = 200)
    private String destination;

    @Column(name = "destination_lat", nullable = false, precision = 9, scale = 6)
    private BigDecimal destinationLat;

    @Column(name = "destination_lon", nullable = false, precision = 9, scale = 6)
    private BigDecimal destinationLon;

    @Column(name = "capacity", nullable = false)
    private int capacity;

    @Column(name = "confirmed", nullable = false, updatable = false)
    private int confirmed;

    @Column(name = "project_id")
    private Long projectId;

    @Column(name = "notes", length = 4000)
    private String notes;

    protected Trip() {
    }

    public Trip(String title, LocalDate date, String destination, BigDecimal lat, BigDecimal lon, int capacity, Long projectId) {
        this.title = title;
        this.date = date;
        this.destination = destination;
        this.destinationLat = lat;
        this.destinationLon = lon;
        this.capacity = capacity;
        this.projectId = projectId;
    }

    public Travel.Point destinationPoint() {
        return new Travel.Point(destinationLat.doubleValue(), destinationLon.doubleValue());
    }

    @Override
    public String auditLabel() {
        return title;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getDestination() {
        return destination;
    }

    public BigDecimal getDestinationLat() {
        return destinationLat;
    }

    public BigDecimal getDestinationLon() {
        return destinationLon;
    }

    public int getCapacity() {
        return capacity;
    }

    public int getConfirmed() {
        return confirmed;
    }

    public Long getProjectId() {
        return projectId;
    }

    public String getNotes() {
        return notes;
    }
}
