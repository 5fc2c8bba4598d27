package fr.tierslieu.core.domain.actor;

/** Where the actor stands in the "cartographie des acteurs mobilisés et mobilisables". */
public enum MobilisationStatus {
    /** Already taking part. */
    MOBILISED,
    /** Could take part if asked. */
    MOBILISABLE,
    /** Needs convincing first. */
    TO_CONVINCE,
    /** Works against the project. */
    OPPOSED,
    UNKNOWN
}
