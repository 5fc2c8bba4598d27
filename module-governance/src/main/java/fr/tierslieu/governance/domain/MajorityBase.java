package fr.tierslieu.governance.domain;

/**
 * What an absolute or a two-thirds majority is counted over, as the statutes define it: the votes
 * cast (for and against), the members present or represented (abstentions and blank votes weigh
 * against), or all the members of the body (absent ones weigh against). Without a choice, the
 * absolute majority is over the members present or represented and two thirds over the votes cast.
 */
public enum MajorityBase {
    VOTES_CAST,
    PRESENT_REPRESENTED,
    ALL_MEMBERS
}
