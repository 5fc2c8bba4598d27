package fr.tierslieu.core.domain.project;

/** Where a project stands (idée, en émergence, en cours, en pause, terminé). */
public enum ProjectStatus {
    IDEA,
    EMERGING,
    ONGOING,
    PAUSED,
    DONE
}
