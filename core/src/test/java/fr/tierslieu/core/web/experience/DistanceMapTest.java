package fr.tierslieu.core.web.experience;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DistanceMapTest {

    static final DistanceMap.Place OURS = new DistanceMap.Place(1, "Atelier Z", 47.8197, -3.7917, "Atelier Z");

    @Test
    void placesAreLinksAroundOursOnRingsThatFitTheFarthest() {
        List<DistanceMap.Place> places = List.of(
                new DistanceMap.Place(2, "Pont-Aven", 47.8553, -3.7475, "Pont-Aven (5 km)"),
                new DistanceMap.Place(3, "Brest <&> \"Plateau\"", 48.3904, -4.4861, "Brest"));
        String svg = DistanceMap.svg(OURS, places, "/app/core/experiences/view.xhtml?id=", "Carte", "km");
        assertThat(svg).startsWith("<svg").endsWith("</svg>");
        assertThat(svg.split("<a href=", -1)).hasSize(3);
        assertThat(svg).contains("href=\"/app/core/experiences/view.xhtml?id=3\"");
        // the farthest (Brest, about 82 km) sets the outer ring: 100 km
        assertThat(svg).contains(">100 km<").doesNotContain(">200 km<");
        // names are escaped, never markup
        assertThat(svg).contains("Brest &lt;&amp;&gt; &quot;Plateau&quot;").doesNotContain("<&>");
        assertThat(svg).contains("class=\"tl-map-ours\"");
    }

    @Test
    void aNameIsNotWrittenOverAnother() {
        List<DistanceMap.Place> close = List.of(
                new DistanceMap.Place(2, "Premier lieu", 48.30, -3.20, "Premier"),
                new DistanceMap.Place(3, "Second lieu", 48.3001, -3.2001, "Second"),
                new DistanceMap.Place(4, "Loin", 48.80, -2.00, "Loin"));
        String svg = DistanceMap.svg(OURS, close, "/v?id=", "Carte", "km");
        assertThat(svg).contains(">Premier lieu</text>").contains(">Loin</text>");
        assertThat(svg).doesNotContain(">Second lieu</text>").contains("<title>Second</title>");
        assertThat(DistanceMap.svg(null, List.of(), "/v?id=", "Carte", "km")).isEmpty();
    }
}
