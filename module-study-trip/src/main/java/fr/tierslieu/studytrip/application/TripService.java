package fr.tierslieu.studytrip.application;

import static fr.tierslieu.core.application.i18n.Validation.REQUIRED;
import static fr.tierslieu.core.application.i18n.Validation.TOO_LONG;

import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.application.mail.MailOutbox;
import fr.tierslieu.core.application.mail.Mailer;
import fr.tierslieu.core.application.security.RequiresRole;
import fr.tierslieu.core.domain.security.Role;
import fr.tierslieu.core.domain.shared.NotFoundException;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.studytrip.domain.Carpool;
import fr.tierslieu.studytrip.domain.Participant;
import fr.tierslieu.studytrip.domain.RegistrationStatus;
import fr.tierslieu.studytrip.domain.Travel;
import fr.tierslieu.studytrip.domain.Trip;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Trips and registrations. A registration is confirmed when a seat is left, else put on the
 * waiting list; a confirmed participant who cancels gives the seat to the first one waiting. Seats
 * are taken by one atomic conditional UPDATE of the trip ({@code confirmed < capacity}), so that
 * many people registering at once can never over-book, in any database. Organisers (and admins)
 * create trips; every team member may register someone.
 */
@ApplicationScoped
@Transactional
@RequiresRole
public class TripService {

    @PersistenceContext(unitName = "studytrip")
    EntityManager em;

    @Inject
    MessageBundles messages;

    @Inject
    Mailer mailer;

    Clock clock = Clock.systemUTC();

    @Inject
    fr.tierslieu.core.application.i18n.Validation validation;

    public TripService() {}

    /** The trip form, as the page names its fields. */
    static final class TripForm {
        @jakarta.validation.constraints.NotBlank(message = REQUIRED)
        @jakarta.validation.constraints.Size(max = Trip.TITLE_MAX, message = TOO_LONG)
        private final String tripTitle;

        @jakarta.validation.constraints.NotNull(message = REQUIRED)
        private final LocalDate tripDate;

        @jakarta.validation.constraints.NotBlank(message = REQUIRED)
        private final String destination;

        TripForm(String tripTitle, LocalDate tripDate, String destination) {
            this.tripTitle = tripTitle;
            this.tripDate = tripDate;
            this.destination = destination;
        }
    }

    public TripService(EntityManager em, MessageBundles messages) {
        this(em, messages, new Mailer.Recorder());
    }

    public TripService(EntityManager em, MessageBundles messages, Mailer mailer) {
        this.mailer = mailer;
        this.em = em;
        this.messages = messages;
        this.validation = fr.tierslieu.core.application.i18n.Validation.standalone(messages);
    }

    /** A project was deleted: its trips stay, attached to no project. */
    void onProjectDeleted(@jakarta.enterprise.event.Observes fr.tierslieu.core.module.ProjectDeleted event) {
        em.createQuery("select t from Trip t where t.projectId = :p", Trip.class)
                .setParameter("p", event.projectId())
                .getResultList()
                .forEach(Trip::forgetProject);
    }

    /** The trips of one project, the latest first: the last 50 (the project page links to the full list). */
    public List<Trip> tripsOf(long projectId) {
        return em.createQuery("select t from Trip t where t.projectId = :p order by t.date desc, t.id", Trip.class)
                .setParameter("p", projectId)
                .setMaxResults(50)
                .getResultList();
    }

    public List<Trip> trips() {
        return em.createQuery("select t from Trip t order by t.date desc, t.id", Trip.class)
                .getResultList();
    }

    public Trip trip(long id) {
        Trip t = em.find(Trip.class, id);
        if (t == null) {
            throw new NotFoundException("Trip", id);
        }
        em.refresh(t);
        return t;
    }

    @RequiresRole({Role.ORGANIZER})
    public Trip createTrip(
            String title,
            LocalDate date,
            String destination,
            BigDecimal lat,
            BigDecimal lon,
            Integer capacity,
            Long projectId,
            Locale locale) {
        List<ValidationFailure.Violation> problems =
                new ArrayList<>(validation.violationsOf(new TripForm(title, date, destination), locale, ""));
        checkPoint(problems, "destinationLat", lat, lon, true, locale);
        if (capacity == null || capacity < 0 || capacity > 500) {
            problems.add(v("capacity", locale, "studytrip.error.capacity"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        Trip t = new Trip(title.strip(), date, destination.strip(), lat, lon, capacity, projectId);
        em.persist(t);
        em.flush();
        return t;
    }

    private void checkPoint(
            List<ValidationFailure.Violation> problems,
            String field,
            BigDecimal lat,
            BigDecimal lon,
            boolean required,
            Locale locale) {
        if (lat == null && lon == null && !required) {
            return;
        }
        if (lat == null
                || lon == null
                || lat.abs().compareTo(BigDecimal.valueOf(90)) > 0
                || lon.abs().compareTo(BigDecimal.valueOf(180)) > 0) {
            problems.add(v(field, locale, "studytrip.error.coordinates"));
        }
    }

    public List<Participant> participants(long tripId) {
        return em.createQuery(
                        "select p from Participant p where p.trip.id = :t order by p.registeredAt, p.id",
                        Participant.class)
                .setParameter("t", tripId)
                .getResultList();
    }

    /** Registers someone: confirmed if a seat is left, else waiting. Nothing is saved if the form is refused. */
    @RequiresRole({Role.MANAGER, Role.BOARD, Role.ORGANIZER})
    public Participant register(long tripId, Registration r, Locale locale) {
        Trip trip = em.find(Trip.class, tripId);
        if (trip == null) {
            throw new NotFoundException("Trip", tripId);
        }
        List<ValidationFailure.Violation> problems =
                new ArrayList<>(validation.violationsOf(r, locale, java.util.Map.of("name", "participantName")));
        String name = r.getName() == null ? "" : r.getName().strip();
        if (r.isDriver() && (r.getFreeSeats() == null || r.getFreeSeats() < 0 || r.getFreeSeats() > 8)) {
            problems.add(v("freeSeats", locale, "studytrip.error.seats"));
        }
        checkPoint(problems, "lat", r.getLat(), r.getLon(), false, locale);
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        int taken = em.createQuery(
                        "update Trip t set t.confirmed = t.confirmed + 1 where t.id = :id and t.confirmed < t.capacity")
                .setParameter("id", tripId)
                .executeUpdate();
        Participant p = new Participant(
                trip,
                r.getActorId(),
                name,
                blank(r.getEmail()),
                blank(r.getDiet()),
                blank(r.getAccessibility()),
                blank(r.getCommune()),
                r.getLat(),
                r.getLon(),
                r.isDriver(),
                r.getFreeSeats() == null ? 0 : r.getFreeSeats(),
                taken == 1 ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITING,
                Instant.now(clock));
        em.persist(p);
        em.flush();
        mailer.queue(new MailOutbox.Mail(
                p.getStatus() == RegistrationStatus.CONFIRMED ? "studytrip.mail.confirmed" : "studytrip.mail.waiting",
                p.getEmail(),
                p.getName(),
                Locale.FRENCH,
                p.getName(),
                trip.getTitle(),
                trip.getDate()));
        return p;
    }

    /** Cancels a registration; a confirmed seat goes to the first one waiting. */
    @RequiresRole({Role.MANAGER, Role.BOARD, Role.ORGANIZER})
    public void cancel(long participantId) {
        Participant p = em.find(Participant.class, participantId);
        if (p == null) {
            throw new NotFoundException("Participant", participantId);
        }
        RegistrationStatus was = p.getStatus();
        p.setStatus(RegistrationStatus.CANCELLED);
        em.flush();
        if (was == RegistrationStatus.CONFIRMED) {
            long tripId = p.getTrip().getId();
            em.createQuery("update Trip t set t.confirmed = t.confirmed - 1 where t.id = :id and t.confirmed > 0")
                    .setParameter("id", tripId)
                    .executeUpdate();
            promote(tripId);
        }
    }

    /** Gives free seats to the people waiting, first registered first. */
    void promote(long tripId) {
        while (true) {
            List<Participant> waiting = em.createQuery(
                            "select p from Participant p where p.trip.id = :t and p.status = :s "
                                    + "order by p.registeredAt, p.id",
                            Participant.class)
                    .setParameter("t", tripId)
                    .setParameter("s", RegistrationStatus.WAITING)
                    .setMaxResults(1)
                    .getResultList();
            if (waiting.isEmpty()) {
                return;
            }
            int taken = em.createQuery(
                            "update Trip t set t.confirmed = t.confirmed + 1 where t.id = :id and t.confirmed < t.capacity")
                    .setParameter("id", tripId)
                    .executeUpdate();
            if (taken == 0) {
                return;
            }
            Participant promoted = waiting.get(0);
            promoted.setStatus(RegistrationStatus.CONFIRMED);
            em.flush();
            mailer.queue(new MailOutbox.Mail(
                    "studytrip.mail.promoted",
                    promoted.getEmail(),
                    promoted.getName(),
                    Locale.FRENCH,
                    promoted.getName(),
                    promoted.getTrip().getTitle(),
                    promoted.getTrip().getDate()));
        }
    }

    /** The carpool plan of the confirmed participants who said where they leave from. */
    public Carpool.Plan carpool(long tripId) {
        Trip trip = trip(tripId);
        List<Carpool.Driver> drivers = new ArrayList<>();
        List<Carpool.Passenger> passengers = new ArrayList<>();
        for (Participant p : participants(tripId)) {
            if (p.getStatus() != RegistrationStatus.CONFIRMED || p.origin() == null) {
                continue;
            }
            if (p.isDriver()) {
                drivers.add(new Carpool.Driver(p.getName(), p.origin(), p.getFreeSeats()));
            } else {
                passengers.add(new Carpool.Passenger(p.getName(), p.origin()));
            }
        }
        return Carpool.plan(drivers, passengers, trip.destinationPoint(), Travel.RURAL_BRITTANY);
    }

    private ValidationFailure.Violation v(String field, Locale locale, String key) {
        return new ValidationFailure.Violation(field, messages.get(locale, key));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
