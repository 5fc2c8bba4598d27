package fr.tierslieu.economy.web;

import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.ChartConfig;
import fr.tierslieu.economy.domain.Forecast;
import fr.tierslieu.economy.domain.FunderOverview;
import fr.tierslieu.economy.domain.Model;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The forecast tab of the model page and the summary above the tabs: funders, break-even and the
 * charts, each computed once per change of the assumptions (not on every EL evaluation).
 */
@Named
@ViewScoped
public class ForecastBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ModelBacking model;

    @Inject
    Msg msg;

    @Inject
    ModelChoices choices;

    private long seen = -1;
    private int breakEvenYear = 1;
    private Integer cerfaYear;
    private transient List<Forecast.ActivityBreakEven> breakEven;
    private transient List<FunderOverview.Row> funderOverview;
    private transient String revenueChart;
    private transient String cashChart;
    private transient String dependenceChart;

    /** The calendar year of the Cerfa budget to download: this year when the model covers it, else its first. */
    public int getCerfaYear() {
        int first = model.getSpec().startYear;
        int last = first + model.getSpec().years - 1;
        if (cerfaYear == null || cerfaYear < first || cerfaYear > last) {
            int now = java.time.LocalDate.now().getYear();
            cerfaYear = now >= first && now <= last ? now : first;
        }
        return cerfaYear;
    }

    public void setCerfaYear(int v) {
        cerfaYear = v;
    }

    /** Drops what was computed from assumptions that have changed since. */
    private void sync() {
        if (seen != model.getRevision()) {
            seen = model.getRevision();
            breakEven = null;
            funderOverview = null;
            revenueChart = null;
            cashChart = null;
            dependenceChart = null;
        }
    }

    /** The subsidies by funder and year, by status: computed again only when the forecast was (the assumptions changed). */
    public List<FunderOverview.Row> getFunderOverview() {
        sync();
        if (funderOverview == null) {
            Map<Long, String> names = new HashMap<>();
            choices.getActors().forEach(c -> names.put(c.id(), c.label()));
            funderOverview = FunderOverview.of(model.getSpec(), names::get);
        }
        return funderOverview;
    }

    /** Whether any year carries or uses fonds dédiés (their two rows are shown only then; a pass over five years at most). */
    public boolean isDedicatedFunds() {
        return model.getYears().stream().anyMatch(y -> y.dedicatedFundsCarried() != 0 || y.dedicatedFundsUsed() != 0);
    }

    public String getFirstNegative() {
        Forecast.Result f = model.getForecast();
        if (f == null) {
            return "";
        }
        return f.firstNegativeMonth() == null
                ? msg.get("economy.cash.never")
                : model.getSpec().monthLabel(f.firstNegativeMonth());
    }

    public double getLowestCash() {
        Forecast.Result f = model.getForecast();
        return f == null ? 0 : f.lowestCash();
    }

    /** Break-even of each activity in the chosen year of the model. */
    public List<Forecast.ActivityBreakEven> getBreakEven() {
        if (model.getForecast() == null) {
            return List.of();
        }
        sync();
        if (breakEven == null) {
            breakEven = Forecast.activityBreakEven(
                    model.getSpec().toModel(), Math.min(Math.max(1, breakEvenYear), model.getSpec().years));
        }
        return breakEven;
    }

    public String getRevenueChart() {
        sync();
        if (revenueChart == null) {
            revenueChart = revenueChartJson();
        }
        return revenueChart;
    }

    private String revenueChartJson() {
        if (model.getForecast() == null) {
            return "";
        }
        Model m = model.getSpec().toModel();
        List<String> labels =
                model.getYears().stream().map(y -> String.valueOf(y.year())).toList();
        ChartConfig c = ChartConfig.of("bar").labels(labels);
        for (int i = 0; i < m.activities().size(); i++) {
            Model.Activity a = m.activities().get(i);
            List<Long> values = new ArrayList<>();
            for (int y = 1; y <= m.years(); y++) {
                values.add(Math.round(a.revenue(y)));
            }
            c.dataset(
                    a.name(),
                    values,
                    Map.of(
                            "backgroundColor",
                            ModelMessages.PALETTE[i % ModelMessages.PALETTE.length],
                            "stack",
                            "revenue"));
        }
        List<Long> subsidies = model.getYears().stream()
                .map(y -> Math.round(y.operatingSubsidies()))
                .toList();
        c.dataset(msg.get("economy.pl.subsidies"), subsidies, Map.of("backgroundColor", "#c9d3cd", "stack", "revenue"));
        return c.option("scales.x.stacked", true)
                .option("scales.y.stacked", true)
                .option("maintainAspectRatio", false)
                .toJson();
    }

    public String getCashChart() {
        sync();
        if (cashChart == null) {
            cashChart = cashChartJson();
        }
        return cashChart;
    }

    private String cashChartJson() {
        Forecast.Result f = model.getForecast();
        if (f == null) {
            return "";
        }
        List<String> labels = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        for (int i = 0; i < f.monthlyCash().length; i++) {
            labels.add(model.getSpec().monthLabel(i + 1));
            values.add(Math.round(f.monthlyCash()[i]));
        }
        Map<String, Object> fill =
                Map.of("target", "origin", "above", "rgba(47,111,78,0.12)", "below", "rgba(200,40,40,0.35)");
        return ChartConfig.of("line")
                .labels(labels)
                .dataset(
                        msg.get("economy.cash.title"),
                        values,
                        Map.of("borderColor", "#2f6f4e", "fill", fill, "pointRadius", 0, "tension", 0.2))
                .option("maintainAspectRatio", false)
                .option("plugins.legend.display", false)
                .toJson();
    }

    public String getDependenceChart() {
        sync();
        if (dependenceChart == null) {
            dependenceChart = dependenceChartJson();
        }
        return dependenceChart;
    }

    private String dependenceChartJson() {
        if (model.getForecast() == null) {
            return "";
        }
        List<String> labels =
                model.getYears().stream().map(y -> String.valueOf(y.year())).toList();
        return ChartConfig.of("line")
                .labels(labels)
                .dataset(
                        msg.get("economy.pl.dependence"),
                        model.getYears().stream()
                                .map(y -> Math.round(y.subsidyDependence() * 1000) / 10.0)
                                .toList(),
                        Map.of("borderColor", "#a8473b", "backgroundColor", "#a8473b"))
                .dataset(
                        msg.get("economy.pl.selfFinancing"),
                        model.getYears().stream()
                                .map(y -> Math.round(y.selfFinancingRatio() * 1000) / 10.0)
                                .toList(),
                        Map.of("borderColor", "#2f6f4e", "backgroundColor", "#2f6f4e"))
                .option("scales.y.min", 0)
                .option("scales.y.max", 100)
                .option("maintainAspectRatio", false)
                .toJson();
    }

    public int getBreakEvenYear() {
        return breakEvenYear;
    }

    public void setBreakEvenYear(int v) {
        if (v != breakEvenYear) {
            breakEven = null;
        }
        breakEvenYear = v;
    }
}
