package fr.tierslieu.governance.domain;

/**
 * How a motion is adopted, as statutes write it. "Votes cast" (suffrages exprimés) are the votes for
 * and against; abstentions and blank votes are not cast votes (French case law for associations,
 * unless the statutes say otherwise — then choose {@link #ABSOLUTE}).
 */
public enum Majority {
    /** More votes for than against. A tie rejects. */
    SIMPLE,
    /** More than half of the members present or represented vote for (abstentions weigh against). */
    ABSOLUTE,
    /** At least two thirds of the votes cast are for. */
    TWO_THIRDS,
    /** Every member present or represented votes for: no vote against, no abstention. */
    UNANIMITY,
    /** Consent: adopted unless someone raises a reasoned objection (a vote against without reason is not one). */
    CONSENT
}
