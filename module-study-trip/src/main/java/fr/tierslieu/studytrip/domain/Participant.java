package fr.tierslieu.studytrip.domain;

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
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Someone registered for a trip: an actor of the registry or an external person, with the
 * constraints the organisers need (diet, accessibility, where they leave from, driver with free
 * seats), confirmed or on the waiting list.
 */
@Entity
@Table(name = "studytrip_participant")
public class Participant extends WorkspaceScoped implements Auditable {

    public static final int NAME_MAX = 120;
    public static final int TEXT_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "studytrip_seq")
    @SequenceGenerator(name = "studytrip_seq", sequenceName = "studytrip_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "trip_id", nullable = false)
    private Trip trip;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "email", length = TEXT_MAX)
    private String email;

    @Column(name = "diet", length = TEXT_MAX)
    private String diet;

    @Column(name = "accessibility", length = TEXT_MAX)
    private String accessibility;

    @Column(name = "commune", length = NAME_MAX)
    private String commune;

    @Column(name = "origin_lat", precision = 9, scale = 6)
    private BigDecimal originLat;

    @Column(name = "origin_lon", precision = 9, scale = 6)
    private BigDecimal originLon;

    @Column(name = "driver", nullable = false)
    private boolean driver;

    @Column(name = "free_seats", nullable = false)
    private int freeSeats;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private RegistrationStatus status;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    protected Participant() {}

    public Participant(
            Trip trip,
            Long actorId,
            String name,
            String email,
            String diet,
            String accessibility,
            String commune,
            BigDecimal originLat,
            BigDecimal originLon,
            boolean driver,
            int freeSeats,
            RegistrationStatus status,
            Instant registeredAt) {
        this.trip = trip;
        this.actorId = actorId;
        this.name = name;
        this.email = email;
        this.diet = diet;
        this.accessibility = accessibility;
        this.commune = commune;
        this.originLat = originLat;
        this.originLon = originLon;
        this.driver = driver;
        this.freeSeats = driver ? freeSeats : 0;
        this.status = status;
        this.registeredAt = registeredAt;
    }

    public void setStatus(RegistrationStatus status) {
        this.status = status;
    }

    /** Where the participant leaves from, or null when unknown. */
    public Travel.Point origin() {
        return originLat == null || originLon == null
                ? null
                : new Travel.Point(originLat.doubleValue(), originLon.doubleValue());
    }

    @Override
    public String auditLabel() {
        return name + " – " + trip.getTitle();
    }

    @Override
    public Long getId() {
        return id;
    }

    public Trip getTrip() {
        return trip;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getDiet() {
        return diet;
    }

    public String getAccessibility() {
        return accessibility;
    }

    public String getCommune() {
        return commune;
    }

    public BigDecimal getOriginLat() {
        return originLat;
    }

    public BigDecimal getOriginLon() {
        return originLon;
    }

    public boolean isDriver() {
        return driver;
    }

    public int getFreeSeats() {
        return freeSeats;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }
}
