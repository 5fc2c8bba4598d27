package fr.tierslieu.core.domain.project;

/** What a partner commits to a project. */
public enum ResourceKind {
    CASH,
    IN_KIND,
    PREMISES,
    VOLUNTEER_HOURS
}
