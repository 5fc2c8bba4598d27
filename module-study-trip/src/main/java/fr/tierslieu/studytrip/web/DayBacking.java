package fr.tierslieu.studytrip.web;

import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import fr.tierslieu.studytrip.application.PlanningService;
import fr.tierslieu.studytrip.domain.Carpool;
import fr.tierslieu.studytrip.domain.Itinerary;
import fr.tierslieu.studytrip.domain.Stop;
import fr.tierslieu.studytrip.domain.Trip;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The day: stops in order, the schedule computed from travel times with its warnings, and the transport choice. */
@Named
@ViewScoped
public class DayBacking extends TripPage {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    PlanningService planning;

    private transient List<Stop> stops;
    private transient Itinerary.Day day;
    private transient PlanningService.TransportComparison transport;
    private Itinerary.Kind kind = Itinerary.Kind.VISIT;
    private String name;
    private BigDecimal lat;
    private BigDecimal lon;
    private String start;
    private Integer minutes = 60;
    private String closes;
    private Trip.Transport travelBy;
    private BigDecimal coachCost;

    @Override
    void refresh() {
        super.refresh();
        stops = null;
        day = null;
        transport = null;
    }

    public List<Stop> getStops() {
        if (stops == null) {
            stops = planning.stops(id);
        }
        return stops;
    }

    public Itinerary.Day getDay() {
        if (day == null) {
            day = planning.day(id);
        }
        return day;
    }

    public String time(LocalTime t) {
        return t == null ? "" : HM.format(t);
    }

    public String length() {
        long m = getDay().length().toMinutes();
        return String.format("%d\u00A0h\u00A0%02d", m / 60, m % 60);
    }

    public String warning(Itinerary.Warning w) {
        return msg.formatAll("studytrip.warning." + w.code(), w.stop() == null ? "" : w.stop(), w.minutes());
    }

    private LocalTime parse(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(text.trim().length() == 4 ? "0" + text.trim() : text.trim());
        } catch (DateTimeParseException e) {
            throw fr.tierslieu.core.domain.shared.ValidationFailure.of(field, msg.get("studytrip.error.time"));
        }
    }

    public void addStop() {
        if (FacesSupport.attempt(
                msg,
                "stopForm",
                () -> planning.addStop(
                        id,
                        new PlanningService.StopDraft(
                                kind, name, lat, lon, parse(start, "stopStart"), minutes, parse(closes, "stopCloses")),
                        Msg.locale()))) {
            name = null;
            lat = null;
            lon = null;
            start = null;
            closes = null;
            refresh();
        }
    }

    public void removeStop(long stopId) {
        if (FacesSupport.attempt(msg, "scheduleForm", () -> planning.removeStop(id, stopId))) {
            refresh();
        }
    }

    public void move(long stopId, int delta) {
        if (FacesSupport.attempt(msg, "scheduleForm", () -> planning.moveStop(id, stopId, delta))) {
            refresh();
        }
    }

    public PlanningService.TransportComparison getTransport() {
        if (transport == null) {
            Carpool.Plan plan = trips.carpool(id);
            transport = planning.transport(id, plan);
        }
        return transport;
    }

    public void saveTransport() {
        if (FacesSupport.attempt(
                msg, "transportForm", () -> planning.travelBy(id, getTravelBy(), coachCost, Msg.locale()))) {
            FacesSupport.info(msg.get("studytrip.saved"));
            refresh();
        }
    }

    public String km(double km) {
        return fr.tierslieu.core.application.i18n.Numbers.withUnit(Msg.locale(), km, 0, "km");
    }

    public String kg(double kg) {
        return fr.tierslieu.core.application.i18n.Numbers.withUnit(Msg.locale(), kg, 1, "kg");
    }

    public Itinerary.Kind[] getKinds() {
        return Itinerary.Kind.values();
    }

    public Trip.Transport[] getTransports() {
        return Trip.Transport.values();
    }

    public Itinerary.Kind getKind() {
        return kind;
    }

    public void setKind(Itinerary.Kind v) {
        kind = v;
    }

    public String getName() {
        return name;
    }

    public void setName(String v) {
        name = v;
    }

    public BigDecimal getLat() {
        return lat;
    }

    public void setLat(BigDecimal v) {
        lat = v;
    }

    public BigDecimal getLon() {
        return lon;
    }

    public void setLon(BigDecimal v) {
        lon = v;
    }

    public String getStart() {
        return start;
    }

    public void setStart(String v) {
        start = v;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer v) {
        minutes = v;
    }

    public String getCloses() {
        return closes;
    }

    public void setCloses(String v) {
        closes = v;
    }

    public Trip.Transport getTravelBy() {
        return travelBy == null ? getTrip().getTransport() : travelBy;
    }

    public void setTravelBy(Trip.Transport v) {
        travelBy = v;
    }

    public BigDecimal getCoachCost() {
        return coachCost == null ? getTrip().getCoachCost() : coachCost;
    }

    public void setCoachCost(BigDecimal v) {
        coachCost = v;
    }
}
