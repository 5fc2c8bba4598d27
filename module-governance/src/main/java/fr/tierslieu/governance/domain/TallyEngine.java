package fr.tierslieu.governance.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts a vote the way a general assembly or a board does, and says why.
 *
 * <ol>
 *   <li><b>Proxies.</b> An absent member is represented when its proxy holder is present and holds
 *   no more than {@code maxProxies} proxies; proxies beyond the limit (in the order given) are
 *   void and their members counted absent. A present member's proxy, a proxy to an absent member or
 *   to oneself is void too.</li>
 *   <li><b>Quorum.</b> Weight present or represented ÷ total weight ≥ quorum.</li>
 *   <li><b>Votes.</b> Only members present or represented vote; each vote weighs the member's weight.
 *   Cast votes = for + against.</li>
 *   <li><b>Colleges</b> (when there are some, e.g. in a SCIC): the same rule as without colleges,
 *   applied to shares. Each college's share of votes for is taken over the same base as the rule
 *   takes without colleges — its cast votes (for + against) for the simple and two-thirds
 *   majorities, everything its members present or represented weigh (abstentions, blank and
 *   non-votes included) for the absolute majority and unanimity. A college takes part when its base
 *   is not empty, so a college present that only abstains counts for 0 % in an absolute majority
 *   and blocks unanimity, exactly as its members would without colleges. The weighted result is
 *   Σ weight × share over the colleges taking part, divided by the sum of their weights; simple:
 *   &gt; 50 %, absolute: &gt; 50 %, two thirds: ≥ ⅔, unanimity: 100 %. With a single college of
 *   100 %, every rule gives the same result as without colleges.</li>
 *   <li><b>Without colleges</b>: simple: for &gt; against; absolute: for &gt; half of the weight
 *   present or represented; two thirds: for ≥ ⅔ of cast votes; unanimity: all present or
 *   represented vote for; consent: no reasoned objection.</li>
 * </ol>
 * The statutes may count the absolute and the two-thirds majorities over another base
 * ({@link MajorityBase}): the votes cast, the members present or represented, or all the members
 * (of each college, with colleges). Without quorum nothing is adopted. Pure and stateless.
 */
public final class TallyEngine {

    private static final double EPS = 1e-9;

    private TallyEngine() {}

    public static TallyResult tally(TallyInput in) {
        List<TallyResult.Step> steps = new ArrayList<>();
        Map<String, TallyInput.Member> byId = new LinkedHashMap<>();
        for (TallyInput.Member m : in.members()) {
            byId.put(m.id(), m);
        }
        // 1. proxies
        Map<String, Integer> held = new HashMap<>();
        Set<String> represented = new HashSet<>();
        for (TallyInput.Member m : in.members()) {
            if (m.present() || m.proxyTo() == null) {
                continue;
            }
            TallyInput.Member holder = byId.get(m.proxyTo());
            if (holder == null || !holder.present() || holder.id().equals(m.id())) {
                steps.add(TallyResult.Step.of("proxyVoidHolder", m.name()));
                continue;
            }
            int count = held.merge(holder.id(), 1, Integer::sum);
            if (count > in.maxProxies()) {
                steps.add(TallyResult.Step.of("proxyOverLimit", m.name(), holder.name(), in.maxProxies()));
                continue;
            }
            represented.add(m.id());
        }
        // 2. quorum
        double total = 0;
        double here = 0;
        for (TallyInput.Member m : in.members()) {
            total += m.votes();
            if (m.present() || represented.contains(m.id())) {
                here += m.votes();
            }
        }
        boolean quorumMet = total > 0 && here / total + EPS >= in.quorum();
        steps.add(TallyResult.Step.of("presence", fmt(here), fmt(total), pct(total == 0 ? 0 : here / total)));
        steps.add(TallyResult.Step.of(quorumMet ? "quorumMet" : "quorumMissed", pct(in.quorum())));

        // 3. votes
        Map<String, double[]> byCollege = new LinkedHashMap<>();
        Map<String, Double> collegeMembers = new HashMap<>();
        for (TallyInput.Member m : in.members()) {
            if (m.college() != null) {
                collegeMembers.merge(m.college(), m.votes(), Double::sum);
            }
        }
        double[] all = new double[5];
        List<String> objections = new ArrayList<>();
        for (TallyInput.Member m : in.members()) {
            if (!(m.present() || represented.contains(m.id()))) {
                continue;
            }
            Vote v = m.vote() == null ? Vote.NONE : m.vote();
            all[v.ordinal()] += m.votes();
            if (m.college() != null) {
                byCollege.computeIfAbsent(m.college(), k -> new double[5])[v.ordinal()] += m.votes();
            }
            if (v == Vote.AGAINST && m.objection() != null && !m.objection().isBlank()) {
                objections.add(m.name() + " : " + m.objection().strip());
            }
        }
        TallyResult.Counts counts = counts(all);
        steps.add(TallyResult.Step.of(
                "votes",
                fmt(counts.forVotes()),
                fmt(counts.against()),
                fmt(counts.abstain()),
                fmt(counts.blank()),
                fmt(counts.notVoting())));

        List<TallyResult.CollegeResult> collegeResults = new ArrayList<>();
        Double weightedFor = null;
        boolean adopted;
        if (!in.colleges().isEmpty() && in.majority() != Majority.CONSENT) {
            // the base of each college's share: what the same rule counts without colleges
            MajorityBase rule = in.effectiveBase();
            boolean overPresent = rule != MajorityBase.VOTES_CAST;
            double weightSum = 0;
            double weighted = 0;
            for (TallyInput.College c : in.colleges()) {
                double[] v = byCollege.getOrDefault(c.id(), new double[5]);
                TallyResult.Counts cc = counts(v);
                double present = cc.cast() + cc.abstain() + cc.blank() + cc.notVoting();
                double base = switch (rule) {
                    case VOTES_CAST -> cc.cast();
                    case PRESENT_REPRESENTED -> present;
                    case ALL_MEMBERS -> collegeMembers.getOrDefault(c.id(), 0.0);
                };
                Double share = base > 0 ? cc.forVotes() / base : null;
                collegeResults.add(new TallyResult.CollegeResult(c.id(), c.name(), c.weight(), cc, share));
                if (share == null) {
                    steps.add(TallyResult.Step.of("collegeNoVote", c.name(), fmt(c.weight())));
                    continue;
                }
                steps.add(TallyResult.Step.of(
                        overPresent ? "collegePresent" : "college",
                        c.name(),
                        fmt(cc.forVotes()),
                        fmt(base),
                        pct(share),
                        fmt(c.weight())));
                weightSum += c.weight();
                weighted += c.weight() * share;
            }
            if (weightSum == 0) {
                weightedFor = null;
                adopted = false;
                steps.add(TallyResult.Step.of("noCastVote"));
            } else {
                double share = weighted / weightSum;
                weightedFor = share;
                steps.add(TallyResult.Step.of("weighted", pct(share)));
                adopted = switch (in.majority()) {
                    case SIMPLE, ABSOLUTE -> share > 0.5 + EPS;
                    case TWO_THIRDS -> share + EPS >= 2.0 / 3;
                    case UNANIMITY -> share >= 1 - EPS;
                    case CONSENT -> throw new IllegalStateException();
                };
            }
        } else {
            double base = switch (in.effectiveBase()) {
                case VOTES_CAST -> counts.cast();
                case PRESENT_REPRESENTED -> here;
                case ALL_MEMBERS -> total;
            };
            adopted = switch (in.majority()) {
                case SIMPLE -> counts.forVotes() > counts.against() + EPS;
                case ABSOLUTE -> counts.forVotes() > base / 2 + EPS;
                case TWO_THIRDS -> base > 0 && counts.forVotes() + EPS >= base * 2 / 3;
                case UNANIMITY -> counts.forVotes() > 0 && Math.abs(counts.forVotes() - here) < EPS;
                case CONSENT -> objections.isEmpty();
            };
            if (in.majority() == Majority.CONSENT) {
                if (objections.isEmpty()) {
                    steps.add(TallyResult.Step.of("noObjection"));
                } else {
                    objections.forEach(o -> steps.add(TallyResult.Step.of("objection", o)));
                }
            } else if (in.majority() == Majority.SIMPLE && Math.abs(counts.forVotes() - counts.against()) < EPS) {
                steps.add(TallyResult.Step.of("tie"));
            }
        }
        steps.add(TallyResult.Step.of("rule." + in.majority().name()));
        if (in.base() != null && (in.majority() == Majority.ABSOLUTE || in.majority() == Majority.TWO_THIRDS)) {
            steps.add(TallyResult.Step.of("base." + in.base().name())); // the statutes' base, said in words
        }
        boolean result = quorumMet && adopted;
        steps.add(TallyResult.Step.of(result ? "adopted" : quorumMet ? "rejected" : "rejectedNoQuorum"));
        return new TallyResult(quorumMet, result, here, total, counts, collegeResults, weightedFor, steps);
    }

    private static TallyResult.Counts counts(double[] v) {
        return new TallyResult.Counts(
                v[Vote.FOR.ordinal()],
                v[Vote.AGAINST.ordinal()],
                v[Vote.ABSTAIN.ordinal()],
                v[Vote.BLANK.ordinal()],
                v[Vote.NONE.ordinal()]);
    }

    /** Step arguments are numbers, formatted in the reader's language by the step's message. */
    static Double fmt(double v) {
        return v;
    }

    /** A share (0–1), shown as a percentage by the step's message ({@code {n,number,percent}}-like pattern). */
    static Double pct(double share) {
        return share;
    }
}
