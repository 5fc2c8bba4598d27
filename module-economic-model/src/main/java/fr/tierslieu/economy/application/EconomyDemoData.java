package fr.tierslieu.economy.application;

import fr.tierslieu.core.application.workspace.Workspaces;
import fr.tierslieu.core.module.DemoDataProvider;
import fr.tierslieu.economy.EconomyModule;
import fr.tierslieu.economy.domain.EconomicModel;
import fr.tierslieu.economy.domain.ModelLines;
import fr.tierslieu.economy.domain.ModelSpec;
import fr.tierslieu.economy.domain.Premises;
import fr.tierslieu.economy.domain.Scenario;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Demo: a plausible economic model of Atelier Z — fablab, coworking, public events with INRAE,
 * company seminars, training — funded by a "Fabrique de territoire" grant (€50k a year for three
 * years), the agglomeration, the department and the region, with a loan and works on the farm
 * buildings. Illustrative figures, marked as such; two scenarios show the grant stopping and
 * seminars doing better.
 */
@ApplicationScoped
public class EconomyDemoData implements DemoDataProvider {

    @PersistenceContext(unitName = "economy")
    EntityManager em;

    public EconomyDemoData() {}

    public EconomyDemoData(EntityManager em) {
        this.em = em;
    }

    @Override
    public String moduleId() {
        return EconomyModule.ID;
    }

    @Override
    public void load() {
        List<?> project = Workspaces.nativeQuery(
                        em, "SELECT id FROM core_project WHERE name LIKE 'Atelier Z%' AND workspace_id = ?")
                .setParameter(1, Workspaces.of(em))
                .getResultList();
        Function<String, Long> actor = name -> {
            List<?> ids = Workspaces.nativeQuery(em, "SELECT id FROM core_actor WHERE name = ? AND workspace_id = ?")
                    .setParameter(1, name)
                    .setParameter(2, Workspaces.of(em))
                    .getResultList();
            return ids.isEmpty() ? null : ((Number) ids.get(0)).longValue();
        };
        ModelSpec spec = atelierZ(LocalDate.now().getYear(), actor);
        EconomicModel model = new EconomicModel(
                "Atelier Z – modèle économique (illustratif)",
                project.isEmpty() ? null : ((Number) project.get(0)).longValue(),
                true,
                spec,
                Instant.now());
        em.persist(model);
        Map<String, Double> noGrant = new LinkedHashMap<>();
        noGrant.put("/subsidies/0/perYear/2", 0.0); // the third year of the grant is not renewed
        em.persist(new Scenario(model, "Fabrique de territoire non renouvelée en 3e année", noGrant));
        Map<String, Double> seminars = new LinkedHashMap<>();
        seminars.put("/activities/3/volume", 40.0);
        seminars.put("/activities/3/unitPrice", 1400.0);
        em.persist(new Scenario(model, "Séminaires d'entreprise en hausse", seminars));
        em.flush();
    }

    /** The demo model; {@code actor} finds a funder of the registry by name (null when absent). */
    public static ModelSpec atelierZ(int startYear, Function<String, Long> actor) {
        ModelSpec m = new ModelSpec();
        m.startYear = startYear;
        m.years = 5;
        m.openingCash = 35_000;
        m.activities.add(activity(
                "Fablab – adhésions",
                ModelSpec.ActivityKind.MEMBERSHIP,
                "adhérents",
                60,
                80,
                100,
                0,
                10,
                ModelSpec.flat(),
                0,
                0));
        m.activities.add(activity(
                "Fablab – heures machine",
                ModelSpec.ActivityKind.FABLAB,
                "heures machine",
                600,
                15,
                70,
                0,
                10,
                new double[] {1.3, 1.3, 1.2, 1.1, 0.9, 0.7, 0.5, 0.5, 1.0, 1.1, 1.2, 1.2},
                3,
                0));
        m.activities.add(activity(
                "Coworking",
                ModelSpec.ActivityKind.COWORKING,
                "postes × mois",
                72,
                180,
                60,
                0,
                5,
                ModelSpec.flat(),
                0,
                0));
        m.activities.add(activity(
                "Séminaires d'entreprise",
                ModelSpec.ActivityKind.SEMINARS,
                "journées",
                25,
                1200,
                80,
                0,
                8,
                new double[] {0.4, 0.6, 1.2, 1.4, 1.6, 1.6, 0.6, 0.2, 1.4, 1.4, 1.2, 0.4},
                0,
                35));
        m.activities.add(activity(
                "Événements publics (avec INRAE)",
                ModelSpec.ActivityKind.EVENTS,
                "entrées",
                600,
                8,
                100,
                3_000,
                5,
                new double[] {0.2, 0.2, 0.6, 1.0, 1.6, 2.2, 2.4, 2.2, 1.0, 0.4, 0.1, 0.1},
                0,
                30));
        m.activities.add(activity(
                "Formations",
                ModelSpec.ActivityKind.TRAINING,
                "sessions",
                10,
                450,
                100,
                0,
                5,
                ModelSpec.flat(),
                0,
                20));
        m.fixedCosts.add(cost("Loyer de la ferme", ModelSpec.CostCategory.PREMISES, 12_000, 2));
        m.fixedCosts.add(cost("Énergie", ModelSpec.CostCategory.ENERGY, 6_000, 4));
        m.fixedCosts.add(cost("Assurances", ModelSpec.CostCategory.INSURANCE, 1_500, 2));
        m.fixedCosts.add(cost("Comptabilité, télécoms, logiciels", ModelSpec.CostCategory.SERVICES, 3_500, 2));
        m.fixedCosts.add(cost("Entretien des bâtiments", ModelSpec.CostCategory.PREMISES, 2_500, 2));
        m.staff.add(staff("Coordinateur·rice", 1, 26_000, 45, 1));
        m.staff.add(staff("Fabmanager", 0.8, 24_000, 45, 7));
        // the State's programme run by the ANCT: still to apply for, by the date of the roadmap's « Dossier » task
        ModelSpec.SubsidySpec fabrique = subsidy(
                "Fabrique de territoire (ANCT)",
                actor.apply("Agence nationale de la cohésion des territoires (ANCT)"),
                true,
                ModelSpec.SubsidyStatus.TO_REQUEST,
                new double[] {50_000, 50_000, 50_000},
                "Bilan annuel d'activité\u202F; 3 ans au plus",
                LocalDate.of(startYear + 1, 3, 31));
        fabrique.funderLevel = ModelSpec.FunderLevel.STATE; // the State's programme, run by the ANCT
        m.subsidies.add(fabrique);
        m.subsidies.add(subsidy(
                "Concarneau Cornouaille Agglomération – fonctionnement",
                actor.apply("Concarneau Cornouaille Agglomération"),
                true,
                ModelSpec.SubsidyStatus.TO_REQUEST,
                new double[] {10_000, 10_000, 10_000, 8_000, 6_000},
                "Convention d'objectifs",
                LocalDate.of(startYear, 2, 15).plusYears(LocalDate.now().getMonthValue() > 2 ? 1 : 0)));
        m.subsidies.add(subsidy(
                "Département du Finistère",
                actor.apply("Département du Finistère"),
                true,
                ModelSpec.SubsidyStatus.REQUESTED,
                new double[] {8_000, 8_000, 8_000},
                "Appel à projets tiers-lieux",
                LocalDate.now().plusMonths(2).withDayOfMonth(1)));
        ModelSpec.SubsidySpec region = subsidy(
                "Région Bretagne – investissement",
                actor.apply("Région Bretagne"),
                false,
                ModelSpec.SubsidyStatus.REQUESTED,
                new double[] {30_000},
                "Sur factures des travaux",
                LocalDate.now().plusMonths(4).withDayOfMonth(15));
        region.advancePct = 50;
        region.advanceMonth = 4;
        region.balanceMonth = 15;
        region.investment = "Travaux de la grange"; // taken to the result (777) as the works depreciate
        m.subsidies.add(region);
        ModelSpec.LoanSpec loan = new ModelSpec.LoanSpec();
        loan.name = "Prêt participatif solidaire";
        loan.kind = ModelSpec.LoanKind.PARTICIPATIVE; // lent to the association (a prêt d'honneur would be a person's)
        loan.amount = 50_000;
        loan.annualRatePct = 1.5;
        loan.months = 60;
        loan.deferral = 6;
        loan.month = 1;
        m.loans.add(loan);
        m.investments.add(investment("Machines du fablab", 25_000, 5, 2));
        m.investments.add(investment("Travaux de la grange", 60_000, 10, 4));
        // the same 800 hours and the commune's rooms as the project's committed resources
        ModelSpec.InKindSpec volunteering =
                inKind("Bénévolat (800 h × 15 €)", ModelSpec.InKindKind.VOLUNTEERING, 12_000);
        volunteering.hours = 800;
        volunteering.hourlyRate = 15;
        m.inKind.add(volunteering);
        m.inKind.add(
                inKind("Salles mises à disposition par la commune de Névez", ModelSpec.InKindKind.PREMISES, 6_000));
        m.inKind.add(inKind("Prêt de matériel par les partenaires", ModelSpec.InKindKind.GOODS, 4_000));
        premises(m);
        // the team arrives during the opening year: the part of the Fabrique grant not spent by December
        // is carried to the next year as fonds dédiés, so the first year's budget is balanced (Cerfa)
        double surplus = fr.tierslieu.economy.domain.Forecast.compute(m.toModel())
                .years()
                .get(0)
                .result();
        if (surplus > 0) {
            fabrique.dedicatedPerYear = new double[] {Math.min(fabrique.perYear[0], Math.round(surplus * 100) / 100.0)};
        }
        return m;
    }

    /**
     * The farm of Atelier Z (illustrative): the longère's shared offices, the old cowshed as the
     * fablab, the hayloft to be fitted out as a seminar room (works decided for the second year), the
     * events barn (its works are the model's « Travaux de la grange ») and a storage lean-to; the
     * farm's lease is the model's « Loyer de la ferme », so no space carries a rent of its own. The
     * café has no room yet: the simulation says how much it lacks.
     */
    static void premises(ModelSpec m) {
        Premises.SpaceSpec longere = space("Longère – bureaux partagés", Premises.SpaceUse.OFFICE, 65, 14, 0);
        longere.accessible = true;
        longere.tenure = Premises.Tenure.RENTED;
        longere.days = "1,2,3,4,5";
        longere.openTo = 20;
        Premises.SpaceSpec etable = space("Étable – atelier du fablab", Premises.SpaceUse.WORKSHOP, 90, 12, 5);
        etable.accessible = true;
        etable.noiseAllowed = true;
        etable.tenure = Premises.Tenure.RENTED;
        etable.days = "1,2,3,4,5,6";
        etable.openFrom = 9;
        Premises.SpaceSpec grenier = space("Grenier – salle de séminaire", Premises.SpaceUse.MEETING, 70, 30, 5);
        grenier.state = Premises.SpaceState.NEEDS_WORKS;
        grenier.worksCost = 85_000;
        grenier.worksYears = 20;
        grenier.worksMonth = 13;
        grenier.worksPlanned = true;
        grenier.accessible = true;
        grenier.tenure = Premises.Tenure.RENTED;
        Premises.SpaceSpec grange = space("Grange – salle d’événements", Premises.SpaceUse.HALL, 220, 150, 5);
        grange.state = Premises.SpaceState.MINOR_WORKS;
        grange.noiseAllowed = true;
        grange.accessible = true;
        grange.tenure = Premises.Tenure.RENTED;
        grange.openTo = 24;
        Premises.SpaceSpec appentis = space("Appentis – stockage", Premises.SpaceUse.STORAGE, 25, 0, 0);
        m.spaces.addAll(List.of(longere, etable, grenier, grange, appentis));

        Premises.NeedSpec fablab = need(
                "Fablab – machines et ateliers",
                "Fablab – heures machine",
                Premises.SpaceUse.WORKSHOP,
                8,
                5,
                "3,6",
                10,
                18);
        fablab.fixedM2 = 35;
        fablab.storageM2 = 10;
        fablab.noisy = true;
        fablab.publicAccess = true;
        Premises.NeedSpec cowork =
                need("Coworking – postes", "Coworking", Premises.SpaceUse.OFFICE, 10, 5, "1,2,3,4,5", 9, 18);
        Premises.NeedSpec seminars = need(
                "Séminaires d’entreprise",
                "Séminaires d'entreprise",
                Premises.SpaceUse.MEETING,
                20,
                2.5,
                "2,3,4",
                9,
                18);
        seminars.publicAccess = true;
        Premises.NeedSpec training = need("Formations", "Formations", Premises.SpaceUse.MEETING, 12, 2.5, "4,5", 9, 17);
        training.publicAccess = true;
        Premises.NeedSpec events = need(
                "Événements publics",
                "Événements publics (avec INRAE)",
                Premises.SpaceUse.HALL,
                120,
                1.2,
                "5,6",
                18,
                23);
        events.months = "4,5,6,7,8,9,10";
        events.noisy = true;
        events.publicAccess = true;
        events.storageM2 = 8;
        Premises.NeedSpec cafe = need("Café associatif", "", Premises.SpaceUse.KITCHEN, 15, 2, "3,6", 14, 19);
        cafe.publicAccess = true;
        m.needs.addAll(List.of(fablab, cowork, seminars, training, events, cafe));
    }

    private static Premises.SpaceSpec space(String name, Premises.SpaceUse use, double surface, int people, int erp) {
        Premises.SpaceSpec s = new Premises.SpaceSpec();
        s.name = name;
        s.use = use;
        s.surface = surface;
        s.maxPeople = people;
        s.erpCategory = erp;
        return s;
    }

    private static Premises.NeedSpec need(
            String name,
            String activity,
            Premises.SpaceUse use,
            int users,
            double m2PerUser,
            String days,
            int from,
            int to) {
        Premises.NeedSpec n = new Premises.NeedSpec();
        n.name = name;
        n.activity = activity;
        n.use = use;
        n.users = users;
        n.m2PerUser = m2PerUser;
        n.days = days;
        n.from = from;
        n.to = to;
        return n;
    }

    static ModelSpec.ActivitySpec activity(
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
            double costRate) {
        return ModelLines.activity(
                name, kind, unit, volume, price, occupancy, fixedRevenue, growth, season, costPerUnit, costRate, "");
    }

    static ModelSpec.FixedCostSpec cost(String name, ModelSpec.CostCategory category, double yearly, double growth) {
        return ModelLines.cost(name, category, yearly, growth, "");
    }

    static ModelSpec.StaffSpec staff(String name, double fte, double gross, double rate, int start) {
        return ModelLines.staff(name, fte, gross, rate, start, "");
    }

    static ModelSpec.SubsidySpec subsidy(
            String name,
            Long funder,
            boolean operating,
            ModelSpec.SubsidyStatus status,
            double[] perYear,
            String conditions,
            LocalDate deadline) {
        ModelSpec.SubsidySpec s = new ModelSpec.SubsidySpec();
        s.name = name;
        s.funderActorId = funder;
        s.operating = operating;
        s.status = status;
        s.perYear = perYear;
        s.conditions = conditions;
        s.deadline = deadline;
        return s;
    }

    static ModelSpec.InvestmentSpec investment(String name, double cost, int years, int start) {
        return ModelLines.investment(name, cost, years, start);
    }

    static ModelSpec.InKindSpec inKind(String name, ModelSpec.InKindKind kind, double yearly) {
        return ModelLines.inKind(name, kind, yearly);
    }
}
