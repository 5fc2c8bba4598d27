package fr.tierslieu.core.module;

/**
 * CDI event a module fires to suggest a task for a project's roadmap (a follow-up action of a
 * meeting, a lesson of the study trip). The core adds it once per {@code (source, sourceRef)} as
 * a task that is not yet linked to others; the team then schedules it.
 *
 * @param durationDays working days, 1 to 2000
 */
public record TaskSuggested(long projectId, String name, int durationDays, String source, String sourceRef) {}
