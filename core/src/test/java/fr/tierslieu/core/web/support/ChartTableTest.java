package fr.tierslieu.core.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A chart's text alternative is read back from the very configuration the chart draws. */
class ChartTableTest {

    private static String fr(double v) {
        return fr.tierslieu.core.application.i18n.Numbers.decimal(Locale.FRENCH, v, v == Math.rint(v) ? 0 : 2);
    }

    @Test
    void aChartWithLabelsGivesOneRowPerLabelAndOneColumnPerSeries() {
        // what ChartConfig writes (its JSON-B needs the server; the same shape here)
        String json = """
                {"type":"bar","data":{"labels":["2027","2028"],"datasets":[
                 {"label":"Ventes","data":[12500,14000],"backgroundColor":"#2f6f4e"},
                 {"label":"Subventions","data":[50000.5,0]}]},"options":{}}""";
        ChartTable t = ChartTable.of(json, "Année", ChartTableTest::fr);
        assertThat(t.headers()).containsExactly("Année", "Ventes", "Subventions");
        assertThat(t.rows())
                .containsExactly(List.of("2027", "12\u202f500", "50\u202f000,50"), List.of("2028", "14\u202f000", "0"));
    }

    @Test
    void pointsAreListedWithTheirNamesAndFloatingBarsAsRanges() {
        String scatter = """
                {"type":"scatter","data":{"datasets":[
                 {"label":"Alliés","data":[{"x":4,"y":5,"name":"Mairie"}]},
                 {"label":"Opposés","data":[{"x":2,"y":1.5,"name":"Riverain"}]}]}}""";
        ChartTable points = ChartTable.of(scatter, "Acteur", ChartTableTest::fr);
        assertThat(points.headers()).containsExactly("Acteur", "", "x", "y");
        assertThat(points.rows())
                .containsExactly(List.of("Mairie", "Alliés", "4", "5"), List.of("Riverain", "Opposés", "2", "1,50"));

        String tornado = """
                {"type":"bar","data":{"labels":["Prix du coworking"],"datasets":[{"label":"Effet","data":[[-3000,2500]]}]}}""";
        assertThat(ChartTable.of(tornado, "Hypothèse", ChartTableTest::fr).rows())
                .containsExactly(List.of("Prix du coworking", "−3\u202f000 – 2\u202f500"));
    }

    @Test
    void nothingOrSomethingUnreadableGivesAnEmptyTableAndLongSeriesAreCut() {
        assertThat(ChartTable.of("", "x", ChartTableTest::fr).isEmpty()).isTrue();
        assertThat(ChartTable.of("{not json", "x", ChartTableTest::fr).isEmpty())
                .isTrue();
        String labels = java.util.stream.IntStream.range(0, 1000)
                .mapToObj(i -> "\"" + i + "\"")
                .collect(java.util.stream.Collectors.joining(","));
        String values = java.util.stream.IntStream.range(0, 1000)
                .mapToObj(String::valueOf)
                .collect(java.util.stream.Collectors.joining(","));
        String json = "{\"type\":\"line\",\"data\":{\"labels\":[" + labels
                + "],\"datasets\":[{\"label\":\"Trésorerie\",\"data\":[" + values + "]}]}}";
        assertThat(ChartTable.of(json, "Mois", ChartTableTest::fr).rows()).hasSize(ChartTable.MAX_ROWS);
    }
}
