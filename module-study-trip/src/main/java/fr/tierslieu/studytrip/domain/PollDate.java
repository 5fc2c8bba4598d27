package fr.tierslieu.studytrip.domain;

import fr.tierslieu.core.domain.shared.Auditable;
import fr.tierslieu.core.domain.shared.BaseEntity;
import jakarta.persistence.*;

import java.time.LocalDate;

/** A candidate date of the trip's date poll. */
@Entity
@Table(name = "studytrip_poll_date")
public class PollDate extends BaseEntity implements Auditable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "studytrip_seq")
    @SequenceGenerator(name = "studytrip_seq", sequenceName = "studytrip_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "trip_id", nullable = false, updatable = false)
    private Trip trip;

    @Column(name = "poll_day", nullable = false)
    private LocalDate day;

    protected PollDate() {
    }

    public PollDate(Trip trip, LocalDate day) {
        this.trip = trip;
        this.day = day;
    }

    @Override
    public String auditLabel() {
        return day.toString();
    }

    @Override
    public Long getId() {
        return id;
    }

    public Trip getTrip() {
        return trip;
    }

    public LocalDate getDay() {
        return day;
    }
}
