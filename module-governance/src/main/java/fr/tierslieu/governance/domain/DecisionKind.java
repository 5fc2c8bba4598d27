package fr.tierslieu.governance.domain;

/**
 * What a resolution decides, as statutes distinguish them: each kind may count its majority over
 * its own base (see {@link Body#baseFor}); ordinary decisions use the body's usual rule.
 */
public enum DecisionKind {
    ORDINARY,
    STATUTES,
    DISSOLUTION,
    EXCLUSION
}
