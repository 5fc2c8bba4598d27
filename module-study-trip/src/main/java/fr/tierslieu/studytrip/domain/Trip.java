package fr.tierslieu.studytrip.domain;

import fr.tierslieu.core.domain.shared.Auditable;
import fr.tierslieu.core.domain.shared.WorkspaceScoped;
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
public class Trip extends WorkspaceScoped implements Auditable {

    /** The longest reasons of a destination's choice. */
    public static final int REASONS_MAX = 2000;

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

    @Column(name = "chosen_destination_id")
    private Long chosenDestinationId;

    @Column(name = "choice_reasons", length = REASONS_MAX)
    private String choiceReasons;

    /** How the group travels. */
    public enum Transport {
        CARPOOL,
        COACH
    }

    /** How the costs are shared between organisations: by their number of participants, or equally. */
    public enum ShareMode {
        PER_PARTICIPANT,
        PER_ORGANISATION
    }

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "transport", nullable = false, length = 20)
    private Transport transport = Transport.CARPOOL;

    @Column(name = "coach_cost", precision = 10, scale = 2)
    private BigDecimal coachCost;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "share_mode", nullable = false, length = 20)
    private ShareMode shareMode = ShareMode.PER_PARTICIPANT;

    @Column(name = "debrief_published_at")
    private java.time.Instant debriefPublishedAt;

    protected Trip() {}

    public Trip(
            String title,
            LocalDate date,
            String destination,
            BigDecimal lat,
            BigDecimal lon,
            int capacity,
            Long projectId) {
        this.title = title;
        this.date = date;
        this.destination = destination;
        this.destinationLat = lat;
        this.destinationLon = lon;
        this.capacity = capacity;
        this.projectId = projectId;
    }

    /** The destination chosen from the candidates becomes the trip's destination. */
    public void choose(Destination d, String reasons) {
        this.chosenDestinationId = d.getId();
        this.choiceReasons = reasons;
        this.destination = d.getName();
        this.destinationLat = d.getLat();
        this.destinationLon = d.getLon();
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public void travelBy(Transport transport, BigDecimal coachCost) {
        this.transport = transport;
        this.coachCost = coachCost;
    }

    public void shareBy(ShareMode mode) {
        this.shareMode = mode;
    }

    public void published(java.time.Instant at) {
        this.debriefPublishedAt = at;
    }

    public Long getChosenDestinationId() {
        return chosenDestinationId;
    }

    public String getChoiceReasons() {
        return choiceReasons;
    }

    public Transport getTransport() {
        return transport;
    }

    public BigDecimal getCoachCost() {
        return coachCost;
    }

    public ShareMode getShareMode() {
        return shareMode;
    }

    public java.time.Instant getDebriefPublishedAt() {
        return debriefPublishedAt;
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

    /** The project was deleted: the trip stays, attached to no project. */
    public void forgetProject() {
        this.projectId = null;
    }

    public Long getProjectId() {
        return projectId;
    }

    public String getNotes() {
        return notes;
    }
}
