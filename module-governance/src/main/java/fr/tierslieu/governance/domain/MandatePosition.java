package fr.tierslieu.governance.domain;

/** A member's position in a body. */
public enum MandatePosition {
    PRESIDENT,
    VICE_PRESIDENT,
    TREASURER,
    SECRETARY,
    MEMBER
}
