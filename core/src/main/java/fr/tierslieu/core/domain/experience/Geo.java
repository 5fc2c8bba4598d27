package fr.tierslieu.core.domain.experience;

/** Distances on the Earth's surface, for « how far from us ». */
public final class Geo {

    private static final double EARTH_RADIUS_KM = 6_371.0088;

    private Geo() {}

    /** Great-circle distance in km between two points in degrees (haversine). */
    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1))
                        * Math.cos(Math.toRadians(lat2))
                        * Math.sin(dLon / 2)
                        * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** Whether a latitude and longitude pair is a point on Earth. */
    public static boolean valid(Double lat, Double lon) {
        return lat != null && lon != null && lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180;
    }
}
