package fr.tierslieu.core.module;

/**
 * CDI event fired inside the transaction that deletes a project, before the project row goes:
 * modules observe it to detach their records that refer to the project (an economic model, a
 * governing body, a study trip), so no id dangles. If an observer throws, the deletion is rolled
 * back.
 */
public record ProjectDeleted(long projectId, String name) {}
