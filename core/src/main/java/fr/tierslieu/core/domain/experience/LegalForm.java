package fr.tierslieu.core.domain.experience;

/** How the place is run, in law. */
public enum LegalForm {
    ASSOCIATION,
    SCIC,
    SCOP,
    COMPANY,
    PUBLIC_BODY,
    OTHER,
    UNKNOWN
}
