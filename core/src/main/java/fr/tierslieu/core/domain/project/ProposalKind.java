package fr.tierslieu.core.domain.project;

/** What a workshop participant proposes. */
public enum ProposalKind {
    /** An actor missing from the map. */
    ACTOR,
    /** A tie between two actors. */
    RELATIONSHIP,
    /** Their own organisation's engagement in the project. */
    ENGAGEMENT,
    /** What they expect of the project. */
    EXPECTATION
}
