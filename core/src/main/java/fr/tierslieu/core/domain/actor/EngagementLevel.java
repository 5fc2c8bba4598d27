package fr.tierslieu.core.domain.actor;

/**
 * How far the actor has committed to the project, an ordinal scale (each level includes the ones
 * before it). The levels follow the participation ladder used in territorial projects:
 * <ol start="0">
 * <li>IDENTIFIED — identifié: on the map, not yet contacted;</li>
 * <li>INFORMED — informé: knows the project exists and what it aims at;</li>
 * <li>CONSULTED — consulté: has given an opinion (interview, workshop);</li>
 * <li>CO_BUILDER — co-constructeur: works on the project with the team;</li>
 * <li>SIGNATORY — signataire: has signed a commitment (charter, agreement);</li>
 * <li>FUNDER — financeur: puts money or resources into it.</li>
 * </ol>
 */
public enum EngagementLevel {
    IDENTIFIED,
    INFORMED,
    CONSULTED,
    CO_BUILDER,
    SIGNATORY,
    FUNDER;

    /** 0 (identified) to 5 (funder). */
    public int rank() {
        return ordinal();
    }
}
