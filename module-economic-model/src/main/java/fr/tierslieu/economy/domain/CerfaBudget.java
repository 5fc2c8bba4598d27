package fr.tierslieu.economy.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One year of a model in the layout of the budget prévisionnel of the subsidy application form
 * (Cerfa n° 12156*06, « Budget prévisionnel de l'association » and « de l'action »): charges 60–68,
 * products 70–79 with the operating subsidies grouped by funder level, and the contributions
 * volontaires en nature as two columns, 86 (their use) and 87 (the contributions). Built from the
 * same engine as the compte de résultat, so its totals are the forecast's for that year. Pure.
 */
public final class CerfaBudget {

    /**
     * A line of the budget.
     *
     * @param account the account (« 60 », « 756 »); for a funder level, « 74 »
     * @param key     bundle key of its label ({@code economy.cerfa.*} or the funder level's enum key)
     * @param detail  what it holds, e.g. the subsidies of a funder level; may be empty
     * @param amount  euros for the year
     * @param sub     a sub-line of the account above it (indented, not added to the total again)
     */
    public record Line(String account, String key, String detail, double amount, boolean sub) {}

    /**
     * @param year        calendar year
     * @param charges     lines 60 to 68
     * @param products    lines 70 to 79
     * @param uses        86 « Emplois des contributions volontaires en nature »
     * @param contributions 87 « Contributions volontaires en nature »
     */
    public record Budget(int year, List<Line> charges, List<Line> products, List<Line> uses, List<Line> contributions) {
        public double totalCharges() {
            return total(charges);
        }

        public double totalProducts() {
            return total(products);
        }

        public double totalUses() {
            return total(uses);
        }

        public double totalContributions() {
            return total(contributions);
        }

        /** Products − charges: 0 when balanced, as the form asks; a surplus above 0, a deficit below. */
        public double gap() {
            return totalProducts() - totalCharges();
        }

        /** The funder levels' subsidies, level by level in the form's order. */
        public Map<ModelSpec.FunderLevel, Double> subsidiesByLevel() {
            Map<ModelSpec.FunderLevel, Double> out = new LinkedHashMap<>();
            for (Line l : products) {
                if (l.sub() && l.key().startsWith("economy.enum.FunderLevel.")) {
                    out.put(
                            ModelSpec.FunderLevel.valueOf(l.key().substring("economy.enum.FunderLevel.".length())),
                            l.amount());
                }
            }
            return out;
        }

        private static double total(List<Line> lines) {
            return lines.stream()
                    .filter(l -> !l.sub())
                    .mapToDouble(Line::amount)
                    .sum();
        }
    }

    private CerfaBudget() {}

    /**
     * @param spec  a valid model
     * @param year  year of the model, 1-based
     * @param level the funder level of each subsidy (its own, or derived from its funder)
     * @throws IllegalArgumentException if the model is invalid or the year outside its horizon
     */
    public static Budget of(ModelSpec spec, int year, Function<ModelSpec.SubsidySpec, ModelSpec.FunderLevel> level) {
        if (year < 1 || year > spec.years) {
            throw new IllegalArgumentException("year " + year + " outside 1.." + spec.years);
        }
        Model m = spec.toModel();
        Forecast.Year f = Forecast.compute(m).years().get(year - 1);

        double direct =
                m.activities().stream().mapToDouble(a -> a.directCosts(year)).sum();
        Map<ModelSpec.CostCategory, Double> fixed = new EnumMap<>(ModelSpec.CostCategory.class);
        for (Model.FixedCost c : m.fixedCosts()) {
            fixed.merge(ModelSpec.CostCategory.valueOf(c.category()), c.amount(year), Double::sum);
        }
        double salaries = 0;
        double social = 0;
        for (Model.Staff s : m.staff()) {
            for (int cm = 1; cm <= 12; cm++) {
                double cost = s.monthly((year - 1) * 12 + cm);
                double gross = cost / (1 + s.employerRate());
                salaries += gross;
                social += cost - gross;
            }
        }
        List<Line> charges = new ArrayList<>();
        double energy = fixed.getOrDefault(ModelSpec.CostCategory.ENERGY, 0.0);
        charges.add(line("60", "economy.cerfa.60", direct + energy));
        charges.add(sub("60", "economy.cerfa.60.purchases", direct));
        charges.add(sub("60", "economy.cerfa.60.supplies", energy));
        double premises = fixed.getOrDefault(ModelSpec.CostCategory.PREMISES, 0.0);
        double insurance = fixed.getOrDefault(ModelSpec.CostCategory.INSURANCE, 0.0);
        charges.add(line("61", "economy.cerfa.61", premises + insurance));
        charges.add(sub("61", "economy.cerfa.61.rent", premises));
        charges.add(sub("61", "economy.cerfa.61.insurance", insurance));
        charges.add(line(
                "62",
                "economy.cerfa.62",
                fixed.getOrDefault(ModelSpec.CostCategory.SERVICES, 0.0)
                        + fixed.getOrDefault(ModelSpec.CostCategory.OTHER, 0.0)));
        charges.add(line("63", "economy.cerfa.63", f.taxes()));
        charges.add(line("64", "economy.cerfa.64", f.staff()));
        charges.add(sub("64", "economy.cerfa.64.salaries", salaries));
        charges.add(sub("64", "economy.cerfa.64.social", social));
        charges.add(line("65", "economy.cerfa.65", f.otherCharges()));
        charges.add(line("66", "economy.cerfa.66", f.financialCharges()));
        charges.add(line("67", "economy.cerfa.67", 0));
        charges.add(line("68", "economy.cerfa.68", f.depreciation() + f.dedicatedFundsCarried()));
        charges.add(sub("681", "economy.cerfa.681", f.depreciation()));
        charges.add(sub("689", "economy.pl.dedicatedCarried", f.dedicatedFundsCarried()));

        List<Line> products = new ArrayList<>();
        products.add(line("70", "economy.cerfa.70", f.salesWithoutDues()));
        products.add(line("73", "economy.cerfa.73", 0));
        products.add(line("74", "economy.cerfa.74", f.operatingSubsidies()));
        Map<ModelSpec.FunderLevel, Double> byLevel = new EnumMap<>(ModelSpec.FunderLevel.class);
        Map<ModelSpec.FunderLevel, List<String>> names = new EnumMap<>(ModelSpec.FunderLevel.class);
        for (int i = 0; i < spec.subsidies.size(); i++) {
            ModelSpec.SubsidySpec s = spec.subsidies.get(i);
            double granted = m.subsidies().get(i).granted(year);
            if (!s.operating || granted == 0) {
                continue;
            }
            ModelSpec.FunderLevel l = level.apply(s);
            byLevel.merge(l, granted, Double::sum);
            names.computeIfAbsent(l, k -> new ArrayList<>()).add(s.name);
        }
        for (ModelSpec.FunderLevel l : ModelSpec.FunderLevel.values()) {
            products.add(new Line(
                    "74",
                    "economy.enum.FunderLevel." + l.name(),
                    String.join(", ", names.getOrDefault(l, List.of())),
                    byLevel.getOrDefault(l, 0.0),
                    true));
        }
        products.add(line("75", "economy.cerfa.75", f.dues()));
        products.add(sub("756", "economy.pl.dues", f.dues()));
        products.add(line("76", "economy.cerfa.76", 0));
        products.add(line("77", "economy.cerfa.77", f.investmentSubsidyShare()));
        products.add(sub("777", "economy.pl.quotePart", f.investmentSubsidyShare()));
        products.add(line("78", "economy.cerfa.78", f.dedicatedFundsUsed()));
        products.add(sub("789", "economy.pl.dedicatedUsed", f.dedicatedFundsUsed()));
        products.add(line("79", "economy.cerfa.79", 0));

        Map<ModelSpec.InKindKind, Double> inKind = new EnumMap<>(ModelSpec.InKindKind.class);
        for (ModelSpec.InKindSpec k : spec.inKind) {
            inKind.merge(k.kind, k.yearly, Double::sum);
        }
        List<Line> uses = new ArrayList<>();
        List<Line> contributions = new ArrayList<>();
        for (String account : List.of("860", "861", "862", "864")) {
            uses.add(line(
                    account,
                    "economy.cerfa." + account,
                    sum(inKind, k -> k.use().equals(account))));
        }
        for (String account : List.of("870", "871", "875")) {
            contributions.add(line(
                    account,
                    "economy.cerfa." + account,
                    sum(inKind, k -> k.contribution().equals(account))));
        }
        return new Budget(f.year(), charges, products, uses, contributions);
    }

    private static double sum(
            Map<ModelSpec.InKindKind, Double> amounts, java.util.function.Predicate<ModelSpec.InKindKind> which) {
        return amounts.entrySet().stream()
                .filter(e -> which.test(e.getKey()))
                .mapToDouble(Map.Entry::getValue)
                .sum();
    }

    private static Line line(String account, String key, double amount) {
        return new Line(account, key, "", amount, false);
    }

    private static Line sub(String account, String key, double amount) {
        return new Line(account, key, "", amount, true);
    }
}
