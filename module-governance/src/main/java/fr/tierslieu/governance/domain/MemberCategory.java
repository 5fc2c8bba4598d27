package fr.tierslieu.governance.domain;

/**
 * The categories of the register. An association's statutes name its members (loi du 1er juillet
 * 1901: membres actifs, bienfaiteurs, d'honneur, and legal persons represented by a natural person);
 * a SCIC's associates fall into the categories of art. 19 septies of loi n° 47-1775 (employees or
 * producers, beneficiaries, and others: volunteers, local authorities, supporters).
 */
public enum MemberCategory {
    ACTIVE,
    BENEFACTOR,
    HONORARY,
    LEGAL_PERSON,
    EMPLOYEE,
    PRODUCER,
    BENEFICIARY,
    VOLUNTEER,
    PUBLIC_BODY,
    SUPPORTER;

    /** A category of associates of a SCIC (cooperative shares), not of an association. */
    public boolean cooperative() {
        return ordinal() >= EMPLOYEE.ordinal();
    }
}
