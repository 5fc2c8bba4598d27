package fr.tierslieu.core.domain.project;

/** What the team noted along the journey: a point to clarify, a key success factor, a point of vigilance. */
public enum FindingKind {
    OPEN_QUESTION,
    SUCCESS_FACTOR,
    VIGILANCE
}
