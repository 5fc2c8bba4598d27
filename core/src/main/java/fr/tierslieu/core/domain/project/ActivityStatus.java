package fr.tierslieu.core.domain.project;

/** Where an activity of the journey stands; skipped activities do not count in the progress. */
public enum ActivityStatus {
    TODO,
    IN_PROGRESS,
    DONE,
    SKIPPED
}
