package fr.tierslieu.studytrip.domain;

import fr.tierslieu.core.domain.shared.Auditable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A candidate date of the trip's date poll. */
@Entity
@Table(name = "studytrip_poll_date")
public class PollDate extends TripPart implements Auditable {

    @Column(name = "poll_day", nullable = false)
    private LocalDate day;

    protected PollDate() {}

    public PollDate(Trip trip, LocalDate day) {
        super(trip);
        this.day = day;
    }

    @Override
    public String auditLabel() {
        return day.toString();
    }

    public LocalDate getDay() {
        return day;
    }
}
