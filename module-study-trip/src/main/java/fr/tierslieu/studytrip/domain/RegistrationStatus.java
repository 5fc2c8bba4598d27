package fr.tierslieu.studytrip.domain;

/** Where a registration stands. */
public enum RegistrationStatus {
    CONFIRMED,
    WAITING,
    CANCELLED
}
