package fr.tierslieu.core.domain.impact;

/** The themes of the panorama, in the order it shows them (the last for the team's own). */
public enum Theme {
    PUBLICS,
    ACTIVITY,
    EMPLOYMENT,
    VOLUNTEERING,
    GOVERNANCE,
    ECONOMIC_MODEL,
    TERRITORY,
    CUSTOM
}
