package fr.tierslieu.governance.domain;

/** A member's vote on a motion. */
public enum Vote {
    FOR,
    AGAINST,
    ABSTAIN,
    BLANK,
    NONE
}
