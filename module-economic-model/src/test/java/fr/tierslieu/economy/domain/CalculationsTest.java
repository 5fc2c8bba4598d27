package fr.tierslieu.economy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class CalculationsTest {

    @Test
    void annuityMatchesTheStandardFormula() {
        // 100,000 € at 4 % over 10 years: the textbook instalment is 1,012.45 €
        Loan loan = new Loan(100_000, 0.04, 120, 0);
        assertThat(loan.instalment()).isCloseTo(1012.4514, within(1e-3));
        List<Loan.Line> s = loan.schedule();
        assertThat(s).hasSize(120);
        assertThat(s.get(0).interest()).isCloseTo(333.3333, within(1e-3));
        assertThat(s.get(0).principal()).isCloseTo(1012.4514 - 333.3333, within(1e-3));
        assertThat(s.get(119).remaining()).isZero();
        assertThat(s.stream().mapToDouble(Loan.Line::principal).sum()).isCloseTo(100_000, within(1e-6));
        assertThat(loan.totalInterest()).isCloseTo(120 * 1012.4514 - 100_000, within(0.01));
    }

    @Test
    void deferralPaysInterestOnlyFirstAndIsPartOfTheDuration() {
        // French bank usage: 12 months with 6 of deferral = 6 interest-only payments, then 6 instalments
        Loan loan = new Loan(12_000, 0.06, 12, 6);
        List<Loan.Line> s = loan.schedule();
        assertThat(s).hasSize(12);
        assertThat(loan.instalments()).isEqualTo(6);
        assertThat(s.get(11).remaining()).isZero();
        assertThat(s.subList(0, 6)).allSatisfy(l -> {
            assertThat(l.principal()).isZero();
            assertThat(l.interest()).isCloseTo(60, within(1e-9));
        });
        assertThat(s.get(6).payment()).isCloseTo(loan.instalment(), within(1e-9));
    }

    @Test
    void zeroRateRepaysEvenly() {
        Loan loan = new Loan(6_000, 0, 24, 0);
        assertThat(loan.instalment()).isEqualTo(250);
        assertThat(loan.totalInterest()).isZero();
    }

    @RepeatedTest(30)
    void scheduleAlwaysRepaysTheCapital() {
        Random r = new Random();
        int months = 1 + r.nextInt(240);
        Loan loan = new Loan(
                1000 + r.nextInt(500_000), r.nextInt(1500) / 10_000.0, months, r.nextInt(Math.min(months, 24)));
        List<Loan.Line> s = loan.schedule();
        assertThat(s).hasSize(months);
        assertThat(s.stream().mapToDouble(Loan.Line::principal).sum()).isCloseTo(loan.amount(), within(1e-6));
        for (Loan.Line l : s) {
            assertThat(l.payment()).isCloseTo(l.interest() + l.principal(), within(1e-9));
        }
    }

    @Test
    void badLoansAreRefused() {
        assertThatThrownBy(() -> new Loan(0, 0.04, 12, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Loan(1000, 1.2, 12, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Loan(1000, 0.04, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Loan(1000, 0.04, 12, 12)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void straightLineDepreciationFromTheMonthOfService() {
        // a 12,000 € laser cutter over 5 years, in service in April of year 1
        Depreciation d = new Depreciation(12_000, 5, 4);
        assertThat(d.monthly(3)).isZero();
        assertThat(d.monthly(4)).isEqualTo(200);
        assertThat(d.yearly(1)).isCloseTo(1800, within(1e-9));
        assertThat(d.yearly(2)).isCloseTo(2400, within(1e-9));
        double total = 0;
        for (int y = 1; y <= 7; y++) {
            total += d.yearly(y);
        }
        assertThat(total).isCloseTo(12_000, within(1e-6));
        assertThat(d.yearly(7)).isZero();
    }

    @Test
    void seasonalityMustAddUpToTwelve() {
        assertThat(Seasonality.FLAT.problems()).isEmpty();
        double[] summer = {0.5, 0.5, 0.8, 1, 1.2, 1.5, 2, 2, 1.2, 0.5, 0.4, 0.4};
        assertThat(new Seasonality(summer).problems()).isEmpty();
        assertThat(new Seasonality(summer).share(24_000, 7)).isCloseTo(4000, within(1e-9));
        double total = 0;
        for (int m = 1; m <= 12; m++) {
            total += new Seasonality(summer).share(24_000, m);
        }
        assertThat(total).isCloseTo(24_000, within(1e-6));
        assertThat(new Seasonality(new double[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2}).problems())
                .containsExactly("sum:13.0");
        assertThat(new Seasonality(new double[] {1, 1}).problems()).containsExactly("count");
        assertThat(new Seasonality(new double[] {-1, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}).problems())
                .containsExactly("negative:1");
    }

    @Test
    void aTotalDeferralPaysNothingAndCapitalisesTheInterest() {
        // 12,000 € at 6 % over 12 months with 6 months of total deferral: 0.5 % a month
        Loan loan = new Loan(12_000, 0.06, 12, 6, true);
        List<Loan.Line> s = loan.schedule();
        double grown = 12_000 * Math.pow(1.005, 6);
        assertThat(loan.capitalAfterDeferral()).isCloseTo(grown, within(1e-9));
        assertThat(s.subList(0, 6)).allSatisfy(l -> assertThat(l.payment()).isZero());
        assertThat(s.get(0).interest()).isCloseTo(60, within(1e-9)); // still a charge of the month
        assertThat(s.get(5).remaining()).isCloseTo(grown, within(1e-9));
        assertThat(s.get(11).remaining()).isZero();
        // what is repaid is the grown capital; interest over the life = payments − amount borrowed
        double paid = s.stream().mapToDouble(Loan.Line::payment).sum();
        assertThat(paid - 12_000).isCloseTo(loan.totalInterest(), within(1e-6));
        assertThat(loan.totalInterest()).isGreaterThan(new Loan(12_000, 0.06, 12, 6).totalInterest());
    }
}
