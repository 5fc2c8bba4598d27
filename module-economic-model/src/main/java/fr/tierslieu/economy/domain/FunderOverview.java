package fr.tierslieu.economy.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The subsidies seen from each funder, year by year: how much is still to request, requested,
 * granted, received (paid) or refused, with the conditions and the next deadline — what the manager
 * checks before a funders' meeting and what a funder's financial report starts from. A subsidy
 * without a funder in the registry stands for itself (its name). Pure.
 */
public final class FunderOverview {

    /**
     * @param funder   the funder's name, or the subsidy's when it has no funder
     * @param year     calendar year
     * @param amounts  per status, the amounts of that year (zero statuses left out)
     * @param conditions the conditions of the funder's subsidies, joined
     * @param deadline the earliest deadline of the funder's subsidies, or null
     */
    public record Row(
            String funder,
            int year,
            Map<ModelSpec.SubsidyStatus, Double> amounts,
            String conditions,
            LocalDate deadline) {
        public double amount(ModelSpec.SubsidyStatus status) {
            return amounts.getOrDefault(status, 0.0);
        }

        /** Granted, paid or not. */
        public double granted() {
            return amount(ModelSpec.SubsidyStatus.GRANTED) + amount(ModelSpec.SubsidyStatus.PAID);
        }
    }

    private FunderOverview() {}

    /** One row per funder and year with an amount, funders in the order of their first subsidy, years in order. */
    public static List<Row> of(ModelSpec spec, Function<Long, String> funderName) {
        Map<String, List<ModelSpec.SubsidySpec>> byFunder = new LinkedHashMap<>();
        for (ModelSpec.SubsidySpec s : spec.subsidies) {
            String name = s.funderActorId == null ? null : funderName.apply(s.funderActorId);
            byFunder.computeIfAbsent(name == null || name.isBlank() ? s.name : name, k -> new ArrayList<>())
                    .add(s);
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, List<ModelSpec.SubsidySpec>> f : byFunder.entrySet()) {
            List<String> conditions = f.getValue().stream()
                    .map(s -> s.conditions)
                    .filter(c -> c != null && !c.isBlank())
                    .distinct()
                    .toList();
            LocalDate deadline = f.getValue().stream()
                    .map(s -> s.deadline)
                    .filter(d -> d != null)
                    .min(LocalDate::compareTo)
                    .orElse(null);
            for (int y = 0; y < spec.years; y++) {
                Map<ModelSpec.SubsidyStatus, Double> amounts = new EnumMap<>(ModelSpec.SubsidyStatus.class);
                for (ModelSpec.SubsidySpec s : f.getValue()) {
                    double v = s.perYear != null && y < s.perYear.length ? s.perYear[y] : 0;
                    if (v != 0 && s.status != null) {
                        amounts.merge(s.status, v, Double::sum);
                    }
                }
                if (!amounts.isEmpty()) {
                    rows.add(
                            new Row(f.getKey(), spec.startYear + y, amounts, String.join(" ; ", conditions), deadline));
                }
            }
        }
        return rows;
    }
}
