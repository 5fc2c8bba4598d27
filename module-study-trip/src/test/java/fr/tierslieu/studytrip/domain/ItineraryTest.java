package fr.tierslieu.studytrip.domain;

import static fr.tierslieu.studytrip.domain.Itinerary.Kind.DEPARTURE;
import static fr.tierslieu.studytrip.domain.Itinerary.Kind.LUNCH;
import static fr.tierslieu.studytrip.domain.Itinerary.Kind.RETURN;
import static fr.tierslieu.studytrip.domain.Itinerary.Kind.VISIT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItineraryTest {

    static final Travel.Point NEVEZ = new Travel.Point(47.8195, -3.7927);
    static final Travel.Point LANNION = new Travel.Point(48.7326, -3.4566);
    static final Travel T = new Travel(1.3, 60);

    static LocalTime t(String s) {
        return LocalTime.parse(s);
    }

    @Test
    void aFeasibleDayHasNoWarningAndTravelTimesAreEstimated() {
        int drive = T.minutes(NEVEZ, LANNION);
        Itinerary.Day day = Itinerary.check(
                List.of(
                        new Itinerary.Stop("Départ", DEPARTURE, NEVEZ, t("07:30"), 0, null),
                        new Itinerary.Stop("Visite", VISIT, LANNION, t("10:30"), 120, t("17:00")),
                        new Itinerary.Stop("Déjeuner", LUNCH, LANNION, null, 75, null),
                        new Itinerary.Stop("Retour", RETURN, NEVEZ, null, 0, null)),
                T,
                Itinerary.DEFAULT_MAX_DAY);
        assertThat(day.warnings()).isEmpty();
        assertThat(day.lines().get(1).travelMinutes()).isEqualTo(drive);
        assertThat(day.lines().get(1).arrival()).isEqualTo(t("07:30").plusMinutes(drive));
        assertThat(day.lines().get(2).start()).isEqualTo(t("12:30"));
        assertThat(day.lines().get(3).arrival()).isEqualTo(t("13:45").plusMinutes(drive));
        assertThat(day.length()).isEqualTo(Duration.ofMinutes(6 * 60 + 15 + drive));
    }

    @Test
    void overlapHostClosedAndTooLongAreReported() {
        Itinerary.Day day = Itinerary.check(
                List.of(
                        new Itinerary.Stop("Départ", DEPARTURE, NEVEZ, t("08:00"), 0, null),
                        new Itinerary.Stop("Visite", VISIT, LANNION, t("09:00"), 240, t("12:00")),
                        new Itinerary.Stop("Retour", RETURN, NEVEZ, t("20:00"), 30, null)),
                T,
                Duration.ofHours(12));
        assertThat(day.warnings())
                .extracting(Itinerary.Warning::code)
                .containsExactly("OVERLAP", "HOST_CLOSED", "DAY_TOO_LONG");
        Itinerary.Warning overlap = day.warnings().get(0);
        assertThat(overlap.stop()).isEqualTo("Visite");
        assertThat(overlap.minutes()).isEqualTo(T.minutes(NEVEZ, LANNION) - 60);
        assertThat(day.warnings().get(2).minutes()).isEqualTo(30);
    }
}
