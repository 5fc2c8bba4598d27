package fr.tierslieu.economy.application;

import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.module.IndicatorSource;
import fr.tierslieu.economy.domain.EconomicModel;
import fr.tierslieu.economy.domain.Forecast;
import fr.tierslieu.economy.domain.ModelSpec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What the economic model gives the impact panorama for a calendar year, from the model most
 * recently saved among those that cover the year: staff in FTE (each line counted for the months it
 * is on the payroll), volunteering — its hours and their value (contributions in kind, 864/875) —, every charge of
 * the year, and the share of own resources. The figures are the forecast's, and say so.
 */
@ApplicationScoped
public class EconomyIndicators implements IndicatorSource {

    static final String STAFF = "economy.staffFte";
    static final String VOLUNTEERING = "economy.volunteeringValue";
    static final String CHARGES = "economy.charges";
    static final String OWN_RESOURCES = "economy.ownResources";
    static final String HOURS = "economy.volunteerHours";

    @PersistenceContext(unitName = "economy")
    EntityManager em;

    @Inject
    MessageBundles messages;

    public EconomyIndicators() {}

    public EconomyIndicators(EntityManager em, MessageBundles messages) {
        this.em = em;
        this.messages = messages;
    }

    @Override
    public Set<String> keys() {
        return Set.of(STAFF, VOLUNTEERING, CHARGES, OWN_RESOURCES, HOURS);
    }

    @Override
    public Optional<ComputedFigure> figure(String key, int year, Locale locale) {
        List<EconomicModel> models = em.createQuery("select m from EconomicModel m", EconomicModel.class)
                .getResultList();
        Optional<EconomicModel> chosen = models.stream()
                .sorted(Comparator.comparing(EconomicModel::getUpdatedAt).reversed())
                .filter(m -> covers(m.spec(), year))
                .findFirst();
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        ModelSpec spec = chosen.get().spec();
        if (!spec.problems().isEmpty()) {
            return Optional.empty();
        }
        String source =
                messages.format(locale, "economy.indicator.source", chosen.get().getName(), String.valueOf(year));
        int index = year - spec.startYear;
        return switch (key) {
            case STAFF -> Optional.of(new ComputedFigure(Math.round(staffFte(spec, index) * 100) / 100.0, source));
            case VOLUNTEERING ->
                Optional.of(new ComputedFigure(
                        spec.inKind.stream()
                                .filter(k -> k.kind == ModelSpec.InKindKind.VOLUNTEERING)
                                .mapToDouble(k -> k.yearly)
                                .sum(),
                        source));
            case HOURS -> {
                double hours = spec.inKind.stream()
                        .filter(k -> k.kind == ModelSpec.InKindKind.VOLUNTEERING)
                        .mapToDouble(k -> k.hours)
                        .sum();
                // no hours in the model: the panorama's figure is entered by hand
                yield hours > 0 ? Optional.of(new ComputedFigure(hours, source)) : Optional.empty();
            }
            case CHARGES, OWN_RESOURCES -> {
                Forecast.Year y = Forecast.compute(spec.toModel()).years().get(index);
                yield Optional.of(new ComputedFigure(
                        key.equals(CHARGES)
                                ? Math.round(y.totalCharges())
                                : Math.round(y.selfFinancingRatio() * 1000) / 10.0,
                        source));
            }
            default -> Optional.empty();
        };
    }

    private static boolean covers(ModelSpec spec, int year) {
        return year >= spec.startYear && year < spec.startYear + spec.years;
    }

    /** Staff of the model's year {@code index} (0 = first) in FTE: each line for the months it is on the payroll. */
    static double staffFte(ModelSpec spec, int index) {
        double total = 0;
        int first = index * 12 + 1;
        for (ModelSpec.StaffSpec s : spec.staff) {
            int months = 0;
            for (int m = first; m < first + 12; m++) {
                if (m >= s.startMonth) {
                    months++;
                }
            }
            total += s.fte * months / 12.0;
        }
        return total;
    }
}
