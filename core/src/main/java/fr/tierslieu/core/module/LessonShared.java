package fr.tierslieu.core.module;

import fr.tierslieu.core.domain.project.FindingKind;

/**
 * CDI event a module fires to write a lesson learnt at a place back to its sheet of the experience
 * library (the study trip's debrief, for instance). The core keeps one lesson per {@code (source,
 * sourceRef)}: firing the same reference again replaces its text. Fired inside the module's
 * transaction; a sheet deleted meanwhile is skipped.
 *
 * @param experienceId the sheet
 * @param kind         {@link FindingKind#SUCCESS_FACTOR} or {@link FindingKind#VIGILANCE}
 * @param text         at most 2,000 characters
 * @param tags         comma-separated, or null
 * @param source       module id
 * @param sourceRef    the module's reference (unique within the module)
 */
public record LessonShared(
        long experienceId, FindingKind kind, String text, String tags, String source, String sourceRef) {}
