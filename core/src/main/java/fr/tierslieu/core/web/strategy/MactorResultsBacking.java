package fr.tierslieu.core.web.strategy;

import fr.tierslieu.core.domain.strategy.MactorResult;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.ChartConfig;
import fr.tierslieu.core.web.support.Json;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The results part of the MACTOR analysis page: the r* ranking, who could rally or block (the
 * domain's rule), the influence–dependence plane, support and opposition per objective, and the
 * convergence and divergence graphs, and the exports. The analysis and its inputs are {@link MactorBacking}'s.
 */
@Named
@ViewScoped
public class MactorResultsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    MactorBacking analysis;

    @Inject
    fr.tierslieu.core.application.strategy.MactorService mactor;

    @Inject
    fr.tierslieu.core.application.strategy.MactorExporter exporter;

    @Inject
    Msg msg;

    /** Ranking rows: index, name, Mi, Di, r*, role. */
    public record RankRow(
            int rank, String name, double influence, double dependence, double riStar, MactorResult.Role role) {}

    public List<RankRow> getRanking() {
        MactorResult r = analysis.getResult();
        List<RankRow> rows = new ArrayList<>();
        if (r == null) {
            return rows;
        }
        int rank = 1;
        for (int i : r.ranking()) {
            rows.add(new RankRow(
                    rank++, r.input().actors().get(i), r.influence()[i], r.dependence()[i], r.riStar()[i], r.role(i)));
        }
        return rows;
    }

    /** Who could rally (1), block (−1) or is undecided (0): the rule is the domain's (MactorResult.weighing). */
    public List<MactorResult.Weighty> rally(int sign) {
        MactorResult r = analysis.getResult();
        return r == null ? List.of() : r.weighing(analysis.keyFlags(), sign);
    }

    public List<MactorResult.Weighty> getAllies() {
        return rally(1);
    }

    public List<MactorResult.Weighty> getBlockers() {
        return rally(-1);
    }

    public List<MactorResult.Weighty> getUndecided() {
        return rally(0);
    }

    /** Influence (y) – dependence (x) plane, split at the means. */
    public String getPlaneChart() {
        MactorResult r = analysis.getResult();
        if (r == null) {
            return "{}";
        }
        int n = r.influence().length;
        double meanM = 0;
        double meanD = 0;
        List<Map<String, Object>> points = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            meanM += r.influence()[i] / n;
            meanD += r.dependence()[i] / n;
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("x", r.dependence()[i]);
            p.put("y", r.influence()[i]);
            p.put("name", r.input().actors().get(i));
            points.add(p);
        }
        return ChartConfig.of("scatter")
                .dataset(msg.get("core.mactor.actors"), points, Map.of("backgroundColor", "#2f6f4e", "pointRadius", 7))
                .option("plugins.legend.display", false)
                .option("plugins.tlPlane.x", meanD)
                .option("plugins.tlPlane.y", meanM)
                .option(
                        "plugins.tlPlane.labels",
                        List.of(
                                msg.label(MactorResult.Role.DOMINANT),
                                msg.label(MactorResult.Role.RELAY),
                                msg.label(MactorResult.Role.AUTONOMOUS),
                                msg.label(MactorResult.Role.DOMINATED)))
                .option("scales.x.title.display", true)
                .option("scales.x.title.text", msg.get("core.mactor.dependence"))
                .option("scales.y.title.display", true)
                .option("scales.y.title.text", msg.get("core.mactor.influence"))
                .option("scales.x.beginAtZero", true)
                .option("scales.y.beginAtZero", true)
                .toJson();
    }

    /** Support (positive) and opposition (negative) per objective, from 3MAO. */
    public String getObjectiveChart() {
        MactorResult r = analysis.getResult();
        if (r == null) {
            return "{}";
        }
        List<Double> support = new ArrayList<>();
        List<Double> opposition = new ArrayList<>();
        for (int j = 0; j < r.support().length; j++) {
            support.add(round(r.support()[j]));
            opposition.add(round(r.opposition()[j]));
        }
        return ChartConfig.of("bar")
                .labels(r.input().objectives())
                .dataset(msg.get("core.mactor.support"), support, Map.of("backgroundColor", "#2e7d32"))
                .dataset(msg.get("core.mactor.opposition"), opposition, Map.of("backgroundColor", "#c62828"))
                .option("indexAxis", "y")
                .option("scales.x.stacked", true)
                .option("scales.y.stacked", true)
                .toJson();
    }

    /** Nodes and weighted edges of the convergence and divergence graphs (drawn by mactor-graph.js). */
    public String getGraphData() {
        MactorResult r = analysis.getResult();
        Map<String, Object> data = new LinkedHashMap<>();
        if (r == null) {
            return Json.of(data);
        }
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (int i = 0; i < r.input().actors().size(); i++) {
            nodes.add(Map.of("id", i, "name", r.input().actors().get(i), "weight", round(r.riStar()[i])));
        }
        data.put("nodes", nodes);
        data.put("convergence", edges(r.convergence().weighted()));
        data.put("divergence", edges(r.divergence().weighted()));
        return Json.of(data);
    }

    private static List<Map<String, Object>> edges(double[][] m) {
        List<Map<String, Object>> edges = new ArrayList<>();
        for (int i = 0; i < m.length; i++) {
            for (int l = i + 1; l < m.length; l++) {
                if (m[i][l] > 0) {
                    edges.add(Map.of("source", i, "target", l, "weight", round(m[i][l])));
                }
            }
        }
        return edges;
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /** The analysis and its results as a workbook, and as a PDF. */
    public org.primefaces.model.StreamedContent getXlsx() {
        byte[] bytes = exporter.xlsx(mactor.get(analysis.getId()), analysis.getResult(), Msg.locale());
        return org.primefaces.model.DefaultStreamedContent.builder()
                .name("mactor-" + analysis.getId() + ".xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .contentLength((long) bytes.length)
                .stream(() -> new java.io.ByteArrayInputStream(bytes))
                .build();
    }

    public org.primefaces.model.StreamedContent getPdf() {
        byte[] bytes = exporter.pdf(mactor.get(analysis.getId()), analysis.getResult(), Msg.locale());
        return org.primefaces.model.DefaultStreamedContent.builder()
                .name("mactor-" + analysis.getId() + ".pdf")
                .contentType("application/pdf")
                .contentLength((long) bytes.length)
                .stream(() -> new java.io.ByteArrayInputStream(bytes))
                .build();
    }
}
