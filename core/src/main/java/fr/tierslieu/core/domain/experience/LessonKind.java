package fr.tierslieu.core.domain.experience;

/** A lesson learnt elsewhere: what made it work, or what to watch out for. */
public enum LessonKind {
    SUCCESS_FACTOR,
    VIGILANCE
}
