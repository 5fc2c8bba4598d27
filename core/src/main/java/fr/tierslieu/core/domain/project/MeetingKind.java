package fr.tierslieu.core.domain.project;

/** Kinds of meetings of the accompaniment. */
public enum MeetingKind {
    PREPARATORY,
    EXTENDED,
    WORKSHOP,
    COPIL,
    STUDY_VISIT,
    OTHER
}
