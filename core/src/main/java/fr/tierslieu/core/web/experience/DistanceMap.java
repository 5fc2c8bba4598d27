package fr.tierslieu.core.web.experience;

import fr.tierslieu.core.domain.experience.Experience;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The places found, drawn around ours as an SVG « distance map »: north up, distances true to scale,
 * rings at round distances, each place a link to its sheet (with its name and distance as title).
 * No background tiles: nothing leaves the server, and it works offline; the table beside it is the
 * text alternative. Centred on our place, or on the places' middle when ours has no coordinates.
 */
public final class DistanceMap {

    static final int SIZE = 560;
    static final int RADIUS = 250;
    private static final double KM_PER_DEGREE = 111.32;
    private static final int[] RINGS = {5, 10, 25, 50, 100, 200, 500, 1000, 2000, 5000};
    /** Names written beside the points up to this many places (beyond, only the titles). */
    static final int LABELS_UP_TO = 25;

    private DistanceMap() {}

    /** A point to draw: id, name, coordinates and the text of its title. */
    public record Place(long id, String name, double lat, double lon, String title) {}

    /**
     * @param ours      our place (drawn as a star), or null
     * @param places    the places found that have coordinates
     * @param linkBase  the sheet's address without the id, e.g. {@code /app/core/experiences/view.xhtml?id=}
     * @param label     what a screen reader hears for the whole map
     * @param kmUnit    « km »
     */
    public static String svg(Place ours, List<Place> places, String linkBase, String label, String kmUnit) {
        if (ours == null && places.isEmpty()) {
            return "";
        }
        double lat0;
        double lon0;
        if (ours != null) {
            lat0 = ours.lat();
            lon0 = ours.lon();
        } else {
            lat0 = places.stream().mapToDouble(Place::lat).average().orElse(0);
            lon0 = places.stream().mapToDouble(Place::lon).average().orElse(0);
        }
        double cos = Math.cos(Math.toRadians(lat0));
        double farthest = 1;
        List<double[]> xy = new ArrayList<>();
        for (Place p : places) {
            double x = (p.lon() - lon0) * cos * KM_PER_DEGREE;
            double y = (p.lat() - lat0) * KM_PER_DEGREE;
            farthest = Math.max(farthest, Math.hypot(x, y));
            xy.add(new double[] {x, y});
        }
        int ring = RINGS[RINGS.length - 1];
        for (int r : RINGS) {
            if (r >= farthest) {
                ring = r;
                break;
            }
        }
        double scale = RADIUS / (double) ring;
        int c = SIZE / 2;
        StringBuilder sb = new StringBuilder();
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"tl-distance-map\" viewBox=\"0 0 ")
                .append(SIZE)
                .append(' ')
                .append(SIZE)
                .append("\" role=\"group\" aria-label=\"")
                .append(escape(label))
                .append("\">");
        for (int r : RINGS) {
            if (r > ring) {
                break;
            }
            if (r * scale < 18 && r != ring) {
                continue;
            }
            double pr = r * scale;
            sb.append(String.format(
                    Locale.ROOT,
                    "<circle cx=\"%d\" cy=\"%d\" r=\"%.1f\" class=\"tl-map-ring\"/><text x=\"%d\" y=\"%.1f\" class=\"tl-map-ring-label\">%d %s</text>",
                    c,
                    c,
                    pr,
                    c + 4,
                    c - pr + 12,
                    r,
                    escape(kmUnit)));
        }
        sb.append(String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"16\" class=\"tl-map-north\" aria-hidden=\"true\">N ↑</text>",
                SIZE - 40));
        boolean labels = places.size() <= LABELS_UP_TO;
        // a name is written only where it overlaps no name already written (our place's first);
        // the others are read in the point's title (hover, focus) and in the table
        List<double[]> written = new ArrayList<>();
        if (ours != null) {
            written.add(box(c + 11, c - 8, ours.name()));
        }
        for (int i = 0; i < places.size(); i++) {
            Place p = places.get(i);
            double x = c + xy.get(i)[0] * scale;
            double y = c - xy.get(i)[1] * scale;
            sb.append("<a href=\"")
                    .append(escape(linkBase + p.id()))
                    .append("\"><title>")
                    .append(escape(p.title()))
                    .append("</title>")
                    .append(String.format(
                            Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"6\" class=\"tl-map-place\"/>", x, y));
            double[] box = box(x + 8, y + 4, p.name());
            if (labels && written.stream().noneMatch(w -> overlap(w, box))) {
                written.add(box);
                sb.append(String.format(
                                Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" class=\"tl-map-label\">", x + 8, y + 4))
                        .append(escape(p.name()))
                        .append("</text>");
            }
            sb.append("</a>");
        }
        if (ours != null) {
            sb.append("<g class=\"tl-map-ours\"><title>")
                    .append(escape(ours.title()))
                    .append("</title>")
                    .append(star(c, c))
                    .append(String.format(
                            Locale.ROOT,
                            "<text x=\"%d\" y=\"%d\" class=\"tl-map-label tl-map-ours-label\">",
                            c + 11,
                            c - 8))
                    .append(escape(ours.name()))
                    .append("</text></g>");
        }
        sb.append("</svg>");
        return sb.toString();
    }

    /** The rectangle a label of 11 px takes: x, y, width, height (about 6 px a character). */
    private static double[] box(double x, double baseline, String text) {
        return new double[] {x, baseline - 10, 6.2 * (text == null ? 0 : text.length()), 13};
    }

    private static boolean overlap(double[] a, double[] b) {
        return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
    }

    private static String star(int cx, int cy) {
        StringBuilder points = new StringBuilder();
        for (int k = 0; k < 10; k++) {
            double r = k % 2 == 0 ? 10 : 4.2;
            double a = Math.PI / 2 + k * Math.PI / 5;
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", cx + r * Math.cos(a), cy - r * Math.sin(a)));
        }
        return "<polygon points=\"" + points.toString().trim() + "\"/>";
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    /** A place of the library as a point, or null when it has no coordinates. */
    public static Place of(Experience e, String title) {
        if (e.getLatitude() == null || e.getLongitude() == null) {
            return null;
        }
        return new Place(e.getId(), e.getName(), e.getLatitude(), e.getLongitude(), title);
    }
}
