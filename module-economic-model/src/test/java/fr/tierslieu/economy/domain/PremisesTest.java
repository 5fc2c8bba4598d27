package fr.tierslieu.economy.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.tierslieu.economy.domain.Occupancy.Reason;
import fr.tierslieu.economy.domain.Occupancy.Status;
import fr.tierslieu.economy.domain.Premises.Change;
import fr.tierslieu.economy.domain.Premises.NeedSpec;
import fr.tierslieu.economy.domain.Premises.SpaceSpec;
import fr.tierslieu.economy.domain.Premises.SpaceState;
import fr.tierslieu.economy.domain.Premises.SpaceUse;
import fr.tierslieu.economy.domain.Premises.Tenure;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PremisesTest {

    static SpaceSpec space(String name, SpaceUse use, double surface) {
        SpaceSpec s = new SpaceSpec();
        s.name = name;
        s.use = use;
        s.surface = surface;
        return s;
    }

    static NeedSpec need(String name, SpaceUse use, int users, double m2PerUser, String days, int from, int to) {
        NeedSpec n = new NeedSpec();
        n.name = name;
        n.use = use;
        n.users = users;
        n.m2PerUser = m2PerUser;
        n.days = days;
        n.from = from;
        n.to = to;
        return n;
    }

    @Test
    void aNeedThatFitsIsHostedEveryHourAndTheSpaceShowsItsShare() {
        SpaceSpec office = space("Bureau", SpaceUse.OFFICE, 100);
        office.days = "1-5";
        office.openFrom = 9;
        office.openTo = 18;
        NeedSpec cowork = need("Coworking", SpaceUse.OFFICE, 10, 5, "1,2,3,4,5", 9, 18);

        Occupancy.Result r = Occupancy.simulate(List.of(office), List.of(cowork), 2027);

        Occupancy.NeedResult n = r.needs().get(0);
        assertEquals(52 * 5 * 9, n.demandedHours());
        assertEquals(n.demandedHours(), n.servedHours());
        assertEquals(Reason.NONE, n.reason());
        assertEquals("Bureau", n.space());
        Occupancy.SpaceResult s = r.spaces().get(0);
        assertEquals(52 * 5 * 9, s.openHours());
        assertEquals(0.5, s.average(), 1e-9);
        assertEquals(0.5, s.weekly()[20], 1e-9);
        assertEquals(0, s.saturatedHours());
        assertEquals(Status.BALANCED, s.status());
        assertEquals(0, r.peakMissingArea());
    }

    @Test
    void twoNeedsTooLargeTogetherConflictAndTheFirstHasPriority() {
        SpaceSpec hall = space("Grange", SpaceUse.HALL, 100);
        NeedSpec events = need("Événements", SpaceUse.HALL, 60, 1.5, "6", 14, 20); // 90 m²
        NeedSpec market = need("Marché", SpaceUse.HALL, 20, 2, "6,7", 10, 16); // 40 m²

        Occupancy.Result r = Occupancy.simulate(List.of(hall), List.of(events, market), 2027);

        assertEquals(1.0, r.needs().get(0).servedShare(), 1e-9);
        Occupancy.NeedResult m = r.needs().get(1);
        // Saturdays 14–16 collide: 2 of the market's 12 weekly hours
        assertEquals(52 * 12, m.demandedHours());
        assertEquals(52 * 10, m.servedHours());
        assertEquals(Reason.CONFLICT, m.reason());
        assertEquals(List.of("Événements"), m.conflicts());
        assertEquals(2, m.unmetHoursPerWeek(), 1e-9);
        assertEquals(40, r.peakMissingArea(), 1e-9);
        assertTrue(r.spaces().get(0).saturatedHours() >= 52 * 6, "the 90 m² hours are saturated");
    }

    @Test
    void noisyAndQuietActivitiesNeverShareASpace() {
        SpaceSpec room = space("Longère", SpaceUse.MULTIPURPOSE, 200);
        room.noiseAllowed = true;
        NeedSpec fablab = need("Fablab", SpaceUse.WORKSHOP, 5, 6, "3", 10, 18);
        fablab.noisy = true;
        NeedSpec cowork = need("Coworking", SpaceUse.OFFICE, 5, 5, "1-5", 9, 18);

        Occupancy.Result r = Occupancy.simulate(List.of(room), List.of(fablab, cowork), 2027);

        assertEquals(1.0, r.needs().get(0).servedShare(), 1e-9);
        Occupancy.NeedResult c = r.needs().get(1);
        assertEquals(52 * 8, c.demandedHours() - c.servedHours(), "Wednesday 10–18 goes to the fablab");
        assertEquals(List.of("Fablab"), c.conflicts());
        // a second, quiet room takes the coworking whenever the fablab runs
        SpaceSpec office = space("Bureau", SpaceUse.OFFICE, 40);
        Occupancy.Result two = Occupancy.simulate(List.of(room, office), List.of(fablab, cowork), 2027);
        assertEquals(1.0, two.needs().get(1).servedShare(), 1e-9);
    }

    @Test
    void aPublicNeedWithNoOpenSpacePointsToTheWorksThatWouldHostIt() {
        SpaceSpec barn = space("Grenier", SpaceUse.MEETING, 80);
        barn.erpCategory = 5;
        barn.state = SpaceState.NEEDS_WORKS;
        barn.worksCost = 85_000;
        SpaceSpec office = space("Bureau", SpaceUse.MEETING, 80); // not open to the public
        NeedSpec seminars = need("Séminaires", SpaceUse.MEETING, 20, 2.5, "2-4", 9, 18);
        seminars.publicAccess = true;

        Occupancy.Result r = Occupancy.simulate(List.of(barn, office), List.of(seminars), 2027);

        Occupancy.NeedResult n = r.needs().get(0);
        assertEquals(0, n.servedHours());
        assertEquals(Reason.NO_SPACE, n.reason());
        assertEquals("Grenier", n.worksOn());
        assertEquals(85_000, n.worksCost());
        assertEquals(Status.UNUSABLE, r.spaces().get(0).status());
        assertEquals(Status.IDLE, r.spaces().get(1).status());
        assertEquals(160, r.totalSurface());
        assertEquals(80, r.usableSurface());

        barn.worksPlanned = true;
        Occupancy.NeedResult done = Occupancy.simulate(List.of(barn, office), List.of(seminars), 2027)
                .needs()
                .get(0);
        assertEquals(1.0, done.servedShare(), 1e-9);
        assertNull(done.worksOn());
    }

    @Test
    void monthsPeopleAndStorageAreRespected() {
        SpaceSpec hall = space("Grange", SpaceUse.HALL, 300);
        hall.maxPeople = 100;
        hall.openTo = 24;
        SpaceSpec shed = space("Appentis", SpaceUse.STORAGE, 20);
        NeedSpec summer = need("Guinguette", SpaceUse.HALL, 80, 1.5, "5,6", 18, 23);
        summer.months = "6-8";
        summer.storageM2 = 15;
        NeedSpec concert = need("Concert", SpaceUse.HALL, 150, 1, "6", 20, 23);
        NeedSpec stock = need("Stock du café", SpaceUse.KITCHEN, 0, 0, "1", 9, 10);
        stock.storageM2 = 30; // no storage nor kitchen space large enough

        Occupancy.Result r = Occupancy.simulate(List.of(hall, shed), List.of(summer, concert, stock), 2027);

        Occupancy.NeedResult g = r.needs().get(0);
        // 2027: weeks whose Thursday falls in June, July or August
        int weeks = 0;
        for (int w = 0; w < 52; w++) {
            int m = java.time.LocalDate.of(2027, 1, 1).plusDays(7L * w + 3).getMonthValue();
            weeks += m >= 6 && m <= 8 ? 1 : 0;
        }
        assertEquals(weeks * 2 * 5, g.demandedHours());
        assertEquals(1.0, g.servedShare(), 1e-9);
        assertEquals(0, g.storageMissing());
        assertEquals(Reason.NO_SPACE, r.needs().get(1).reason(), "150 people in a hall admitting 100");
        assertEquals(30, r.needs().get(2).storageMissing());
        assertEquals(15.0 / 20, r.spaces().get(1).average(), 1e-9, "the shed holds the guinguette's storage");
        assertEquals(0, r.spaces().get(0).weekly()[0], 1e-9, "nothing in the hall in January");
    }

    @Test
    void problemsNameTheirFields() {
        ModelSpec spec = new ModelSpec();
        SpaceSpec a = space("Grange", SpaceUse.HALL, 0);
        a.days = "8";
        a.openFrom = 20;
        a.openTo = 8;
        a.erpCategory = 7;
        spec.spaces.add(a);
        spec.spaces.add(space("grange ", SpaceUse.HALL, 10));
        NeedSpec n = need("Fête", SpaceUse.HALL, 10, 1, "", 10, 10);
        n.activity = "Inconnue";
        n.months = "13";
        spec.needs.add(n);

        List<String> paths =
                spec.problems().stream().map(ModelSpec.Problem::path).toList();

        assertEquals(
                List.of(
                        "spaces[0].surface",
                        "spaces[0].erpCategory",
                        "spaces[0].dayList",
                        "spaces[0].openTo",
                        "spaces[1].name",
                        "needs[0].activity",
                        "needs[0].dayList",
                        "needs[0].monthList",
                        "needs[0].to"),
                paths);
    }

    @Test
    void setsAreReadAsListsAndRanges() {
        boolean[] d = Premises.parseSet("1-3, 6", 7);
        assertTrue(d[1] && d[2] && d[3] && d[6]);
        assertFalse(d[4] || d[5] || d[7]);
        assertNull(Premises.parseSet("0", 7));
        assertNull(Premises.parseSet("5-3", 7));
        assertNull(Premises.parseSet("lundi", 7));
        NeedSpec n = new NeedSpec();
        n.setMonthList(List.of("4", "5", "9"));
        assertEquals("4,5,9", n.months);
        assertEquals(List.of("4", "5", "9"), n.getMonthList());
    }

    @Test
    void applyingCarriesWorksRentsLoansInKindAndCapsAndIsIdempotent() {
        ModelSpec spec = new ModelSpec();
        ModelSpec.ActivitySpec cowork = new ModelSpec.ActivitySpec();
        cowork.name = "Coworking";
        cowork.occupancyPct = 90;
        spec.activities.add(cowork);
        ModelSpec.InvestmentSpec machine = new ModelSpec.InvestmentSpec();
        machine.name = "Découpeuse laser";
        machine.cost = 12_000;
        spec.investments.add(machine);
        SpaceSpec loft = space("Grenier", SpaceUse.OFFICE, 50);
        loft.state = SpaceState.NEEDS_WORKS;
        loft.worksCost = 60_000;
        loft.worksYears = 20;
        loft.worksPlanned = true;
        loft.days = "1-4"; // closed on Fridays
        SpaceSpec shed = space("Appentis", SpaceUse.STORAGE, 20);
        shed.tenure = Tenure.RENTED;
        shed.yearlyRent = 1_200;
        SpaceSpec barn = space("Grange", SpaceUse.HALL, 200);
        barn.tenure = Tenure.LENT;
        barn.yearlyRent = 6_000;
        spec.spaces.addAll(List.of(loft, shed, barn));
        NeedSpec n = need("Postes de coworking", SpaceUse.OFFICE, 8, 5, "1-5", 9, 18);
        n.activity = "Coworking";
        spec.needs.add(n);
        assertTrue(spec.problems().isEmpty(), () -> spec.problems().toString());
        Premises.Names names = new Premises.Names("Travaux", "Loyer", "Mise à disposition");

        List<Change> changes = Premises.apply(spec, Occupancy.simulate(spec.spaces, spec.needs, 2027), names);

        assertEquals(
                List.of(
                        Change.Kind.INVESTMENT_ADDED,
                        Change.Kind.RENT_ADDED,
                        Change.Kind.IN_KIND_ADDED,
                        Change.Kind.OCCUPANCY_CAPPED),
                changes.stream().map(Change::kind).toList());
        ModelSpec.InvestmentSpec works = spec.investments.get(1);
        assertEquals("Travaux – Grenier", works.name);
        assertEquals(60_000, works.cost);
        assertEquals(20, works.years);
        assertEquals("Loyer – Appentis", spec.fixedCosts.get(0).name);
        assertEquals(ModelSpec.CostCategory.PREMISES, spec.fixedCosts.get(0).category);
        assertEquals(ModelSpec.InKindKind.PREMISES, spec.inKind.get(0).kind);
        assertEquals(6_000, spec.inKind.get(0).yearly);
        assertEquals(80, cowork.occupancyPct, 1e-9, "four days out of five: capped at 80 %");
        assertTrue(spec.problems().isEmpty());

        assertEquals(List.of(), Premises.apply(spec, Occupancy.simulate(spec.spaces, spec.needs, 2027), names));

        loft.days = "1-3";
        loft.worksPlanned = false;
        loft.state = SpaceState.READY;
        shed.tenure = Tenure.OWNED;
        List<Change> again = Premises.apply(spec, Occupancy.simulate(spec.spaces, spec.needs, 2027), names);
        assertEquals(
                List.of(Change.Kind.INVESTMENT_REMOVED, Change.Kind.RENT_REMOVED, Change.Kind.OCCUPANCY_CAPPED),
                again.stream().map(Change::kind).toList());
        assertEquals(
                List.of("Découpeuse laser"),
                spec.investments.stream().map(i -> i.name).toList());
        assertEquals(60, cowork.occupancyPct, 1e-9);
        assertEquals(List.of(), spec.fixedCosts);
    }

    @Test
    void theJsonFormKeepsThePremisesAndOldModelsReadWithout() {
        ModelSpec spec = new ModelSpec();
        SpaceSpec s = space("Grange", SpaceUse.HALL, 220);
        s.tenure = Tenure.LENT;
        s.days = "5,6";
        spec.spaces.add(s);
        NeedSpec n = need("Fête", SpaceUse.HALL, 100, 1.2, "6", 14, 23);
        n.months = "5-9";
        n.noisy = true;
        spec.needs.add(n);

        ModelSpec back = ModelJson.read(ModelJson.write(spec));

        assertEquals(Tenure.LENT, back.spaces.get(0).tenure);
        assertEquals("5,6", back.spaces.get(0).days);
        assertEquals(220, back.spaces.get(0).surface);
        assertEquals("5-9", back.needs.get(0).months);
        assertTrue(back.needs.get(0).noisy);
        assertEquals(List.of(), ModelJson.read("{\"years\":5}").spaces);
    }

    @Test
    void moreThanTheMaximumIsRefusedBeforeReading() {
        StringBuilder json = new StringBuilder("{\"spaces\":[");
        for (int i = 0; i <= Premises.MAX_SPACES; i++) {
            json.append(i == 0 ? "" : ",").append("{}");
        }
        json.append("]}");
        ModelJson.TooMany e = assertThrows(ModelJson.TooMany.class, () -> ModelJson.read(json.toString()));
        assertEquals("spaces", e.path());
        ModelSpec spec = new ModelSpec();
        spec.needs = new ArrayList<>();
        for (int i = 0; i <= Premises.MAX_NEEDS; i++) {
            spec.addRow("needs", "Besoin");
        }
        assertTrue(spec.problems().stream().anyMatch(p -> p.path().equals("needs")));
    }

    @Test
    void theDemoFarmHostsItsActivitiesButTheCafeAndThursdayTrainings() {
        ModelSpec demo = fr.tierslieu.economy.application.EconomyDemoData.atelierZ(2027, name -> null);
        assertTrue(demo.problems().isEmpty(), () -> demo.problems().toString());

        Occupancy.Result r = Occupancy.simulate(demo.spaces, demo.needs, demo.startYear);

        List<Reason> reasons =
                r.needs().stream().map(Occupancy.NeedResult::reason).toList();
        assertEquals(
                List.of(Reason.NONE, Reason.NONE, Reason.NONE, Reason.CONFLICT, Reason.NONE, Reason.NO_SPACE), reasons);
        Occupancy.NeedResult training = r.needs().get(3);
        assertEquals(0.5, training.servedShare(), 1e-9, "Thursdays go to the seminars");
        assertEquals(List.of("Séminaires d’entreprise"), training.conflicts());
        assertNull(r.needs().get(5).worksOn(), "no kitchen to fit out: rent or share");
        assertEquals("Grenier – salle de séminaire", r.needs().get(2).space());

        List<Change> changes = Premises.apply(demo, r, new Premises.Names("Travaux", "Loyer", "Mise à disposition"));
        assertEquals(
                List.of(Change.Kind.INVESTMENT_ADDED, Change.Kind.OCCUPANCY_CAPPED),
                changes.stream().map(Change::kind).toList());
        assertEquals("Formations", changes.get(1).line());
        assertEquals(50, changes.get(1).after(), 1e-9);
        assertTrue(demo.problems().isEmpty());
    }
}
