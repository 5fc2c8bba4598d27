package fr.tierslieu.governance.domain;

/**
 * Legal forms a tiers-lieu takes. SCIC variants share the rules on voting colleges
 * ({@link CollegeRules}).
 */
public enum LegalForm {
    ASSOCIATION,
    SCIC_SA,
    SCIC_SAS,
    SCIC_SARL,
    SAS_ESUS,
    SCOP,
    OTHER;

    public boolean isScic() {
        return name().startsWith("SCIC");
    }
}
