package fr.tierslieu.core.domain.project;

/** Where a need stands: nobody found yet, under discussion with someone, or covered. */
public enum NeedStatus {
    TO_FIND,
    IN_DISCUSSION,
    COVERED
}
