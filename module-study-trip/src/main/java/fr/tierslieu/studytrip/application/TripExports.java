package fr.tierslieu.studytrip.application;

import fr.tierslieu.core.application.export.ICalendar;
import fr.tierslieu.core.application.export.PdfDocument;
import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.application.i18n.Typography;
import fr.tierslieu.studytrip.domain.Carpool;
import fr.tierslieu.studytrip.domain.Itinerary;
import fr.tierslieu.studytrip.domain.Note;
import fr.tierslieu.studytrip.domain.Participant;
import fr.tierslieu.studytrip.domain.RegistrationStatus;
import fr.tierslieu.studytrip.domain.Trip;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The trip's day as an iCalendar file (one event per stop) and as a printable day sheet for participants. */
@ApplicationScoped
public class TripExports {

    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    TripService trips;

    @Inject
    PlanningService planning;

    @Inject
    DebriefService debrief;

    @Inject
    MessageBundles messages;

    public TripExports() {}

    public TripExports(TripService trips, PlanningService planning, DebriefService debrief, MessageBundles messages) {
        this.trips = trips;
        this.planning = planning;
        this.debrief = debrief;
        this.messages = messages;
    }

    public byte[] calendar(long tripId, ZoneId zone, Locale locale) {
        Trip trip = trips.trip(tripId);
        Itinerary.Day day = planning.day(tripId);
        ICalendar cal = new ICalendar(trip.getTitle());
        int i = 0;
        for (Itinerary.Line l : day.lines()) {
            cal.timed(
                    "studytrip-" + tripId + "-" + i++ + "@tierslieu",
                    trip.getDate().atTime(l.start()),
                    trip.getDate().atTime(l.end()),
                    zone,
                    messages.label(locale, l.stop().kind()) + " – " + l.stop().name(),
                    l.stop().name(),
                    trip.getTitle());
        }
        if (day.lines().isEmpty()) {
            cal.allDay("studytrip-" + tripId + "@tierslieu", trip.getDate(), trip.getTitle(), trip.getDestination());
        }
        return cal.toBytes();
    }

    /** The day sheet: programme, participants with their needs, cars, questions for the hosts. */
    public byte[] daySheet(long tripId, Locale locale) {
        Trip trip = trips.trip(tripId);
        PdfDocument pdf = new PdfDocument(false, trip.getTitle());
        pdf.title(trip.getTitle())
                .subtitle(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale)
                                .format(trip.getDate()) + " – " + trip.getDestination());
        Itinerary.Day day = planning.day(tripId);
        pdf.heading(messages.get(locale, "studytrip.day.title"));
        List<List<String>> rows = new ArrayList<>();
        for (Itinerary.Line l : day.lines()) {
            rows.add(List.of(
                    HM.format(l.start()) + " – " + HM.format(l.end()),
                    messages.label(locale, l.stop().kind()),
                    l.stop().name(),
                    l.travelMinutes() > 0 ? messages.format(locale, "studytrip.day.travel", l.travelMinutes()) : ""));
        }
        if (rows.isEmpty()) {
            pdf.paragraph(messages.get(locale, "studytrip.day.empty"));
        } else {
            pdf.table(
                    List.of(
                            messages.get(locale, "studytrip.day.when"),
                            messages.get(locale, "studytrip.day.kind"),
                            messages.get(locale, "studytrip.day.name"),
                            messages.get(locale, "studytrip.day.travelHeader")),
                    rows,
                    new float[] {2, 2, 5, 2},
                    null);
        }
        for (Itinerary.Warning w : day.warnings()) {
            pdf.bullet(messages.format(
                    locale, "studytrip.warning." + w.code(), w.stop() == null ? "" : w.stop(), w.minutes()));
        }
        pdf.heading(messages.get(locale, "studytrip.participants"));
        List<List<String>> people = new ArrayList<>();
        for (Participant p : trips.participants(tripId)) {
            if (p.getStatus() == RegistrationStatus.CONFIRMED) {
                people.add(List.of(
                        p.getName(),
                        p.getCommune() == null ? "" : p.getCommune(),
                        p.getDiet() == null ? "" : p.getDiet(),
                        p.getAccessibility() == null ? "" : p.getAccessibility()));
            }
        }
        pdf.table(
                List.of(
                        messages.get(locale, "studytrip.participant.name"),
                        messages.get(locale, "studytrip.participant.commune"),
                        messages.get(locale, "studytrip.participant.diet"),
                        messages.get(locale, "studytrip.participant.accessibility")),
                people,
                new float[] {4, 3, 3, 3},
                null);
        if (trip.getTransport() == Trip.Transport.CARPOOL) {
            Carpool.Plan plan = trips.carpool(tripId);
            pdf.heading(messages.get(locale, "studytrip.plan.title"));
            for (Carpool.Car car : plan.cars()) {
                pdf.bullet(Typography.labelled(
                        locale, car.driver(), car.passengers().isEmpty() ? "–" : String.join(", ", car.passengers())));
            }
            if (!plan.unseated().isEmpty()) {
                pdf.bullet(Typography.labelled(
                        locale, messages.get(locale, "studytrip.plan.unseated"), String.join(", ", plan.unseated())));
            }
        } else {
            pdf.heading(messages.get(locale, "studytrip.transport.coach"));
        }
        List<Note> questions = debrief.notes(tripId).stream()
                .filter(n -> n.getKind() == Note.Kind.QUESTION)
                .toList();
        if (!questions.isEmpty()) {
            pdf.heading(messages.get(locale, "studytrip.debrief.questions"));
            questions.forEach(q -> pdf.bullet(q.getText()));
        }
        return pdf.toBytes();
    }
}
