package fr.tierslieu.economy.domain;

import java.util.List;

/**
 * Starting points for a new economic model by kind of place, so that a manager adapts figures
 * rather than typing them all: the activities most tiers-lieux of that kind combine, with units,
 * seasonality, typical prices and volumes, structural costs and staff. Every figure is an order of
 * magnitude to adapt, and each line says so and where it comes from in its {@code source}.
 * The lines are in French, as a French treasurer writes them.
 */
public enum ModelTemplate {
    COWORKING_RURAL,
    FABLAB,
    RURAL_EVENTS,
    CAFE_WORKSHOP;

    /** What every line says: the figures are a starting point. */
    static final String ADAPT = "Ordre de grandeur à adapter";

    static final String COWORKING_RATES =
            ADAPT + "\u202f: 100 à 250 € HT par poste et par mois hors métropoles, 10 à 20 € la journée "
                    + "(benchmark Relais d’entreprises de ~50 tiers-lieux d’activités, 2022).";
    static final String SMIC = ADAPT
            + "\u202f: SMIC brut 2025 ≈ 21\u202f600 € par an pour un temps plein\u202f; cotisations patronales ≈ 45\u202f% "
            + "avant allègements (vérifiez avec votre expert-comptable).";
    static final String OWN_TAIL = "remplacez par votre propre estimation (devis, bail, relevés).";
    static final String OWN = ADAPT + "\u202f: " + OWN_TAIL;

    private static final double[] FLAT = ModelSpec.flat();
    /** Lower in July–August and at Christmas (work spaces). */
    private static final double[] WORK_SEASON = {1.1, 1.1, 1.1, 1.0, 1.0, 1.0, 0.7, 0.5, 1.1, 1.2, 1.2, 1.0};
    /** Workshops and machines: school terms. */
    private static final double[] TERM_SEASON = {1.3, 1.3, 1.2, 1.1, 0.9, 0.7, 0.5, 0.5, 1.0, 1.1, 1.2, 1.2};
    /** Company seminars: spring and autumn. */
    private static final double[] SEMINAR_SEASON = {0.4, 0.6, 1.2, 1.4, 1.6, 1.6, 0.6, 0.2, 1.4, 1.4, 1.2, 0.4};
    /** Public events: summer. */
    private static final double[] SUMMER_SEASON = {0.2, 0.2, 0.6, 1.0, 1.6, 2.2, 2.4, 2.2, 1.0, 0.4, 0.1, 0.1};
    /** A café: busier from spring to autumn. */
    private static final double[] CAFE_SEASON = {0.7, 0.7, 0.9, 1.0, 1.1, 1.2, 1.4, 1.4, 1.1, 0.9, 0.8, 0.8};

    /** Bundle key of the template's name; {@code <key>.description} says what it holds. */
    public String key() {
        return "economy.template." + name();
    }

    /** A new model from this template, starting in {@code startYear}. */
    public ModelSpec spec(int startYear) {
        ModelSpec m = new ModelSpec();
        m.startYear = startYear;
        m.years = 5;
        m.openingCash = 10_000;
        switch (this) {
            case COWORKING_RURAL -> {
                m.activities.add(activity(
                        "Coworking – postes résidents",
                        ModelSpec.ActivityKind.COWORKING,
                        "postes × mois",
                        96,
                        150,
                        60,
                        5,
                        WORK_SEASON,
                        0,
                        0,
                        COWORKING_RATES));
                m.activities.add(activity(
                        "Coworking – journées nomades",
                        ModelSpec.ActivityKind.COWORKING,
                        "journées",
                        400,
                        15,
                        100,
                        5,
                        WORK_SEASON,
                        0,
                        0,
                        COWORKING_RATES));
                m.activities.add(activity(
                        "Location de la salle de réunion",
                        ModelSpec.ActivityKind.SEMINARS,
                        "demi-journées",
                        60,
                        80,
                        100,
                        5,
                        WORK_SEASON,
                        0,
                        0,
                        OWN));
                m.activities.add(activity(
                        "Domiciliation d’entreprises",
                        ModelSpec.ActivityKind.OTHER,
                        "contrats × mois",
                        60,
                        25,
                        100,
                        3,
                        FLAT,
                        0,
                        0,
                        OWN));
                m.activities.add(activity(
                        "Adhésions à l’association",
                        ModelSpec.ActivityKind.MEMBERSHIP,
                        "adhérents",
                        40,
                        20,
                        100,
                        5,
                        FLAT,
                        0,
                        0,
                        OWN));
                m.fixedCosts.add(cost("Loyer du local (≈ 150 m²)", ModelSpec.CostCategory.PREMISES, 9_600, 2, OWN));
                m.fixedCosts.add(cost("Énergie", ModelSpec.CostCategory.ENERGY, 3_000, 4, OWN));
                m.fixedCosts.add(cost("Assurances", ModelSpec.CostCategory.INSURANCE, 800, 2, OWN));
                m.fixedCosts.add(cost("Fibre, logiciels, téléphone", ModelSpec.CostCategory.SERVICES, 2_400, 2, OWN));
                m.fixedCosts.add(cost("Ménage", ModelSpec.CostCategory.SERVICES, 3_000, 2, OWN));
                m.fixedCosts.add(cost("Comptabilité", ModelSpec.CostCategory.SERVICES, 1_500, 2, OWN));
                m.staff.add(staff("Animation du lieu", 0.5, 23_000, 45, 1, SMIC));
                m.investments.add(investment("Mobilier et équipement", 15_000, 5, 1));
            }
            case FABLAB -> {
                m.activities.add(activity(
                        "Adhésions au fablab",
                        ModelSpec.ActivityKind.MEMBERSHIP,
                        "adhérents",
                        80,
                        60,
                        100,
                        8,
                        FLAT,
                        0,
                        0,
                        ADAPT + "\u202f: 20 à 100 € par an dans les fablabs associatifs\u202f; " + OWN_TAIL));
                m.activities.add(activity(
                        "Heures machine",
                        ModelSpec.ActivityKind.FABLAB,
                        "heures machine",
                        500,
                        12,
                        70,
                        8,
                        TERM_SEASON,
                        2,
                        0,
                        ADAPT + "\u202f: consommables ≈ 2 € de l’heure\u202f; " + OWN_TAIL));
                m.activities.add(activity(
                        "Ateliers et formations",
                        ModelSpec.ActivityKind.TRAINING,
                        "sessions",
                        20,
                        400,
                        100,
                        5,
                        TERM_SEASON,
                        0,
                        20,
                        OWN));
                m.activities.add(activity(
                        "Prototypage pour des entreprises",
                        ModelSpec.ActivityKind.FABLAB,
                        "prestations",
                        10,
                        800,
                        100,
                        5,
                        FLAT,
                        0,
                        15,
                        OWN));
                m.fixedCosts.add(cost("Loyer de l’atelier", ModelSpec.CostCategory.PREMISES, 6_000, 2, OWN));
                m.fixedCosts.add(cost("Énergie", ModelSpec.CostCategory.ENERGY, 2_500, 4, OWN));
                m.fixedCosts.add(
                        cost("Assurances (machines comprises)", ModelSpec.CostCategory.INSURANCE, 1_200, 2, OWN));
                m.fixedCosts.add(cost("Maintenance des machines", ModelSpec.CostCategory.OTHER, 2_000, 2, OWN));
                m.fixedCosts.add(cost("Logiciels et comptabilité", ModelSpec.CostCategory.SERVICES, 1_800, 2, OWN));
                m.staff.add(staff("Fabmanager", 1, 24_000, 45, 1, SMIC));
                m.investments.add(
                        investment("Parc de machines (découpe laser, imprimantes 3D, fraiseuse)", 40_000, 5, 1));
                m.inKind.add(inKind("Bénévolat (≈ 600 h)", ModelSpec.InKindKind.VOLUNTEERING, 7_200));
            }
            case RURAL_EVENTS -> {
                m.activities.add(activity(
                        "Séminaires d’entreprise",
                        ModelSpec.ActivityKind.SEMINARS,
                        "journées",
                        20,
                        1_000,
                        80,
                        8,
                        SEMINAR_SEASON,
                        0,
                        35,
                        ADAPT + "\u202f: prix d’une journée de séminaire au vert, repas compris\u202f; " + OWN_TAIL));
                m.activities.add(activity(
                        "Événements publics",
                        ModelSpec.ActivityKind.EVENTS,
                        "entrées",
                        800,
                        8,
                        100,
                        5,
                        SUMMER_SEASON,
                        0,
                        30,
                        OWN));
                m.activities.add(activity(
                        "Location d’espaces",
                        ModelSpec.ActivityKind.SEMINARS,
                        "journées",
                        30,
                        300,
                        100,
                        5,
                        SEMINAR_SEASON,
                        0,
                        10,
                        OWN));
                m.activities.add(activity(
                        "Buvette",
                        ModelSpec.ActivityKind.CAFE,
                        "consommations",
                        3_000,
                        3,
                        100,
                        5,
                        SUMMER_SEASON,
                        0,
                        40,
                        OWN));
                m.activities.add(activity(
                        "Adhésions à l’association",
                        ModelSpec.ActivityKind.MEMBERSHIP,
                        "adhérents",
                        100,
                        15,
                        100,
                        5,
                        FLAT,
                        0,
                        0,
                        OWN));
                m.fixedCosts.add(cost("Bail ou loyer des bâtiments", ModelSpec.CostCategory.PREMISES, 12_000, 2, OWN));
                m.fixedCosts.add(cost("Énergie", ModelSpec.CostCategory.ENERGY, 5_000, 4, OWN));
                m.fixedCosts.add(cost("Assurances", ModelSpec.CostCategory.INSURANCE, 1_500, 2, OWN));
                m.fixedCosts.add(cost("Entretien des bâtiments", ModelSpec.CostCategory.PREMISES, 3_000, 2, OWN));
                m.fixedCosts.add(
                        cost("Comptabilité, télécoms, logiciels", ModelSpec.CostCategory.SERVICES, 3_000, 2, OWN));
                m.staff.add(staff("Coordination", 1, 26_000, 45, 1, SMIC));
                m.staff.add(staff("Accueil des événements", 0.5, 22_000, 45, 4, SMIC));
                m.investments.add(investment("Aménagement des espaces", 50_000, 10, 1));
                m.inKind.add(inKind("Bénévolat (≈ 1\u202f000 h)", ModelSpec.InKindKind.VOLUNTEERING, 12_000));
            }
            case CAFE_WORKSHOP -> {
                m.activities.add(activity(
                        "Café",
                        ModelSpec.ActivityKind.CAFE,
                        "consommations",
                        12_000,
                        2.5,
                        100,
                        5,
                        CAFE_SEASON,
                        0,
                        35,
                        ADAPT + "\u202f: achats ≈ 30 à 35\u202f% du prix de vente\u202f; " + OWN_TAIL));
                m.activities.add(activity(
                        "Petite restauration",
                        ModelSpec.ActivityKind.CAFE,
                        "repas",
                        2_500,
                        12,
                        100,
                        5,
                        CAFE_SEASON,
                        0,
                        40,
                        OWN));
                m.activities.add(activity(
                        "Adhésions à l’atelier partagé",
                        ModelSpec.ActivityKind.MEMBERSHIP,
                        "adhérents",
                        60,
                        30,
                        100,
                        5,
                        FLAT,
                        0,
                        0,
                        OWN));
                m.activities.add(activity(
                        "Ateliers (réparation, couture, bois)",
                        ModelSpec.ActivityKind.TRAINING,
                        "participations",
                        400,
                        10,
                        100,
                        5,
                        TERM_SEASON,
                        0,
                        15,
                        OWN));
                m.fixedCosts.add(cost("Loyer du local", ModelSpec.CostCategory.PREMISES, 10_800, 2, OWN));
                m.fixedCosts.add(cost("Énergie", ModelSpec.CostCategory.ENERGY, 4_000, 4, OWN));
                m.fixedCosts.add(cost("Assurances", ModelSpec.CostCategory.INSURANCE, 1_200, 2, OWN));
                m.fixedCosts.add(cost(
                        "Licences, droits de diffusion, comptabilité", ModelSpec.CostCategory.SERVICES, 2_500, 2, OWN));
                m.staff.add(staff("Responsable du café", 1, 22_000, 45, 1, SMIC));
                m.investments.add(investment("Équipement du bar et de la cuisine", 20_000, 5, 1));
                m.inKind.add(inKind("Bénévolat (≈ 800 h)", ModelSpec.InKindKind.VOLUNTEERING, 9_600));
            }
        }
        return m;
    }

    /** Every template, in the order they are offered. */
    public static List<ModelTemplate> all() {
        return List.of(values());
    }

    private static ModelSpec.ActivitySpec activity(
            String name,
            ModelSpec.ActivityKind kind,
            String unit,
            double volume,
            double price,
            double occupancy,
            double growth,
            double[] season,
            double costPerUnit,
            double costRate,
            String source) {
        return ModelLines.activity(
                name, kind, unit, volume, price, occupancy, 0, growth, season, costPerUnit, costRate, source);
    }

    private static ModelSpec.FixedCostSpec cost(
            String name, ModelSpec.CostCategory category, double yearly, double growth, String source) {
        return ModelLines.cost(name, category, yearly, growth, source);
    }

    private static ModelSpec.StaffSpec staff(
            String name, double fte, double gross, double rate, int start, String source) {
        return ModelLines.staff(name, fte, gross, rate, start, source);
    }

    private static ModelSpec.InvestmentSpec investment(String name, double cost, int years, int start) {
        return ModelLines.investment(name + " (à adapter)", cost, years, start);
    }

    private static ModelSpec.InKindSpec inKind(String name, ModelSpec.InKindKind kind, double yearly) {
        return ModelLines.inKind(name + " – valorisé au SMIC horaire (à adapter)", kind, yearly);
    }
}
