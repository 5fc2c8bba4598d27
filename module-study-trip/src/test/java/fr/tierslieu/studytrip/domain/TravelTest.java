package fr.tierslieu.studytrip.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TravelTest {

    static final Travel.Point PARIS = new Travel.Point(48.8566, 2.3522);
    static final Travel.Point LONDON = new Travel.Point(51.5074, -0.1278);
    static final Travel.Point NEVEZ = new Travel.Point(47.8195, -3.7927);
    static final Travel.Point RENNES = new Travel.Point(48.1173, -1.6778);

    @Test
    void greatCircleMatchesKnownDistances() {
        assertThat(Travel.greatCircleKm(PARIS, LONDON)).isCloseTo(343.5, within(1.0));
        assertThat(Travel.greatCircleKm(NEVEZ, NEVEZ)).isZero();
        assertThat(Travel.greatCircleKm(NEVEZ, RENNES)).isCloseTo(Travel.greatCircleKm(RENNES, NEVEZ), within(1e-9));
        // a quarter of a meridian
        assertThat(Travel.greatCircleKm(new Travel.Point(0, 0), new Travel.Point(90, 0)))
                .isCloseTo(Math.PI / 2 * Travel.EARTH_RADIUS_KM, within(1e-6));
    }

    @Test
    void roadTimeIsDistanceTimesFactorOverSpeedRoundedUp() {
        Travel t = new Travel(1.5, 60);
        double km = Travel.greatCircleKm(NEVEZ, RENNES) * 1.5;
        assertThat(t.roadKm(NEVEZ, RENNES)).isCloseTo(km, within(1e-9));
        assertThat(t.minutes(NEVEZ, RENNES)).isEqualTo((int) Math.ceil(km));
        assertThat(t.minutes(NEVEZ, NEVEZ)).isZero();
        // Névez → Rennes (about 168 km as the crow flies) in rural Brittany: about 3 h 40 at 60 km/h with 1.3
        assertThat(Travel.RURAL_BRITTANY.minutes(NEVEZ, RENNES)).isBetween(200, 230);
    }

    @Test
    void badParametersAreRefused() {
        assertThatThrownBy(() -> new Travel(0.9, 60)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Travel(1.2, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Travel.Point(91, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void co2OfCarsAndCoach() {
        assertThat(Co2.cars(100)).isCloseTo(21.8, within(1e-9));
        assertThat(Co2.coach(100, 30)).isCloseTo(88.5, within(1e-9));
    }
}
