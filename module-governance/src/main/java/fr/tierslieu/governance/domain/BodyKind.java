package fr.tierslieu.governance.domain;

/** Kinds of governance bodies. */
public enum BodyKind {
    GENERAL_ASSEMBLY,
    BOARD,
    BUREAU,
    COPIL,
    COMMISSION,
    OTHER
}
