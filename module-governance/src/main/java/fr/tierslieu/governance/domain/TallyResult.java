package fr.tierslieu.governance.domain;

import java.util.List;

/**
 * What the tally engine says, with the computation step by step. Each step is a message key (in
 * the module's bundle, under {@code governance.tally.step.}) and its arguments, so the page shows
 * it in the user's language.
 */
public record TallyResult(
        boolean quorumMet,
        boolean adopted,
        double represented,
        double total,
        Counts counts,
        List<CollegeResult> colleges,
        Double weightedFor,
        List<Step> steps) {

    /** Votes by kind, in voting weight. */
    public record Counts(double forVotes, double against, double abstain, double blank, double notVoting) {
        public double cast() {
            return forVotes + against;
        }
    }

    /** One college's result: its share of votes for among its cast votes (null when nobody voted). */
    public record CollegeResult(String id, String name, double weight, Counts counts, Double forShare) {}

    public record Step(String key, List<Object> args) {
        public static Step of(String key, Object... args) {
            return new Step(key, List.of(args));
        }
    }
}
