package fr.tierslieu.governance.domain;

import static fr.tierslieu.governance.domain.Vote.ABSTAIN;
import static fr.tierslieu.governance.domain.Vote.AGAINST;
import static fr.tierslieu.governance.domain.Vote.FOR;
import static fr.tierslieu.governance.domain.Vote.NONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

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
        TallyResult r = TallyEngine.tally(
                simple(0.25, 0, Majority.SIMPLE, present("a", FOR), absent("b"), absent("c"), absent("d")));
        assertThat(r.quorumMet()).isTrue();
        assertThat(r.adopted()).isTrue();
        TallyResult below = TallyEngine.tally(
                simple(0.26, 0, Majority.SIMPLE, present("a", FOR), absent("b"), absent("c"), absent("d")));
        assertThat(below.quorumMet()).isFalse();
        assertThat(below.adopted()).isFalse();
        assertThat(keys(below)).contains("quorumMissed", "rejectedNoQuorum");
    }

    @Test
    void aTieRejectsUnderSimpleMajority() {
        TallyResult r = TallyEngine.tally(
                simple(0, 0, Majority.SIMPLE, present("a", FOR), present("b", AGAINST), present("c", ABSTAIN)));
        assertThat(r.adopted()).isFalse();
        assertThat(keys(r)).contains("tie", "rejected");
    }

    @Test
    void abstentionsDoNotCountUnderSimpleMajorityButDoUnderAbsolute() {
        TallyInput.Member[] ms = {
            present("a", FOR), present("b", FOR), present("c", AGAINST), present("d", ABSTAIN), present("e", ABSTAIN)
        };
        assertThat(TallyEngine.tally(simple(0, 0, Majority.SIMPLE, ms)).adopted())
                .isTrue();
        assertThat(TallyEngine.tally(simple(0, 0, Majority.ABSOLUTE, ms)).adopted())
                .isFalse(); // 2 of 5 present
    }

    @Test
    void twoThirdsBoundary() {
        assertThat(TallyEngine.tally(simple(
                                0, 0, Majority.TWO_THIRDS, present("a", FOR), present("b", FOR), present("c", AGAINST)))
                        .adopted())
                .isTrue();
        assertThat(TallyEngine.tally(simple(
                                0,
                                0,
                                Majority.TWO_THIRDS,
                                present("a", FOR),
                                present("b", FOR),
                                present("c", AGAINST),
                                present("d", AGAINST)))
                        .adopted())
                .isFalse();
    }

    @Test
    void unanimityFailsOnOneAbstention() {
        assertThat(TallyEngine.tally(simple(0, 0, Majority.UNANIMITY, present("a", FOR), present("b", FOR)))
                        .adopted())
                .isTrue();
        assertThat(TallyEngine.tally(simple(0, 0, Majority.UNANIMITY, present("a", FOR), present("b", ABSTAIN)))
                        .adopted())
                .isFalse();
    }

    @Test
    void consentFailsOnlyOnAReasonedObjection() {
        TallyInput.Member reasoned =
                new TallyInput.Member("c", "Claire", 1.0, null, true, null, AGAINST, "Coût non financé");
        TallyResult blocked = TallyEngine.tally(simple(0, 0, Majority.CONSENT, present("a", FOR), reasoned));
        assertThat(blocked.adopted()).isFalse();
        assertThat(blocked.steps())
                .anyMatch(s -> s.key().equals("objection")
                        && s.args().get(0).toString().contains("Coût non financé"));
        TallyResult passes = TallyEngine.tally(
                simple(0, 0, Majority.CONSENT, present("a", FOR), present("b", AGAINST), present("c", ABSTAIN)));
        assertThat(passes.adopted()).isTrue();
    }

    @Test
    void proxiesCountForQuorumAndVotesUpToTheLimit() {
        // a holds 3 proxies but only 2 are allowed: the third member is absent
        TallyResult r = TallyEngine.tally(simple(
                0.8,
                2,
                Majority.SIMPLE,
                present("a", FOR),
                proxy("b", "a", FOR),
                proxy("c", "a", FOR),
                proxy("d", "a", FOR),
                present("e", AGAINST)));
        assertThat(r.represented()).isEqualTo(4);
        assertThat(r.quorumMet()).isTrue(); // 4 of 5 = 80 %
        assertThat(r.counts().forVotes()).isEqualTo(3);
        assertThat(r.steps())
                .anyMatch(
                        s -> s.key().equals("proxyOverLimit") && s.args().get(0).equals("d"));
        TallyResult none = TallyEngine.tally(
                simple(0.5, 0, Majority.SIMPLE, present("a", FOR), proxy("b", "a", FOR), absent("c")));
        assertThat(none.quorumMet()).isFalse();
    }

    @Test
    void proxyToAnAbsentMemberOrToOneselfIsVoid() {
        TallyResult r = TallyEngine.tally(simple(
                0,
                3,
                Majority.SIMPLE,
                present("a", FOR),
                absent("b"),
                proxy("c", "b", AGAINST),
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
        TallyInput input = new TallyInput(
                0,
                0,
                Majority.SIMPLE,
                List.of(
                        new TallyInput.College("F", "Fondateurs", 40),
                        new TallyInput.College("P", "Collectivités", 30),
                        new TallyInput.College("U", "Usagers", 30)),
                ms);
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
        TallyInput input = new TallyInput(
                0,
                0,
                Majority.TWO_THIRDS,
                List.of(
                        new TallyInput.College("A", "A", 50),
                        new TallyInput.College("B", "B", 25),
                        new TallyInput.College("C", "C", 25)),
                List.of(in("A", "a", FOR), in("B", "b", AGAINST), in("C", "c", ABSTAIN)));
        TallyResult r = TallyEngine.tally(input);
        assertThat(r.weightedFor()).isCloseTo(50.0 / 75, within(1e-9));
        assertThat(r.adopted()).isTrue(); // exactly two thirds
        assertThat(keys(r)).contains("collegeNoVote");
    }

    @Test
    void everyResultExplainsItself() {
        TallyResult r = TallyEngine.tally(
                simple(0.5, 1, Majority.SIMPLE, present("a", FOR), proxy("b", "a", FOR), absent("c")));
        assertThat(keys(r)).containsSubsequence("presence", "quorumMet", "votes", "rule.SIMPLE", "adopted");
        assertThat(r.steps().get(0).args()).containsExactly(2.0, 3.0, 2.0 / 3);
    }

    // ---- colleges follow the same rules as members (field trial, item 14) ----------------------

    static final List<TallyInput.College> ABC = List.of(
            new TallyInput.College("A", "A", 50),
            new TallyInput.College("B", "B", 30),
            new TallyInput.College("C", "C", 20));

    @Test
    void aCollegePresentThatOnlyAbstainsBlocksUnanimity() {
        List<TallyInput.Member> votes = List.of(in("A", "a", FOR), in("B", "b", FOR), in("C", "c", ABSTAIN));
        TallyResult weighted = TallyEngine.tally(new TallyInput(0, 0, Majority.UNANIMITY, ABC, votes));
        TallyResult raw = TallyEngine.tally(new TallyInput(0, 0, Majority.UNANIMITY, List.of(), votes));
        assertThat(raw.adopted()).isFalse();
        assertThat(weighted.adopted()).isFalse();
        assertThat(weighted.weightedFor()).isCloseTo(0.8, within(1e-9));
    }

    @Test
    void anAbstainingCollegeCountsInTheAbsoluteMajority() {
        List<TallyInput.Member> votes = List.of(in("A", "a", FOR), in("B", "b", AGAINST), in("C", "c", ABSTAIN));
        TallyResult r = TallyEngine.tally(new TallyInput(0, 0, Majority.ABSOLUTE, ABC, votes));
        assertThat(r.weightedFor()).isCloseTo(0.5, within(1e-9)); // not 62.5 %: C's abstention counts
        assertThat(r.adopted()).isFalse();
        // the simple majority still ignores abstentions, with colleges as without
        TallyResult simple = TallyEngine.tally(new TallyInput(0, 0, Majority.SIMPLE, ABC, votes));
        assertThat(simple.weightedFor()).isCloseTo(50.0 / 80, within(1e-9));
        assertThat(simple.adopted()).isTrue();
    }

    /** One college holding 100 % of the votes must decide exactly as no college at all, for every rule. */
    @Test
    void oneCollegeOfAHundredPercentIsTheSameAsNoCollege() {
        java.util.Random random = new java.util.Random(20261128);
        Vote[] kinds = {FOR, AGAINST, ABSTAIN, Vote.BLANK, NONE};
        Majority[] rules = {Majority.SIMPLE, Majority.ABSOLUTE, Majority.TWO_THIRDS, Majority.UNANIMITY};
        for (int run = 0; run < 2_000; run++) {
            int n = 1 + random.nextInt(12);
            List<TallyInput.Member> plain = new ArrayList<>();
            List<TallyInput.Member> inCollege = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                boolean present = random.nextInt(5) > 0;
                String proxy = !present && random.nextBoolean() ? "m" + random.nextInt(n) : null;
                double weight = 1 + random.nextInt(3);
                Vote v = kinds[random.nextInt(kinds.length)];
                plain.add(new TallyInput.Member("m" + i, "m" + i, weight, null, present, proxy, v, null));
                inCollege.add(new TallyInput.Member("m" + i, "m" + i, weight, "all", present, proxy, v, null));
            }
            double quorum = random.nextInt(4) * 0.25;
            int proxies = random.nextInt(3);
            Majority rule = rules[random.nextInt(rules.length)];
            TallyResult without = TallyEngine.tally(new TallyInput(quorum, proxies, rule, List.of(), plain));
            TallyResult with = TallyEngine.tally(new TallyInput(
                    quorum, proxies, rule, List.of(new TallyInput.College("all", "Tous", 100)), inCollege));
            assertThat(with.quorumMet()).as("run %d quorum", run).isEqualTo(without.quorumMet());
            assertThat(with.adopted()).as("run %d %s %s", run, rule, plain).isEqualTo(without.adopted());
        }
    }

    /** Splitting members into colleges of weights proportional to their votes changes no result. */
    @Test
    void collegesWeightedLikeTheirMembersGiveTheUnweightedResult() {
        java.util.Random random = new java.util.Random(7);
        Vote[] kinds = {FOR, AGAINST, ABSTAIN, NONE};
        Majority[] rules = {Majority.SIMPLE, Majority.ABSOLUTE, Majority.TWO_THIRDS, Majority.UNANIMITY};
        for (int run = 0; run < 1_000; run++) {
            // every college has the same number of members, all present: each weighs the same share
            int colleges = 2 + random.nextInt(3);
            int per = 1 + random.nextInt(4);
            List<TallyInput.College> cs = new ArrayList<>();
            List<TallyInput.Member> plain = new ArrayList<>();
            List<TallyInput.Member> split = new ArrayList<>();
            for (int c = 0; c < colleges; c++) {
                cs.add(new TallyInput.College("c" + c, "c" + c, 100.0 / colleges));
                for (int i = 0; i < per; i++) {
                    Vote v = kinds[random.nextInt(kinds.length)];
                    plain.add(new TallyInput.Member("m" + c + i, "m", 1.0, null, true, null, v, null));
                    split.add(new TallyInput.Member("m" + c + i, "m", 1.0, "c" + c, true, null, v, null));
                }
            }
            Majority rule = rules[random.nextInt(rules.length)];
            if (rule == Majority.SIMPLE || rule == Majority.TWO_THIRDS) {
                continue; // over cast votes, colleges' bases differ by their abstentions: not comparable
            }
            TallyResult without = TallyEngine.tally(new TallyInput(0, 0, rule, List.of(), plain));
            TallyResult with = TallyEngine.tally(new TallyInput(0, 0, rule, cs, split));
            assertThat(with.adopted()).as("run %d %s", run, rule).isEqualTo(without.adopted());
        }
    }

    @Test
    void scicCollegeRulesNameTheCollegeAtFault() {
        assertThat(CollegeRules.checkScic(List.of(
                        new TallyInput.College("a", "Salariés", 20),
                        new TallyInput.College("b", "Usagers", 40),
                        new TallyInput.College("c", "Collectivités", 40))))
                .isEmpty();
        assertThat(CollegeRules.checkScic(List.of(
                        new TallyInput.College("a", "Salariés", 5), new TallyInput.College("b", "Usagers", 60))))
                .extracting(CollegeRules.Problem::key, CollegeRules.Problem::college)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("tooFew", null),
                        org.assertj.core.groups.Tuple.tuple("tooLight", "Salariés"),
                        org.assertj.core.groups.Tuple.tuple("tooHeavy", "Usagers"),
                        org.assertj.core.groups.Tuple.tuple("total", null));
        assertThat(CollegeRules.checkScic(List.of(
                        new TallyInput.College("a", "A", 10),
                        new TallyInput.College("b", "B", 50),
                        new TallyInput.College("c", "C", 39.5))))
                .extracting(CollegeRules.Problem::key)
                .containsExactly("total");
    }

    private static List<TallyInput.College> colleges(double... weights) {
        List<TallyInput.College> out = new java.util.ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            out.add(new TallyInput.College("c" + i, "Collège " + (i + 1), weights[i]));
        }
        return out;
    }

    @Test
    void collegesAreOptionalThenThreeToTenEachTenToFiftyPercent() {
        // no college: one associate, one vote — nothing to check
        assertThat(CollegeRules.checkScic(List.of())).isEmpty();
        // 2, 3, 10, 11 colleges (weights that sum to 100 and stay within 10–50 %)
        assertThat(CollegeRules.checkScic(colleges(50, 50)))
                .extracting(CollegeRules.Problem::key)
                .containsExactly("tooFew");
        assertThat(CollegeRules.checkScic(colleges(40, 30, 30))).isEmpty();
        assertThat(CollegeRules.checkScic(colleges(10, 10, 10, 10, 10, 10, 10, 10, 10, 10)))
                .isEmpty();
        assertThat(CollegeRules.checkScic(colleges(10, 10, 10, 10, 10, 10, 10, 10, 10, 5, 5)))
                .extracting(CollegeRules.Problem::key)
                .containsExactly("tooMany", "tooLight", "tooLight");
        // 9.99 / 10 / 50 / 50.01 %
        assertThat(CollegeRules.checkScic(colleges(9.99, 40.01, 50)))
                .extracting(CollegeRules.Problem::key)
                .containsExactly("tooLight");
        assertThat(CollegeRules.checkScic(colleges(10, 40, 50))).isEmpty();
        assertThat(CollegeRules.checkScic(colleges(50.01, 39.99, 10)))
                .extracting(CollegeRules.Problem::key)
                .containsExactly("tooHeavy");
    }

    @Test
    void theStatutesChooseWhatTheMajorityIsCountedOver() {
        // 10 members; 7 present: 4 for, 1 against, 2 abstain; 3 absent
        List<TallyInput.Member> ms = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ms.add(present("for" + i, Vote.FOR));
        }
        ms.add(present("against", Vote.AGAINST));
        ms.add(present("abs1", Vote.ABSTAIN));
        ms.add(present("abs2", Vote.ABSTAIN));
        for (int i = 0; i < 3; i++) {
            ms.add(absent("away" + i));
        }
        // absolute majority: 4 > 5/2 of the votes cast (adopted); 4 > 7/2 of the present (adopted); 4 > 10/2 of all
        // (rejected)
        assertThat(TallyEngine.tally(new TallyInput(0, 0, Majority.ABSOLUTE, List.of(), ms, MajorityBase.VOTES_CAST))
                        .adopted())
                .isTrue();
        assertThat(TallyEngine.tally(new TallyInput(
                                0, 0, Majority.ABSOLUTE, List.of(), ms, MajorityBase.PRESENT_REPRESENTED))
                        .adopted())
                .isTrue();
        TallyResult all =
                TallyEngine.tally(new TallyInput(0, 0, Majority.ABSOLUTE, List.of(), ms, MajorityBase.ALL_MEMBERS));
        assertThat(all.adopted()).isFalse();
        assertThat(keys(all)).contains("base.ALL_MEMBERS");
        // the usual base of the absolute majority is the present and represented
        assertThat(TallyEngine.tally(new TallyInput(0, 0, Majority.ABSOLUTE, List.of(), ms))
                        .adopted())
                .isTrue();
        // two thirds: 4 ≥ ⅔ × 5 cast (adopted); 4 < ⅔ × 7 present (rejected); usual = votes cast
        assertThat(TallyEngine.tally(new TallyInput(0, 0, Majority.TWO_THIRDS, List.of(), ms))
                        .adopted())
                .isTrue();
        assertThat(TallyEngine.tally(new TallyInput(
                                0, 0, Majority.TWO_THIRDS, List.of(), ms, MajorityBase.PRESENT_REPRESENTED))
                        .adopted())
                .isFalse();
        // one more for among the present: 5 > 10/2 is still not a majority of all members; 6 is
        ms.set(4, present("against", Vote.FOR));
        assertThat(TallyEngine.tally(new TallyInput(0, 0, Majority.ABSOLUTE, List.of(), ms, MajorityBase.ALL_MEMBERS))
                        .adopted())
                .isFalse();
        ms.set(5, present("abs1", Vote.FOR));
        assertThat(TallyEngine.tally(new TallyInput(0, 0, Majority.ABSOLUTE, List.of(), ms, MajorityBase.ALL_MEMBERS))
                        .adopted())
                .isTrue();
    }

    @Test
    void withCollegesTheBaseIsEachCollegesOwn() {
        // two colleges of 50 %; A: 2 of 4 members present, both for; B: 3 of 3 present, 2 for 1 against
        List<TallyInput.College> ab =
                List.of(new TallyInput.College("A", "A", 50), new TallyInput.College("B", "B", 50));
        List<TallyInput.Member> ms = List.of(
                in("A", "a1", Vote.FOR),
                in("A", "a2", Vote.FOR),
                new TallyInput.Member("a3", "a3", 1.0, "A", false, null, NONE, null),
                new TallyInput.Member("a4", "a4", 1.0, "A", false, null, NONE, null),
                in("B", "b1", Vote.FOR),
                in("B", "b2", Vote.FOR),
                in("B", "b3", Vote.AGAINST));
        // over the present: A 100 %, B 66.7 % → 83.3 %; over all members: A 50 %, B 66.7 % → 58.3 %, still adopted
        TallyResult present =
                TallyEngine.tally(new TallyInput(0, 0, Majority.ABSOLUTE, ab, ms, MajorityBase.PRESENT_REPRESENTED));
        TallyResult all = TallyEngine.tally(new TallyInput(0, 0, Majority.ABSOLUTE, ab, ms, MajorityBase.ALL_MEMBERS));
        assertThat(present.weightedFor()).isCloseTo(5.0 / 6, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(all.weightedFor()).isCloseTo(7.0 / 12, org.assertj.core.api.Assertions.within(1e-9));
        // two thirds over all members: 58.3 % is not enough
        assertThat(TallyEngine.tally(new TallyInput(0, 0, Majority.TWO_THIRDS, ab, ms, MajorityBase.ALL_MEMBERS))
                        .adopted())
                .isFalse();
    }
}
