package fr.tierslieu.governance.domain;

import java.util.List;

/**
 * Everything the tally engine needs: the body's rules, its colleges (empty when votes are not
 * weighted), and every member with attendance, proxy and vote.
 *
 * @param quorum            share of the members' voting weight that must be present or represented
 *                          (0 for none), e.g. 0.25
 * @param maxProxies        proxies one member may hold (0 = no proxies allowed)
 * @param majority          adoption rule
 * @param colleges          voting colleges with their weight in percent; empty for one member one vote
 * @param members           the body's members
 * @param base              what an absolute or two-thirds majority is counted over (statutes), or
 *                          null for the rule's usual base
 */
public record TallyInput(
        double quorum,
        int maxProxies,
        Majority majority,

        @fr.tierslieu.core.domain.shared.MaxItems(TallyInput.MAX_COLLEGES)
        List<College> colleges,

        @fr.tierslieu.core.domain.shared.MaxItems(TallyInput.MAX_MEMBERS)
        List<Member> members,

        MajorityBase base) {

    /** The canonical constructor, the one JSON-B reads a body with (« base » may be left out). */
    @jakarta.json.bind.annotation.JsonbCreator
    public TallyInput {}

    /** The rule's usual base. */
    public TallyInput(double quorum, int maxProxies, Majority majority, List<College> colleges, List<Member> members) {
        this(quorum, maxProxies, majority, colleges, members, null);
    }

    /** What the majority is counted over: the statutes' choice, else the rule's usual base. */
    public MajorityBase effectiveBase() {
        if (majority == Majority.UNANIMITY) {
            return MajorityBase.PRESENT_REPRESENTED;
        }
        if (majority == Majority.ABSOLUTE || majority == Majority.TWO_THIRDS) {
            return base != null
                    ? base
                    : majority == Majority.ABSOLUTE ? MajorityBase.PRESENT_REPRESENTED : MajorityBase.VOTES_CAST;
        }
        return MajorityBase.VOTES_CAST;
    }

    /** Members of one vote at most (the simulator page and the REST API). */
    public static final int MAX_MEMBERS = 1000;
    /** Colleges of one vote at most; the law allows 3 to 10 in a SCIC ({@link CollegeRules}), more is refused outright. */
    public static final int MAX_COLLEGES = 20;

    /** A voting college and its share of the result, in percent. */
    public record College(String id, String name, double weight) implements java.io.Serializable {}

    /**
     * @param id        unique within the input
     * @param weight    votes of the member (null means 1; shares in some cooperatives)
     * @param college   id of its college, or null when there are no colleges
     * @param present   attends the meeting
     * @param proxyTo   id of the present member holding its proxy, or null
     * @param vote      its vote (cast by itself, or by its proxy holder)
     * @param objection reason of its objection, for consent decisions
     */
    public record Member(
            String id,
            String name,
            Double weight,
            String college,
            boolean present,
            String proxyTo,
            Vote vote,
            String objection)
            implements java.io.Serializable {
        /** The member's votes: 1 unless given. */
        public double votes() {
            return weight == null ? 1 : weight;
        }
    }
}
