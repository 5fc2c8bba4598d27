package fr.tierslieu.governance.domain;

/** How the board is renewed, as the statutes say. */
public enum Renewal {
    /** All seats at each election. */
    WHOLE,
    /** A third each year. */
    THIRDS,
    /** Half at each election. */
    HALVES
}
