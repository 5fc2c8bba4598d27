package fr.tierslieu.core.domain.impact;

/** How often the team means to collect an indicator (the panorama keeps one figure a year). */
public enum Frequency {
    YEARLY,
    QUARTERLY,
    MONTHLY
}
