package fr.tierslieu.economy.web;

import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.ChartConfig;
import fr.tierslieu.core.web.support.FacesSupport;
import fr.tierslieu.economy.application.EconomyService;
import fr.tierslieu.economy.domain.Forecast;
import fr.tierslieu.economy.domain.Risk;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The risk tab of the model page: sensitivity of the result to each driver (tornado) and the
 * Monte Carlo spread of results. Computed on demand; a change of the assumptions drops them.
 */
@Named
@ViewScoped
public class RiskBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ModelBacking model;

    @Inject
    EconomyService economy;

    @Inject
    Msg msg;

    private long seen = -1;
    private int sensitivityYear = 1;
    private double sensitivityPct = 10;
    private transient List<Risk.Bar> tornado;
    private double activityPct = 20;
    private double costPct = 10;
    private double subsidyDownPct = 30;
    private boolean normal;
    private int runs = 10_000;
    private transient List<Risk.YearRisk> risk;

    /** Drops what was computed from assumptions that have changed since. */
    private void sync() {
        if (seen != model.getRevision()) {
            seen = model.getRevision();
            tornado = null;
            risk = null;
        }
    }

    public void computeSensitivity() {
        FacesSupport.attempt(msg, ModelBacking.FORM + ":tabs", () -> {
            tornado = economy.sensitivity(model.getSpec(), sensitivityYear, sensitivityPct, Msg.locale());
        });
    }

    public String getTornadoChart() {
        sync();
        if (tornado == null) {
            return "";
        }
        List<Risk.Bar> bars = tornado.stream().limit(12).toList();
        Forecast.Result f = model.getForecast();
        if (f == null || sensitivityYear < 1 || sensitivityYear > f.years().size()) {
            return "";
        }
        double base = f.years().get(sensitivityYear - 1).result();
        List<List<Long>> lows = new ArrayList<>();
        List<List<Long>> highs = new ArrayList<>();
        for (Risk.Bar b : bars) {
            lows.add(List.of(Math.round(base), Math.round(b.low())));
            highs.add(List.of(Math.round(base), Math.round(b.high())));
        }
        return ChartConfig.of("bar")
                .labels(bars.stream().map(Risk.Bar::driver).toList())
                .dataset(
                        msg.formatAll("economy.risk.minus", sensitivityPct),
                        lows,
                        Map.of("backgroundColor", "#a8473b", "grouped", false))
                .dataset(
                        msg.formatAll("economy.risk.plus", sensitivityPct),
                        highs,
                        Map.of("backgroundColor", "#2f6f4e", "grouped", false))
                .option("indexAxis", "y")
                .option("maintainAspectRatio", false)
                .toJson();
    }

    public List<Risk.Bar> getTornado() {
        sync();
        return tornado;
    }

    public void computeRisk() {
        FacesSupport.attempt(msg, ModelBacking.FORM + ":tabs", () -> {
            risk = economy.monteCarlo(
                    model.getSpec(),
                    new EconomyService.Uncertainty(activityPct, costPct, subsidyDownPct, normal),
                    runs,
                    42,
                    Msg.locale());
        });
    }

    public List<Risk.YearRisk> getRisk() {
        sync();
        return risk;
    }

    public String getFanChart() {
        sync();
        if (risk == null) {
            return "";
        }
        List<String> labels = risk.stream().map(r -> String.valueOf(r.year())).toList();
        return ChartConfig.of("line")
                .labels(labels)
                .dataset(
                        "P95",
                        risk.stream().map(r -> Math.round(r.p95())).toList(),
                        Map.of(
                                "borderColor",
                                "#7fa892",
                                "backgroundColor",
                                "rgba(47,111,78,0.15)",
                                "fill",
                                "+2",
                                "pointRadius",
                                2))
                .dataset(
                        "P50",
                        risk.stream().map(r -> Math.round(r.p50())).toList(),
                        Map.of("borderColor", "#2f6f4e", "borderWidth", 3))
                .dataset(
                        "P5",
                        risk.stream().map(r -> Math.round(r.p5())).toList(),
                        Map.of("borderColor", "#a8473b", "pointRadius", 2))
                .option("maintainAspectRatio", false)
                .toJson();
    }

    public int getSensitivityYear() {
        return sensitivityYear;
    }

    public void setSensitivityYear(int v) {
        sensitivityYear = v;
    }

    public double getSensitivityPct() {
        return sensitivityPct;
    }

    public void setSensitivityPct(double v) {
        sensitivityPct = v;
    }

    public double getActivityPct() {
        return activityPct;
    }

    public void setActivityPct(double v) {
        activityPct = v;
    }

    public double getCostPct() {
        return costPct;
    }

    public void setCostPct(double v) {
        costPct = v;
    }

    public double getSubsidyDownPct() {
        return subsidyDownPct;
    }

    public void setSubsidyDownPct(double v) {
        subsidyDownPct = v;
    }

    public boolean isNormal() {
        return normal;
    }

    public void setNormal(boolean v) {
        normal = v;
    }

    public int getRuns() {
        return runs;
    }

    public void setRuns(int v) {
        runs = v;
    }
}
