package fr.tierslieu.studytrip.web;

import fr.tierslieu.core.domain.shared.NotFoundException;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import fr.tierslieu.studytrip.application.Registration;
import fr.tierslieu.studytrip.application.TripService;
import fr.tierslieu.studytrip.domain.Carpool;
import fr.tierslieu.studytrip.domain.Participant;
import fr.tierslieu.studytrip.domain.Trip;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The trips page (list, new trip) and, with {@code id}, one trip: registrations, waiting list, carpool plan. */
@Named
@ViewScoped
public class TripsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    TripService trips;

    @Inject
    Msg msg;

    private Long id;
    private transient Trip trip;
    private transient List<Participant> participants;
    private transient Carpool.Plan plan;
    private transient List<Trip> all;
    // new trip
    private String title;
    private LocalDate date;
    private String destination;
    private BigDecimal lat;
    private BigDecimal lon;
    private Integer capacity = 20;
    private Long projectId;
    // registration
    private Registration registration = new Registration();
    private List<fr.tierslieu.core.application.Choice> actorChoices;
    private List<fr.tierslieu.core.application.Choice> projectChoices;

    @Inject
    fr.tierslieu.core.application.actor.ActorService actors;

    @Inject
    fr.tierslieu.core.application.project.ProjectService projects;

    /** The trip page: without an id (or an unknown one) it answers 404, never a page without its trip. */
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

    private void refresh() {
        trip = null;
        participants = null;
        plan = null;
    }

    public void create() {
        FacesSupport.attempt(msg, "tripForm", () -> {
            Trip t = trips.createTrip(title, date, destination, lat, lon, capacity, projectId, Msg.locale());
            FacesSupport.redirect("/studytrip/trip.xhtml?id=" + t.getId());
        });
    }

    public void register() {
        if (registration.getActorId() != null
                && (registration.getName() == null || registration.getName().isBlank())) {
            getActorChoices().stream()
                    .filter(c -> c.id() == registration.getActorId())
                    .findFirst()
                    .ifPresent(c -> registration.setName(c.label()));
        }
        if (FacesSupport.attempt(msg, "registrationForm", () -> trips.register(id, registration, Msg.locale()))) {
            registration = new Registration();
            refresh();
        }
    }

    public void cancel(long participantId) {
        if (FacesSupport.attempt(msg, "participantsForm", () -> trips.cancel(participantId))) {
            refresh();
        }
    }

    public void computePlan() {
        plan = trips.carpool(id);
    }

    public List<Trip> getTrips() {
        if (all == null) {
            all = trips.trips();
        }
        return all;
    }

    public Trip getTrip() {
        if (trip == null) {
            trip = trips.trip(id);
        }
        return trip;
    }

    public List<Participant> getParticipants() {
        if (participants == null) {
            participants = trips.participants(id);
        }
        return participants;
    }

    public Carpool.Plan getPlan() {
        return plan;
    }

    /** Names as a sentence lists them: « Anne, Bruno, Camille » (never a Java list's brackets). */
    public String names(java.util.List<String> names) {
        return String.join(", ", names);
    }

    public String km(double km) {
        return fr.tierslieu.core.application.i18n.Numbers.withUnit(Msg.locale(), km, 1, "km");
    }

    public String kg(double kg) {
        return fr.tierslieu.core.application.i18n.Numbers.withUnit(Msg.locale(), kg, 1, "kg");
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public List<fr.tierslieu.core.application.Choice> getActorChoices() {
        if (actorChoices == null) {
            actorChoices = actors.choices();
        }
        return actorChoices;
    }

    public List<fr.tierslieu.core.application.Choice> getProjectChoices() {
        if (projectChoices == null) {
            projectChoices = projects.choices();
        }
        return projectChoices;
    }

    /** Name of the trip's project, or empty. */
    public String getProjectName() {
        Long p = getTrip().getProjectId();
        return p == null
                ? ""
                : getProjectChoices().stream()
                        .filter(c -> c.id() == p)
                        .map(fr.tierslieu.core.application.Choice::label)
                        .findFirst()
                        .orElse("");
    }

    public Long getProjectId() {
        return projectId;
    }

    public void setProjectId(Long projectId) {
        this.projectId = projectId;
    }

    public Registration getRegistration() {
        return registration;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getDestination() {
        return destination;
    }

    public void setDestination(String destination) {
        this.destination = destination;
    }

    public BigDecimal getLat() {
        return lat;
    }

    public void setLat(BigDecimal lat) {
        this.lat = lat;
    }

    public BigDecimal getLon() {
        return lon;
    }

    public void setLon(BigDecimal lon) {
        this.lon = lon;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }
}
