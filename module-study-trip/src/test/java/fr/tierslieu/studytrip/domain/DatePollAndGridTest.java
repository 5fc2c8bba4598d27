package fr.tierslieu.studytrip.domain;

import static fr.tierslieu.studytrip.domain.DatePoll.Answer.IF_NEEDED;
import static fr.tierslieu.studytrip.domain.DatePoll.Answer.NO;
import static fr.tierslieu.studytrip.domain.DatePoll.Answer.YES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The best date of a poll and the ranking of destinations on weighted criteria. */
class DatePollAndGridTest {

    static Map<Long, LocalDate> dates() {
        Map<Long, LocalDate> d = new LinkedHashMap<>();
        d.put(1L, LocalDate.of(2027, 5, 21));
        d.put(2L, LocalDate.of(2027, 5, 28));
        d.put(3L, LocalDate.of(2027, 6, 4));
        return d;
    }

    @Test
    void theBestDateHasTheMostYesThenTheMostPossibleThenTheFewestNoThenComesFirst() {
        List<Map<Long, DatePoll.Answer>> answers = List.of(
                Map.of(1L, YES, 2L, YES, 3L, NO),
                Map.of(1L, YES, 2L, IF_NEEDED, 3L, YES),
                Map.of(1L, NO, 2L, YES, 3L, IF_NEEDED));
        List<DatePoll.Tally> t = DatePoll.tally(dates(), answers);
        assertThat(t).extracting(DatePoll.Tally::yes).containsExactly(2, 2, 1);
        assertThat(DatePoll.best(t).dateId()).isEqualTo(2L); // 2 yes each; date 2 has 3 possible against 2
        // same yes and possible: fewer "no" wins
        t = DatePoll.tally(
                dates(),
                List.of(
                        Map.of(1L, YES, 2L, YES, 3L, NO),
                        Map.of(1L, NO, 2L, IF_NEEDED, 3L, NO),
                        Map.of(1L, IF_NEEDED, 2L, NO, 3L, NO)));
        assertThat(DatePoll.best(t).dateId()).isEqualTo(1L);
        // a perfect tie: the earliest date
        t = DatePoll.tally(dates(), List.of(Map.of(1L, YES, 2L, YES, 3L, YES)));
        assertThat(DatePoll.best(t).dateId()).isEqualTo(1L);
        // nobody can come, or nobody answered: no best date
        assertThat(DatePoll.best(DatePoll.tally(dates(), List.of(Map.of(1L, NO, 2L, NO, 3L, NO)))))
                .isNull();
        assertThat(DatePoll.best(DatePoll.tally(dates(), List.of(Map.of())))).isNull();
    }

    @Test
    void destinationsAreRankedByTheWeightedMeanAndMissingScoresAreNamed() {
        List<CriteriaGrid.Criterion> criteria = List.of(
                new CriteriaGrid.Criterion(1, "Pertinence", 5),
                new CriteriaGrid.Criterion(2, "Distance", 3),
                new CriteriaGrid.Criterion(3, "Coût", 2));
        List<CriteriaGrid.Ranked> r = CriteriaGrid.rank(
                criteria,
                List.of(
                        new CriteriaGrid.Candidate(10, "Trégor", Map.of(1L, 5, 2L, 2, 3L, 3)),
                        new CriteriaGrid.Candidate(11, "Quimper", Map.of(1L, 2, 2L, 5, 3L, 5)),
                        new CriteriaGrid.Candidate(12, "Morlaix", Map.of(1L, 4, 2L, 4))));
        assertThat(r).extracting(CriteriaGrid.Ranked::name).containsExactly("Trégor", "Quimper", "Morlaix");
        assertThat(r.get(0).score()).isCloseTo((5 * 5 + 3 * 2 + 2 * 3) / 10.0, within(1e-12));
        assertThat(r.get(1).score()).isCloseTo((5 * 2 + 3 * 5 + 2 * 5) / 10.0, within(1e-12));
        assertThat(r.get(2).score()).isCloseTo((5 * 4 + 3 * 4) / 10.0, within(1e-12)); // the missing cost counts 0
        assertThat(r.get(2).missing()).containsExactly("Coût");
        assertThat(r.get(0).missing()).isEmpty();
        assertThat(CriteriaGrid.rank(List.of(), List.of(new CriteriaGrid.Candidate(1, "x", Map.of())))
                        .get(0)
                        .score())
                .isZero();
    }
}
