package fr.tierslieu.studytrip.domain;

/**
 * CO₂ estimates of the transport options, with ADEME emission factors (Base Empreinte® / the
 * "Impact CO2" calculator, values in kg CO₂e, including upstream fuel production):
 * <ul>
 *   <li>average car (internal combustion): {@value #CAR_KG_PER_VEHICLE_KM} kg per vehicle·km,
 *   whatever the number of passengers (the point of carpooling);</li>
 *   <li>coach: {@value #COACH_KG_PER_PASSENGER_KM} kg per passenger·km.</li>
 * </ul>
 * The factors are constants to update when ADEME publishes new ones.
 */
public final class Co2 {

    public static final double CAR_KG_PER_VEHICLE_KM = 0.218;
    public static final double COACH_KG_PER_PASSENGER_KM = 0.0295;

    private Co2() {}

    /** All cars of a carpool plan: the vehicle·km they drive (each car once, whatever it carries). */
    public static double cars(double vehicleKm) {
        return vehicleKm * CAR_KG_PER_VEHICLE_KM;
    }

    /** A coach for {@code passengers} people over {@code km} (each way counted by the caller). */
    public static double coach(double km, int passengers) {
        return km * passengers * COACH_KG_PER_PASSENGER_KM;
    }
}
