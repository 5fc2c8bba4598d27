package fr.tierslieu.studytrip.domain;

import fr.tierslieu.core.domain.shared.Auditable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalTime;

/** A stop of the day (departure, visit, lunch, debrief, return…), in order; see {@link Itinerary}. */
@Entity
@Table(name = "studytrip_stop")
public class Stop extends TripPart implements Auditable {

    public static final int NAME_MAX = 200;

    @Column(name = "position", nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private Itinerary.Kind kind;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "lat", precision = 9, scale = 6)
    private BigDecimal lat;

    @Column(name = "lon", precision = 9, scale = 6)
    private BigDecimal lon;

    @Column(name = "planned_start")
    private LocalTime plannedStart;

    @Column(name = "minutes", nullable = false)
    private int minutes;

    @Column(name = "closes")
    private LocalTime closes;

    protected Stop() {}

    public Stop(
            Trip trip,
            int position,
            Itinerary.Kind kind,
            String name,
            BigDecimal lat,
            BigDecimal lon,
            LocalTime plannedStart,
            int minutes,
            LocalTime closes) {
        super(trip);
        this.position = position;
        this.kind = kind;
        this.name = name;
        this.lat = lat;
        this.lon = lon;
        this.plannedStart = plannedStart;
        this.minutes = minutes;
        this.closes = closes;
    }

    public void moveTo(int position) {
        this.position = position;
    }

    public Itinerary.Stop toStop() {
        Travel.Point p = lat == null || lon == null ? null : new Travel.Point(lat.doubleValue(), lon.doubleValue());
        return new Itinerary.Stop(name, kind, p, plannedStart, minutes, closes);
    }

    @Override
    public String auditLabel() {
        return name;
    }

    public int getPosition() {
        return position;
    }

    public Itinerary.Kind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getLat() {
        return lat;
    }

    public BigDecimal getLon() {
        return lon;
    }

    public LocalTime getPlannedStart() {
        return plannedStart;
    }

    public int getMinutes() {
        return minutes;
    }

    public LocalTime getCloses() {
        return closes;
    }
}
