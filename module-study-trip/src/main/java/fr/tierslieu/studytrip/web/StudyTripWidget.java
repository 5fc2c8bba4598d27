package fr.tierslieu.studytrip.web;

import fr.tierslieu.studytrip.application.PollService;
import fr.tierslieu.studytrip.application.TripService;
import fr.tierslieu.studytrip.domain.Participant;
import fr.tierslieu.studytrip.domain.RegistrationStatus;
import fr.tierslieu.studytrip.domain.Trip;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Comparator;

/** The dashboard box: the next trip, its registrations and waiting list, the poll answers still missing. */
@Named
@RequestScoped
public class StudyTripWidget {

    @Inject
    TripService trips;

    @Inject
    PollService poll;

    private Trip next;
    private boolean loaded;
    private long waiting;
    private int missing;

    private void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        LocalDate today = LocalDate.now();
        next = trips.trips().stream()
                .filter(t -> !t.getDate().isBefore(today))
                .min(Comparator.comparing(Trip::getDate))
                .orElse(null);
        if (next != null) {
            waiting = trips.participants(next.getId()).stream()
                    .map(Participant::getStatus)
                    .filter(s -> s == RegistrationStatus.WAITING)
                    .count();
            missing = poll.results(next.getId()).missing().size();
        }
    }

    public Trip getNext() {
        load();
        return next;
    }

    public long getWaiting() {
        load();
        return waiting;
    }

    public int getMissing() {
        load();
        return missing;
    }
}
