package fr.tierslieu.economy.domain;

/**
 * Builders of the lines of a {@link ModelSpec}, for the models written in code: the templates
 * ({@link ModelTemplate}) and the demo data set. {@code source} says where a line's figures come
 * from (empty for figures typed).
 */
public final class ModelLines {

    private ModelLines() {}

    public static ModelSpec.ActivitySpec activity(
            String name,
            ModelSpec.ActivityKind kind,
            String unit,
            double volume,
            double price,
            double occupancy,
            double fixedRevenue,
            double growth,
            double[] season,
            double costPerUnit,
            double costRate,
            String source) {
        ModelSpec.ActivitySpec a = new ModelSpec.ActivitySpec();
        a.name = name;
        a.kind = kind;
        a.unit = unit;
        a.volume = volume;
        a.unitPrice = price;
        a.occupancyPct = occupancy;
        a.fixedRevenue = fixedRevenue;
        a.growthPct = growth;
        a.seasonality = season.clone();
        a.directCostPerUnit = costPerUnit;
        a.directCostRatePct = costRate;
        a.source = source;
        return a;
    }

    public static ModelSpec.FixedCostSpec cost(
            String name, ModelSpec.CostCategory category, double yearly, double growth, String source) {
        ModelSpec.FixedCostSpec c = new ModelSpec.FixedCostSpec();
        c.name = name;
        c.category = category;
        c.yearly = yearly;
        c.growthPct = growth;
        c.source = source;
        return c;
    }

    public static ModelSpec.StaffSpec staff(
            String name, double fte, double gross, double rate, int start, String source) {
        ModelSpec.StaffSpec s = new ModelSpec.StaffSpec();
        s.name = name;
        s.fte = fte;
        s.grossYearly = gross;
        s.employerRatePct = rate;
        s.startMonth = start;
        s.source = source;
        return s;
    }

    public static ModelSpec.InvestmentSpec investment(String name, double cost, int years, int start) {
        ModelSpec.InvestmentSpec i = new ModelSpec.InvestmentSpec();
        i.name = name;
        i.cost = cost;
        i.years = years;
        i.startMonth = start;
        return i;
    }

    public static ModelSpec.InKindSpec inKind(String name, ModelSpec.InKindKind kind, double yearly) {
        ModelSpec.InKindSpec k = new ModelSpec.InKindSpec();
        k.name = name;
        k.kind = kind;
        k.yearly = yearly;
        return k;
    }
}
