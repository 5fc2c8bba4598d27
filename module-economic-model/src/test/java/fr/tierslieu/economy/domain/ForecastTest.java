package fr.tierslieu.economy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ForecastTest {

    static Model.Activity seminars() {
        // 20 seminar days × 900 € a day, full occupancy, +10 % a year, 30 % direct costs (catering)
        return new Model.Activity("Séminaires", 20, 900, 1, 0, 0.10, Seasonality.FLAT, 0, 0.30);
    }

    static Model model(double opening, List<Model.Subsidy> subsidies) {
        return new Model(
                2027,
                3,
                opening,
                List.of(seminars()),
                List.of(new Model.FixedCost("Loyer", "PREMISES", 6000, 0)),
                List.of(new Model.Staff("Coordination", 0.5, 24_000, 0.45, 1)),
                subsidies,
                List.of(),
                List.of(),
                List.of(new Model.InKind("Bénévolat", 15_000)),
                List.of());
    }

    @Test
    void membersDuesAreOwnResourcesBookedIn756NotInSales() {
        Model.Activity dues = new Model.Activity("Adhésions", 80, 20, 1, 0, 0, Seasonality.FLAT, 0, 0, true);
        Model withDues = new Model(
                2027,
                3,
                0,
                List.of(seminars(), dues),
                List.of(new Model.FixedCost("Loyer", "PREMISES", 6000, 0)),
                List.of(new Model.Staff("Coordination", 0.5, 24_000, 0.45, 1)),
                List.of(),
                List.of(),
                List.of(),
                List.of(new Model.InKind("Bénévolat", 15_000)),
                List.of());
        Forecast.Year y = Forecast.compute(withDues).years().get(0);
        assertThat(y.dues()).isCloseTo(1_600, within(1e-9));
        assertThat(y.salesWithoutDues()).isCloseTo(18_000, within(1e-9)); // 20 days × 900 €
        assertThat(y.sales()).isCloseTo(19_600, within(1e-9)); // own resources: both
        // the same activity counted as sales gives the same result: only where it is booked changes
        Model asSales = new Model(
                2027,
                3,
                0,
                List.of(seminars(), new Model.Activity("Adhésions", 80, 20, 1, 0, 0, Seasonality.FLAT, 0, 0)),
                withDues.fixedCosts(),
                withDues.staff(),
                List.of(),
                List.of(),
                List.of(),
                withDues.inKind(),
                List.of());
        Forecast.Year z = Forecast.compute(asSales).years().get(0);
        assertThat(z.dues()).isZero();
        assertThat(z.result()).isCloseTo(y.result(), within(1e-9));
    }

    @Test
    void yearlyResultAddsUpTheLines() {
        Forecast.Result r = Forecast.compute(model(10_000, List.of()));
        Forecast.Year y1 = r.years().get(0);
        assertThat(y1.sales()).isCloseTo(18_000, within(1e-9));
        assertThat(y1.purchasesAndExternal()).isCloseTo(5_400 + 6_000, within(1e-9));
        assertThat(y1.staff()).isCloseTo(0.5 * 24_000 * 1.45, within(1e-9));
        assertThat(y1.result()).isCloseTo(18_000 - 5_400 - 6_000 - 17_400, within(1e-9));
        assertThat(r.years().get(1).sales()).isCloseTo(19_800, within(1e-9));
        assertThat(y1.inKind()).isEqualTo(15_000);
        assertThat(y1.selfFinancingRatio()).isEqualTo(1.0);
        // break-even: (6,000 + 17,400) / 0.7
        assertThat(y1.breakEvenSales()).isCloseTo(23_400 / 0.7, within(1e-6));
    }

    @Test
    void whenTheGrantStopsCashTurnsNegative() {
        // a "Fabrique de territoire" grant of 50 k€ for the first year only, 80 % advance in month 3, balance next
        // March
        Model.Subsidy grant =
                new Model.Subsidy("Fabrique de territoire", null, true, new double[] {20_000}, 0.8, 3, 15);
        Forecast.Result with = Forecast.compute(model(5_000, List.of(grant)));
        Forecast.Result without = Forecast.compute(model(5_000, List.of()));
        assertThat(with.years().get(0).operatingSubsidies()).isEqualTo(20_000);
        assertThat(with.years().get(0).selfFinancingRatio()).isCloseTo(18_000 / 38_000.0, within(1e-9));
        assertThat(with.years().get(0).subsidyDependence()).isCloseTo(20_000 / 38_000.0, within(1e-9));
        assertThat(without.firstNegativeMonth()).isNotNull();
        assertThat(with.firstNegativeMonth()).isGreaterThan(without.firstNegativeMonth());
        // the advance arrives in month 3, the balance in month 15
        double m2 = with.monthlyCash()[1];
        double m3 = with.monthlyCash()[2];
        assertThat(m3 - m2 - (without.monthlyCash()[2] - without.monthlyCash()[1]))
                .isCloseTo(16_000, within(1e-6));
        assertThat(with.monthlyCash()[14]
                        - with.monthlyCash()[13]
                        - (without.monthlyCash()[14] - without.monthlyCash()[13]))
                .isCloseTo(4_000, within(1e-6));
    }

    @Test
    void loanInterestAccruesInTheResultWhileTheCashPlanKeepsPaymentDates() {
        // the field trial's case: 100,000 € at 3 % over 120 months, the money arriving in month 1
        Model base = model(0, List.of());
        Model m = new Model(
                2027,
                3,
                0,
                base.activities(),
                base.fixedCosts(),
                base.staff(),
                List.of(),
                List.of(new Model.LoanLine("Prêt", new Loan(100_000, 0.03, 120, 0), 1)),
                List.of(),
                List.of(),
                List.of());
        Forecast.Result r = Forecast.compute(m);
        assertThat(r.years().get(0).financialCharges())
                .isCloseTo(2_880.94, within(0.005)); // not 2,650.86 (paid in year 1)
        Forecast.Result without = Forecast.compute(base);
        double instalment = new Loan(100_000, 0.03, 120, 0).instalment();
        // cash: the loan arrives in month 1, the first instalment leaves at the end of month 2
        assertThat(r.monthlyCash()[0] - without.monthlyCash()[0]).isCloseTo(100_000, within(1e-6));
        assertThat(r.monthlyCash()[1] - without.monthlyCash()[1]).isCloseTo(100_000 - instalment, within(1e-6));
    }

    @Test
    void loansAndInvestmentsInCashAndResult() {
        Model base = model(0, List.of());
        Model m = new Model(
                2027,
                3,
                0,
                base.activities(),
                base.fixedCosts(),
                base.staff(),
                List.of(),
                List.of(new Model.LoanLine("Prêt travaux", new Loan(30_000, 0.04, 60, 0), 1)),
                List.of(new Model.Investment("Travaux de la grange", new Depreciation(30_000, 10, 1))),
                List.of(),
                List.of());
        Forecast.Result r = Forecast.compute(m);
        assertThat(r.years().get(0).depreciation()).isCloseTo(3_000, within(1e-9));
        // interest accrues month by month from the month the money arrives: 12 months of it in year 1
        double interestYear1 = new Loan(30_000, 0.04, 60, 0)
                .schedule().stream()
                        .filter(l -> l.month() <= 12)
                        .mapToDouble(Loan.Line::interest)
                        .sum();
        assertThat(r.years().get(0).financialCharges()).isCloseTo(interestYear1, within(1e-6));
        Forecast.Result withoutFinance = Forecast.compute(base);
        // month 1: loan in, works paid out: they cancel
        assertThat(r.monthlyCash()[0]).isCloseTo(withoutFinance.monthlyCash()[0], within(1e-6));
    }

    private static Model withFunding(List<Model.Subsidy> subsidies, List<Model.Investment> investments) {
        Model base = model(0, List.of());
        return new Model(
                2027,
                3,
                0,
                base.activities(),
                base.fixedCosts(),
                base.staff(),
                subsidies,
                List.of(),
                investments,
                base.inKind(),
                List.of());
    }

    @Test
    void anInvestmentSubsidyIsTakenToTheResultAsTheAssetItFinancesDepreciates() {
        // the case: 30,000 € for an asset depreciated over 10 years from July of year 1
        Depreciation works = new Depreciation(60_000, 10, 7);
        List<Model.Investment> investments = List.of(new Model.Investment("Travaux de la grange", works));
        Model.Subsidy linked = new Model.Subsidy(
                "Région – investissement", null, false, new double[] {30_000}, 0.5, 4, 15, works, new double[0]);
        Model.Subsidy unlinked =
                new Model.Subsidy("Région – investissement", null, false, new double[] {30_000}, 0.5, 4, 15);
        Forecast.Result with = Forecast.compute(withFunding(List.of(linked), investments));
        Forecast.Result without = Forecast.compute(withFunding(List.of(unlinked), investments));
        double[] expected = {1_500, 3_000, 3_000};
        for (int y = 0; y < 3; y++) {
            Forecast.Year a = with.years().get(y);
            Forecast.Year b = without.years().get(y);
            assertThat(a.investmentSubsidyShare()).as("777, year %d", y + 1).isCloseTo(expected[y], within(1e-6));
            assertThat(b.investmentSubsidyShare()).isZero(); // not linked: it stays in the balance sheet
            assertThat(a.result() - b.result()).isCloseTo(expected[y], within(1e-6));
            assertThat(a.totalProducts() - a.totalCharges()).isCloseTo(a.result(), within(1e-6));
            // not cash: the CAF and the cash plan are the same with and without the link
            assertThat(a.selfFinancingCapacity()).isCloseTo(b.selfFinancingCapacity(), within(1e-6));
            assertThat(a.operatingSubsidies()).isZero();
        }
        assertThat(with.monthlyCash()).containsExactly(without.monthlyCash(), within(1e-9));
        // CAF = result + depreciation − 777: year 1 depreciates 6 months of 500 €
        Forecast.Year y1 = with.years().get(0);
        assertThat(y1.selfFinancingCapacity()).isCloseTo(y1.result() + 3_000 - 1_500, within(1e-6));
    }

    @Test
    void aSubsidyGrantedAfterTheAssetWentIntoServiceCatchesUpWhatWasDepreciated() {
        Depreciation machines = new Depreciation(20_000, 10, 1); // 2,000 € a year from January of year 1
        Model.Subsidy late = new Model.Subsidy(
                "Département", null, false, new double[] {0, 10_000}, 1, 3, 3, machines, new double[0]);
        Forecast.Result r =
                Forecast.compute(withFunding(List.of(late), List.of(new Model.Investment("Machines", machines))));
        assertThat(r.years().get(0).investmentSubsidyShare()).isZero();
        assertThat(r.years().get(1).investmentSubsidyShare())
                .isCloseTo(2_000, within(1e-6)); // 10,000 × 20 % depreciated by then
        assertThat(r.years().get(2).investmentSubsidyShare()).isCloseTo(1_000, within(1e-6));
    }

    @Test
    void aDedicatedFundIsCarriedToTheNextYearAndReversed() {
        // 20,000 € granted in year 1 for a purpose; 5,000 € of it not used by December: fonds dédiés
        Model.Subsidy grant = new Model.Subsidy(
                "Fondation – programme jeunesse", null, true, new double[] {20_000}, 1, 3, 3, null, new double[] {5_000
                });
        Model.Subsidy plain =
                new Model.Subsidy("Fondation – programme jeunesse", null, true, new double[] {20_000}, 1, 3, 3);
        Forecast.Result with = Forecast.compute(withFunding(List.of(grant), List.of()));
        Forecast.Result without = Forecast.compute(withFunding(List.of(plain), List.of()));
        Forecast.Year y1 = with.years().get(0);
        Forecast.Year y2 = with.years().get(1);
        assertThat(y1.operatingSubsidies()).isEqualTo(20_000); // 74: the grant as awarded
        assertThat(y1.dedicatedFundsCarried()).isEqualTo(5_000); // 689
        assertThat(y1.result() - without.years().get(0).result()).isCloseTo(-5_000, within(1e-6));
        assertThat(y2.dedicatedFundsUsed()).isEqualTo(5_000); // 789
        assertThat(y2.result() - without.years().get(1).result()).isCloseTo(5_000, within(1e-6));
        assertThat(with.years().get(2).result())
                .isCloseTo(without.years().get(2).result(), within(1e-6));
        for (int y = 0; y < 3; y++) {
            Forecast.Year a = with.years().get(y);
            assertThat(a.totalProducts() - a.totalCharges()).isCloseTo(a.result(), within(1e-6));
            assertThat(a.selfFinancingCapacity())
                    .isCloseTo(without.years().get(y).selfFinancingCapacity(), within(1e-6));
        }
        assertThat(with.monthlyCash()).containsExactly(without.monthlyCash(), within(1e-9));
    }
}
