package fr.tierslieu.economy.web;

import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.economy.application.EconomyService;
import fr.tierslieu.economy.domain.EconomicModel;
import fr.tierslieu.economy.domain.Forecast;
import fr.tierslieu.economy.domain.ModelSpec;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The dashboard box: for the most recently changed model, the cash runway (months from now until
 * the cash first goes negative, or "beyond the horizon"), the self-financing ratio of this year,
 * and the next subsidy deadline of any model.
 */
@Named
@RequestScoped
public class EconomyWidget {

    @Inject
    EconomyService economy;

    @Inject
    Msg msg;

    private EconomicModel model;
    private Forecast.Result forecast;
    private ModelSpec spec;
    private boolean loaded;

    private void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        List<EconomicModel> all = economy.models();
        model = all.stream()
                .max(java.util.Comparator.comparing(EconomicModel::getUpdatedAt))
                .orElse(null);
        if (model != null) {
            spec = model.spec();
            if (spec.problems().isEmpty()) {
                forecast = Forecast.compute(spec.toModel());
            }
        }
    }

    public EconomicModel getModel() {
        load();
        return model;
    }

    /** Months from the current month to the first month of negative cash; null if it never happens in the horizon. */
    public String getRunway() {
        load();
        if (forecast == null) {
            return "–";
        }
        if (forecast.firstNegativeMonth() == null) {
            return msg.formatAll("economy.widget.runwayBeyond", spec.monthLabel(spec.years * 12));
        }
        YearMonth start = YearMonth.of(spec.startYear, 1);
        YearMonth negative = start.plusMonths(forecast.firstNegativeMonth() - 1L);
        long months = java.time.temporal.ChronoUnit.MONTHS.between(YearMonth.now(), negative);
        return months <= 0
                ? msg.formatAll("economy.widget.negativeSince", spec.monthLabel(forecast.firstNegativeMonth()))
                : msg.formatAll("economy.widget.runwayMonths", months, spec.monthLabel(forecast.firstNegativeMonth()));
    }

    public String getSelfFinancing() {
        load();
        if (forecast == null) {
            return "–";
        }
        int year = LocalDate.now().getYear();
        return forecast.years().stream()
                .filter(y -> y.year() == year)
                .findFirst()
                .map(y -> fr.tierslieu.core.application.i18n.Numbers.percent(Msg.locale(), y.selfFinancingRatio(), 0))
                .orElse("–");
    }

    public EconomyService.Deadline getNextDeadline() {
        LocalDate today = LocalDate.now();
        return economy.deadlines().stream()
                .filter(d -> !d.date().isBefore(today))
                .findFirst()
                .orElse(null);
    }
}
