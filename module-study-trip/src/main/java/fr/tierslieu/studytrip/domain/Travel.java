package fr.tierslieu.studytrip.domain;

/**
 * Travel estimates from coordinates, without any map service: the great-circle distance (haversine,
 * mean Earth radius 6,371.0088 km) times a road factor, driven at an average speed.
 *
 * <p>Defaults for rural Brittany: road factor 1.3 (roads are on average about 30 % longer than the
 * straight line between two rural places of western France), 60 km/h average door to door (a mix
 * of departmental roads and the N165 dual carriageway). Both are parameters: a trip on motorways
 * would use 1.2 and 80 km/h. The estimate is rounded up to the minute.</p>
 */
public record Travel(double roadFactor, double speedKmh) {

    public static final double EARTH_RADIUS_KM = 6371.0088;
    public static final Travel RURAL_BRITTANY = new Travel(1.3, 60);

    public Travel {
        if (!(roadFactor >= 1) || !(speedKmh > 0)) {
            throw new IllegalArgumentException("road factor must be at least 1 and speed positive");
        }
    }

    /** A point on Earth, in decimal degrees. */
    public record Point(double lat, double lon) {
        public Point {
            if (lat < -90 || lat > 90 || lon < -180 || lon > 180 || Double.isNaN(lat) || Double.isNaN(lon)) {
                throw new IllegalArgumentException("coordinates out of range: " + lat + ", " + lon);
            }
        }
    }

    /** Great-circle distance in km. */
    public static double greatCircleKm(Point a, Point b) {
        double phi1 = Math.toRadians(a.lat());
        double phi2 = Math.toRadians(b.lat());
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(b.lon() - a.lon());
        double h = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** Estimated road distance in km. */
    public double roadKm(Point a, Point b) {
        return greatCircleKm(a, b) * roadFactor;
    }

    /** Estimated driving time in whole minutes (rounded up). */
    public int minutes(Point a, Point b) {
        return (int) Math.ceil(roadKm(a, b) / speedKmh * 60 - 1e-9);
    }
}
