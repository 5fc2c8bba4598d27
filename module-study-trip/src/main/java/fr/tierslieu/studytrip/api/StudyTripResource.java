package fr.tierslieu.studytrip.api;

import fr.tierslieu.core.api.ApiLocale;
import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.studytrip.application.Registration;
import fr.tierslieu.studytrip.application.TripService;
import fr.tierslieu.studytrip.domain.Carpool;
import fr.tierslieu.studytrip.domain.Participant;
import fr.tierslieu.studytrip.domain.Travel;
import fr.tierslieu.studytrip.domain.Trip;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The study trip over HTTP: trips, participants, and the carpool engine for other tools. */
@Path("studytrip")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Study trip", description = "Trips, registrations with waiting list, carpool plan")
public class StudyTripResource {

    @Inject
    TripService trips;

    @Inject
    MessageBundles messages;

    @Inject
    fr.tierslieu.studytrip.application.PlanningService planning;

    @Inject
    fr.tierslieu.studytrip.application.PollService poll;

    @Inject
    fr.tierslieu.studytrip.application.TripExports exports;

    @Inject
    fr.tierslieu.core.application.config.AppConfig config;

    @Context
    HttpHeaders headers;

    public record TripJson(
            long id,
            String title,
            LocalDate date,
            String destination,
            BigDecimal lat,
            BigDecimal lon,
            int capacity,
            int confirmed,
            Long projectId) {
        static TripJson of(Trip t) {
            return new TripJson(
                    t.getId(),
                    t.getTitle(),
                    t.getDate(),
                    t.getDestination(),
                    t.getDestinationLat(),
                    t.getDestinationLon(),
                    t.getCapacity(),
                    t.getConfirmed(),
                    t.getProjectId());
        }
    }

    public record ParticipantJson(
            long id, Long actorId, String name, String commune, boolean driver, int freeSeats, String status) {
        static ParticipantJson of(Participant p) {
            return new ParticipantJson(
                    p.getId(),
                    p.getActorId(),
                    p.getName(),
                    p.getCommune(),
                    p.isDriver(),
                    p.getFreeSeats(),
                    p.getStatus().name());
        }
    }

    @GET
    @Path("trips")
    @Operation(summary = "Trips, most recent first")
    public List<TripJson> list() {
        return trips.trips().stream().map(TripJson::of).toList();
    }

    @POST
    @Path("trips")
    @Operation(summary = "Create a trip", description = "400 naming each field at fault; 403 unless ORGANIZER/ADMIN")
    public Response create(TripJson body) {
        Locale locale = ApiLocale.of(headers);
        if (body == null) {
            throw ValidationFailure.of(null, messages.get(locale, "core.error.required"));
        }
        Trip t = trips.createTrip(
                body.title(),
                body.date(),
                body.destination(),
                body.lat(),
                body.lon(),
                body.capacity(),
                body.projectId(),
                locale);
        return Response.status(201).entity(TripJson.of(t)).build();
    }

    @GET
    @Path("trips/{id}/participants")
    @Operation(summary = "Participants of a trip, in registration order, with their status")
    @APIResponse(responseCode = "404", description = "No such trip")
    public List<ParticipantJson> participants(@PathParam("id") long id) {
        trips.trip(id);
        return trips.participants(id).stream().map(ParticipantJson::of).toList();
    }

    @POST
    @Path("trips/{id}/participants")
    @Operation(
            summary = "Register someone",
            description = "CONFIRMED while seats are left, WAITING after; never over-booked")
    public Response register(@PathParam("id") long id, Registration body) {
        Locale locale = ApiLocale.of(headers);
        if (body == null) {
            throw ValidationFailure.of(null, messages.get(locale, "core.error.required"));
        }
        return Response.status(201)
                .entity(ParticipantJson.of(trips.register(id, body, locale)))
                .build();
    }

    public record PointJson(String id, Double lat, Double lon, Integer seats) {}

    /** At most {@value Carpool#MAX_PEOPLE} people in all (drivers and passengers), as on the transport page. */
    public record CarpoolRequest(
            PointJson destination,

            @fr.tierslieu.core.domain.shared.MaxItems(Carpool.MAX_PEOPLE)
            List<PointJson> drivers,

            @fr.tierslieu.core.domain.shared.MaxItems(Carpool.MAX_PEOPLE)
            List<PointJson> passengers,

            Double roadFactor,
            Double speedKmh) {}

    @POST
    @Path("carpool")
    @Operation(
            summary = "Compute a carpool plan without saving",
            description =
                    "Drivers (id, lat, lon, seats) pick up passengers (id, lat, lon) on their way to the destination; "
                            + "as many seated as possible, least total detour; exact up to 10 passengers, heuristic beyond. "
                            + "Distances: great circle × road factor (default 1.3); times at speedKmh (default 60).")
    @APIResponse(responseCode = "400", description = "A point without valid coordinates, seats out of range…, named")
    public Carpool.Plan carpool(CarpoolRequest body) {
        Locale locale = ApiLocale.of(headers);
        if (body == null || body.destination() == null) {
            throw ValidationFailure.of("destination", messages.get(locale, "core.error.required"));
        }
        List<ValidationFailure.Violation> problems = new ArrayList<>();
        Travel.Point dest = point(body.destination(), "destination", problems, locale);
        List<Carpool.Driver> drivers = new ArrayList<>();
        List<PointJson> ds = body.drivers() == null ? List.of() : body.drivers();
        for (int i = 0; i < ds.size(); i++) {
            Travel.Point p = point(ds.get(i), "drivers[" + i + "]", problems, locale);
            Integer seats = ds.get(i) == null ? null : ds.get(i).seats();
            if (seats == null || seats < 0 || seats > 8) {
                problems.add(new ValidationFailure.Violation(
                        "drivers[" + i + "]", messages.get(locale, "studytrip.error.seats")));
            } else if (p != null) {
                drivers.add(new Carpool.Driver(
                        ds.get(i).id() == null ? "d" + i : ds.get(i).id(), p, seats));
            }
        }
        List<Carpool.Passenger> passengers = new ArrayList<>();
        List<PointJson> ps = body.passengers() == null ? List.of() : body.passengers();
        for (int i = 0; i < ps.size(); i++) {
            Travel.Point p = point(ps.get(i), "passengers[" + i + "]", problems, locale);
            if (p != null) {
                passengers.add(new Carpool.Passenger(
                        ps.get(i).id() == null ? "p" + i : ps.get(i).id(), p));
            }
        }
        Travel travel;
        try {
            travel = new Travel(
                    body.roadFactor() == null ? 1.3 : body.roadFactor(),
                    body.speedKmh() == null ? 60 : body.speedKmh());
        } catch (IllegalArgumentException e) {
            problems.add(new ValidationFailure.Violation("roadFactor", messages.get(locale, "studytrip.error.travel")));
            travel = Travel.RURAL_BRITTANY;
        }
        if (drivers.size() + passengers.size() > Carpool.MAX_PEOPLE) {
            problems.add(
                    new ValidationFailure.Violation("passengers", messages.get(locale, "studytrip.error.tooMany")));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        return Carpool.plan(drivers, passengers, dest, travel);
    }

    private Travel.Point point(PointJson p, String field, List<ValidationFailure.Violation> problems, Locale locale) {
        try {
            if (p == null || p.lat() == null || p.lon() == null) {
                throw new IllegalArgumentException();
            }
            return new Travel.Point(p.lat(), p.lon());
        } catch (IllegalArgumentException e) {
            problems.add(new ValidationFailure.Violation(field, messages.get(locale, "studytrip.error.coordinates")));
            return null;
        }
    }

    public record DestinationJson(
            Long id,
            String name,
            String commune,
            BigDecimal lat,
            BigDecimal lon,
            String themes,
            Long hostActorId,
            String learningGoals,

            @fr.tierslieu.core.domain.shared.MaxItems(fr.tierslieu.studytrip.domain.Destination.MAX_QUESTIONS)
            java.util.Set<Long> questionIds,

            @fr.tierslieu.core.domain.shared.MaxItems(fr.tierslieu.studytrip.domain.Criterion.MAX_PER_TRIP)
            java.util.Map<Long, Integer> scores) {
        static DestinationJson of(fr.tierslieu.studytrip.domain.Destination d) {
            return new DestinationJson(
                    d.getId(),
                    d.getName(),
                    d.getCommune(),
                    d.getLat(),
                    d.getLon(),
                    d.getThemes(),
                    d.getHostActorId(),
                    d.getLearningGoals(),
                    d.getQuestionIds(),
                    d.getScores());
        }
    }

    @GET
    @Path("trips/{id}/destinations")
    @Operation(summary = "Candidate destinations of a trip, with their scores per criterion id")
    public List<DestinationJson> destinations(@PathParam("id") long id) {
        trips.trip(id);
        return planning.destinations(id).stream().map(DestinationJson::of).toList();
    }

    @POST
    @Path("trips/{id}/destinations")
    @Operation(
            summary = "Add a candidate destination",
            description = "400 naming each field; 403 unless ORGANIZER/ADMIN")
    public Response addDestination(@PathParam("id") long id, DestinationJson body) {
        Locale locale = ApiLocale.of(headers);
        if (body == null) {
            throw ValidationFailure.of(null, messages.get(locale, "core.error.required"));
        }
        var d = planning.saveDestination(
                id,
                null,
                new fr.tierslieu.studytrip.application.PlanningService.DestinationDraft(
                        body.name(),
                        body.commune(),
                        body.lat(),
                        body.lon(),
                        body.themes(),
                        body.hostActorId(),
                        body.learningGoals(),
                        body.questionIds()),
                locale);
        return Response.status(201).entity(DestinationJson.of(d)).build();
    }

    @GET
    @Path("trips/{id}/ranking")
    @Operation(summary = "Destinations ranked by the weighted criteria grid (score 0 to 5, criteria not scored listed)")
    public List<fr.tierslieu.studytrip.domain.CriteriaGrid.Ranked> ranking(@PathParam("id") long id) {
        trips.trip(id);
        return planning.ranking(id);
    }

    @GET
    @Path("trips/{id}/poll")
    @Operation(summary = "Date poll results: answers per date, the best date, who has not answered")
    public fr.tierslieu.studytrip.application.PollService.Results pollResults(@PathParam("id") long id) {
        trips.trip(id);
        return poll.results(id);
    }

    @GET
    @Path("trips/{id}/day.ics")
    @Produces("text/calendar")
    @Operation(summary = "The day's programme as iCalendar (one event per stop)")
    public Response calendar(@PathParam("id") long id) {
        return Response.ok(exports.calendar(id, config.zone(), ApiLocale.of(headers)), "text/calendar;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"voyage-etude.ics\"")
                .build();
    }

    @GET
    @Path("trips/{id}/day-sheet.pdf")
    @Produces("application/pdf")
    @Operation(
            summary =
                    "Printable day sheet for participants: programme, participants' needs, cars, questions for the hosts")
    public Response daySheet(@PathParam("id") long id) {
        return Response.ok(exports.daySheet(id, ApiLocale.of(headers)), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"feuille-de-route.pdf\"")
                .build();
    }
}
