package fr.tierslieu.core.domain.project;

/** A partner's part in a responsibility: Responsible (does it), Accountable (answers for it), Consulted, Informed. */
public enum Raci {
    RESPONSIBLE,
    ACCOUNTABLE,
    CONSULTED,
    INFORMED
}
