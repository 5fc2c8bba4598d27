package fr.tierslieu.core.domain.project;

/** The steps of the accompaniment (seed): Temps 1 qualification, Temps 2 co-construction, Temps 3 modelling, and the optional study trip. */
public enum JourneyStep {
    QUALIFICATION,
    CO_CONSTRUCTION,
    MODELLING,
    STUDY_TRIP
}
