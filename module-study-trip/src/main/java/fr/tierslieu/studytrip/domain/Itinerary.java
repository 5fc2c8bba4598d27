package fr.tierslieu.studytrip.domain;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The day of the trip as a sequence of stops (departure, visits, lunch, debrief, return), each with
 * a place, a planned start and a duration. Between two stops at different places the travel time is
 * estimated with {@link Travel}; the engine computes when each stop can really start and warns
 * about what does not fit:
 * <ul>
 *   <li>{@code OVERLAP}: a stop planned before the previous one (plus the travel to it) is over;</li>
 *   <li>{@code HOST_CLOSED}: a visit that ends after its host closes;</li>
 *   <li>{@code DAY_TOO_LONG}: from the first departure to the end of the last stop, more than
 *   {@code maxDay} (12 hours by default: a one-day trip with a drive back).</li>
 * </ul>
 */
public final class Itinerary {

    public static final Duration DEFAULT_MAX_DAY = Duration.ofHours(12);

    private Itinerary() {}

    public enum Kind {
        DEPARTURE,
        TRAVEL,
        VISIT,
        LUNCH,
        DEBRIEF,
        RETURN,
        OTHER
    }

    /**
     * @param closes when the host closes (visits only), or null
     */
    public record Stop(
            String name, Kind kind, Travel.Point place, LocalTime plannedStart, int minutes, LocalTime closes) {}

    public record Line(Stop stop, int travelMinutes, LocalTime arrival, LocalTime start, LocalTime end) {}

    public record Warning(String code, String stop, int minutes) {}

    public record Day(List<Line> lines, List<Warning> warnings, Duration length) {}

    public static Day check(List<Stop> stops, Travel travel, Duration maxDay) {
        List<Line> lines = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        LocalTime clock = null;
        Travel.Point at = null;
        LocalTime first = null;
        for (Stop s : stops) {
            int travelMinutes = at == null || s.place() == null ? 0 : travel.minutes(at, s.place());
            LocalTime arrival = clock == null ? s.plannedStart() : clock.plusMinutes(travelMinutes);
            LocalTime start = arrival;
            if (s.plannedStart() != null) {
                if (clock != null && s.plannedStart().isBefore(arrival)) {
                    warnings.add(new Warning("OVERLAP", s.name(), (int)
                            Duration.between(s.plannedStart(), arrival).toMinutes()));
                } else {
                    start = s.plannedStart();
                }
            }
            LocalTime end = start.plusMinutes(s.minutes());
            if (s.closes() != null && end.isAfter(s.closes())) {
                warnings.add(new Warning("HOST_CLOSED", s.name(), (int)
                        Duration.between(s.closes(), end).toMinutes()));
            }
            if (first == null) {
                first = start;
            }
            lines.add(new Line(s, travelMinutes, arrival, start, end));
            clock = end;
            if (s.place() != null) {
                at = s.place();
            }
        }
        Duration length = first == null ? Duration.ZERO : Duration.between(first, clock);
        if (length.compareTo(maxDay) > 0) {
            warnings.add(
                    new Warning("DAY_TOO_LONG", null, (int) length.minus(maxDay).toMinutes()));
        }
        return new Day(lines, warnings, length);
    }
}
