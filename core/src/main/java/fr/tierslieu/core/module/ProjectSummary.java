package fr.tierslieu.core.module;

/** What a module may read of a project (it keeps only the id). */
public record ProjectSummary(long id, String name) {}
