package fr.tierslieu.governance.domain;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static fr.tierslieu.governance.domain.Vote.ABSTAIN;
import static fr.tierslieu.governance.domain.Vote.AGAINST;
import static fr.tierslieu.governance.domain.Vote.FOR;
import static fr.tierslieu.governance.domain.Vote.NONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TallyEngineTest {

    static TallyInput.Member present(String id, Vote v) {
        return new TallyInput.Member(id, id, 1.0, null, true, null, v, null);
    }

    static TallyInput.Member absent(String id) {
        return new TallyInput.Member(id, id, 1.0, null, false, null, NONE, null);
    }

    static TallyInput.Member proxy(String id, String holder, Vote v) {
        return new TallyInput.Member(id, id, 1.0, null, false, holder, v, null);
    }

    static TallyInput.Member in(String college, String id, Vote v) {
        return new TallyInput.Member(id, id, 1.0, college, true, null, v, null);
    }

    static TallyInput simple(double quorum, int proxies, Majority majority, TallyInput.Member... members) {
        return new TallyInput(quorum, proxies, majority, List.of(), List.of(members));
    }

    static List<String> keys(TallyResult r) {
        return r.steps().stream().map(TallyResult.Step::key).toList();
    }

    @Test
    void quorumExactlyReachedCounts() {
        // 1 of 4 present: 25 % = quorum of 25 %
        TallyResult r = TallyEngine.tally(simple(0.25, 0, Majority.SIMPLE, present("a", FOR), absent("b"), absent("c"), absent("d")));
        assertThat(r.quorumMet()).isTrue();
        assertThat(r.adopted()).isTrue();
        TallyResult below = TallyEngine.tally(simple(0.26, 0, Majority.SIMPLE, present("a", FOR), absent("b"), absent("c"), absent("d")));
        assertThat(below.quorumMet()).isFalse();
        assertThat(below.adopted()).isFalse();
        assertThat(keys(below)).contains("quorumMissed", "rejectedNoQuorum");
    }

    @Test
    void aTieRejectsUnderSimpleMajority() {
        TallyResult r = TallyEngine.tally(simple(0, 0, Majority.SIMPLE, present("a", FOR), present("b", AGAINST), present("c", ABSTAIN)));
        assertThat(r.adopted()).isFalse();
        assertThat(keys(r)).contains("tie", "rejected");
    }

    @Test
    void abstentionsDoNotCountUnderSimpleMajorityButDoUnderAbsolute() {
        TallyInput.Member[] ms = {present("a", FOR), present("b", FOR), present("c", AGAINST), present("d", ABSTAIN), present("e", ABSTAIN)};
        assertThat(TallyEngine.tally(simple(0, 0, Majority.SIMPLE, ms)).adopted()).isTrue();
        assertThat(TallyEngine.tally(simple(0, 0, Majority.ABSOLUTE, ms)).adopted()).isFalse(); // 2 of 5 present
    }

    @Test
    void twoThirdsBoundary() {
        assertThat(TallyEngine.tally(simple(0, 0, Majority.TWO_THIRDS, present("a", FOR), present("b", FOR), present("c", AGAINST)))
                .adopted()).isTrue();
        assertThat(TallyEngine.tally(simple(0, 0, Majority.TWO_THIRDS, present("a", FOR), present("b", FOR), present("c", AGAINST),
                present("d", AGAINST))).adopted()).isFalse();
    }

    @Test
    void unanimityFailsOnOneAbstention() {
        assertThat(TallyEngine.tally(simple(0, 0, Majority.UNANIMITY, present("a", FOR), present("b", FOR))).adopted()).isTrue();
        assertThat(TallyEngine.tally(simple(0, 0, Majority.UNANIMITY, present("a", FOR), present("b", ABSTAIN))).adopted()).isFalse();
    }

    @Test
    void consentFailsOnlyOnAReasonedObjection() {
        TallyInput.Member reasoned = new TallyInput.Member("c", "Claire", 1.0, null, true, null, AGAINST, "Coût non financé");
        TallyResult blocked = TallyEngine.tally(simple(0, 0, Majority.CONSENT, present("a", FOR), reasoned));
        assertThat(blocked.adopted()).isFalse();
        assertThat(blocked.steps()).anyMatch(s -> s.key().equals("objection") && s.args().get(0).toString().contains("Coût non financé"));
        TallyResult passes = TallyEngine.tally(simple(0, 0, Majority.CONSENT, present("a", FOR), present("b", AGAINST), present("c", ABSTAIN)));
        assertThat(passes.adopted()).isTrue();
    }

    @Test
    void proxiesCountForQuorumAndVotesUpToTheLimit() {
        // a holds 3 proxies but only 2 are allowed: the third member is absent
        TallyResult r = TallyEngine.tally(simple(0.8, 2, Majority.SIMPLE, present("a", FOR), proxy("b", "a", FOR), proxy("c", "a", FOR),
                proxy("d", "a", FOR), present("e", AGAINST)));
        assertThat(r.represented()).isEqualTo(4);
        assertThat(r.quorumMet()).isTrue(); // 4 of 5 = 80 %
        assertThat(r.counts().forVotes()).isEqualTo(3);
        assertThat(r.steps()).anyMatch(s -> s.key().equals("proxyOverLimit") && s.args().get(0).equals("d"));
        TallyResult none = TallyEngine.tally(simple(0.5, 0, Majority.SIMPLE, present("a", FOR), proxy("b", "a", FOR), absent("c")));
        assertThat(none.quorumMet()).isFalse();
    }

    @Test
    void proxyToAnAbsentMemberOrToOneselfIsVoid() {
        TallyResult r = TallyEngine.tally(simple(0, 3, Majority.SIMPLE, present("a", FOR), absent("b"), proxy("c", "b", AGAINST),
                proxy("d", "d", AGAINST)));
        assertThat(r.represented()).isEqualTo(1);
        assertThat(keys(r)).filteredOn("proxyVoidHolder"::equals).hasSize(2);
    }

    @Test
    void weightedCollegesCanReverseTheRawMajority() {
        // Users college: 6 members, 5 against; founders: 2 members, both for; public: 1 for.
        // Raw: 4 for, 5 against. Weighted: founders 40 % × 1 + public 30 % × 1 + users 30 % × 1/6 = 75 %.
        List<TallyInput.Member> ms = new ArrayList<>();
        ms.add(in("F", "f1", FOR));
        ms.add(in("F", "f2", FOR));
        ms.add(in("P", "p1", FOR));
        ms.add(in("U", "u1", FOR));
        for (int i = 2; i <= 6; i++) {
            ms.add(in("U", "u" + i, AGAINST));
        }
        TallyInput input = new TallyInput(0, 0, Majority.SIMPLE, List.of(new TallyInput.College("F", "Fondateurs", 40),
                new TallyInput.College("P", "Collectivités", 30), new TallyInput.College("U", "Usagers", 30)), ms);
        TallyResult r = TallyEngine.tally(input);
        assertThat(r.counts().forVotes()).isLessThan(r.counts().against());
        assertThat(r.weightedFor()).isCloseTo(0.75, within(1e-9));
        assertThat(r.adopted()).isTrue();
        assertThat(r.colleges()).extracting(TallyResult.CollegeResult::forShare).containsExactly(1.0, 1.0, 1.0 / 6);
        // and the reverse: raw majority for, weighted against
        List<TallyInput.Member> ms2 = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            ms2.add(in("U", "u" + i, FOR));
        }
        ms2.add(in("F", "f1", AGAINST));
        ms2.add(in("P", "p1", AGAINST));
        TallyResult r2 = TallyEngine.tally(new TallyInput(0, 0, Majority.SIMPLE, input.colleges(), ms2));
        assertThat(r2.counts().forVotes()).isGreaterThan(r2.counts().against());
        assertThat(r2.weightedFor()).isCloseTo(0.30, within(1e-9));
        assertThat(r2.adopted()).isFalse();
    }

    @Test
    void aCollegeWithoutCastVotesIsLeftOutOfTheWeighting() {
        TallyInput input = new TallyInput(0, 0, Majority.TWO_THIRDS, List.of(new TallyInput.College("A", "A", 50),
                new TallyInput.College("B", "B", 25), new TallyInput.College("C", "C", 25)),
                List.of(in("A", "a", FOR), in("B", "b", AGAINST), in("C", "c", ABSTAIN)));
        TallyResult r = TallyEngine.tally(input);
        assertThat(r.weightedFor()).isCloseTo(50.0 / 75, within(1e-9));
        assertThat(r.adopted()).isTrue(); // exactly two thirds
        assertThat(keys(r)).contains("collegeNoVote");
    }

    @Test
    void everyResultExplainsItself() {
        TallyResult r = TallyEngine.tally(simple(0.5, 1, Majority.SIMPLE, present("a", FOR), proxy("b", "a", FOR), absent("c")));
        assertThat(keys(r)).containsSubsequence("presence", "quorumMet", "votes", "rule.SIMPLE", "adopted");
        assertThat(r.steps().get(0).args()).containsExactly("2", "3", "66.67 %");
    }

    @Test
    void scicCollegeRulesNameTheCollegeAtFault() {
        assertThat(CollegeRules.checkScic(List.of(new TallyInput.College("a", "Salariés", 20), new TallyInput.College("b", "Usagers", 40),
                new TallyInput.College("c", "Collectivités", 40)))).isEmpty();
        assertThat(CollegeRules.checkScic(List.of(new TallyInput.College("a", "Salariés", 5), new TallyInput.College("b", "Usagers", 60))))
                .extracting(CollegeRules.Problem::key, CollegeRules.Problem::college)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("tooFew", null),
                        org.assertj.core.groups.Tuple.tuple("tooLight", "Salariés"),
                        org.assertj.core.groups.Tuple.tuple("tooHeavy", "Usagers"),
                        org.assertj.core.groups.Tuple.tuple("total", null));
        assertThat(CollegeRules.checkScic(List.of(new TallyInput.College("a", "A", 10), new TallyInput.College("b", "B", 50),
                new TallyInput.College("c", "C", 39.5)))).extracting(CollegeRules.Problem::key).containsExactly("total");
    }
}
