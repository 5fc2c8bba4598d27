package fr.tierslieu.core.domain.actor;

/** The actor's attitude toward the project. */
public enum Stance {
    ALLY,
    NEUTRAL,
    OPPONENT
}
