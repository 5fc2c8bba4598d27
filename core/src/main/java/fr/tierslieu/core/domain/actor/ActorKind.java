package fr.tierslieu.core.domain.actor;

/** What kind of actor this is, in the categories a territorial project uses. */
public enum ActorKind {
    /** Collectivité territoriale (commune, département, région). */
    LOCAL_AUTHORITY,
    /** Établissement public de coopération intercommunale (agglomération, communauté de communes). */
    EPCI,
    /** État ou agence publique (préfecture, Banque des Territoires, ADEME…). */
    STATE_AGENCY,
    COMPANY,
    ASSOCIATION,
    /** Établissement de recherche ou de formation. */
    RESEARCH_EDUCATION,
    FUNDER,
    /** Habitant. */
    RESIDENT,
    /** Artisan. */
    CRAFTSPERSON,
    /** Indépendant. */
    FREELANCER,
    STUDENT,
    /** Demandeur d'emploi. */
    JOB_SEEKER,
    OTHER
}
