package fr.tierslieu.core.domain.impact;

/** Units of the common base; the team's own indicators name theirs freely. */
public enum Unit {
    PEOPLE,
    ORGANISATIONS,
    EVENTS,
    MEETINGS,
    SERVICES,
    SQUARE_METRES,
    FTE,
    CONTRACTS,
    HOURS,
    EUROS,
    PERCENT
}
