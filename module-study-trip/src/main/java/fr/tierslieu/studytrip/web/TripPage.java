package fr.tierslieu.studytrip.web;

import fr.tierslieu.core.domain.shared.NotFoundException;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import fr.tierslieu.studytrip.application.TripService;
import fr.tierslieu.studytrip.domain.Trip;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;

/** What the pages of one trip share: the trip id from the URL, the trip, messages. */
public abstract class TripPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    TripService trips;

    @Inject
    Msg msg;

    Long id;
    private transient Trip trip;

    public void load() throws IOException {
        if (id == null) {
            FacesSupport.notFound();
            return;
        }
        try {
            getTrip();
        } catch (NotFoundException e) {
            FacesSupport.notFound();
        }
    }

    /** Forgets what was read, so the next getters read again after a change. */
    void refresh() {
        trip = null;
    }

    public Trip getTrip() {
        if (trip == null) {
            trip = trips.trip(id);
        }
        return trip;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
