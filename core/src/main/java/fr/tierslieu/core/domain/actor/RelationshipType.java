package fr.tierslieu.core.domain.actor;

/** The kind of tie between two actors, read "source → target". */
public enum RelationshipType {
    /** Partenaire de. */
    PARTNER,
    /** Financeur de. */
    FUNDS,
    /** Membre de. */
    MEMBER_OF,
    /** Fournisseur de. */
    SUPPLIES,
    /** En conflit avec. */
    CONFLICT,
    OTHER
}
