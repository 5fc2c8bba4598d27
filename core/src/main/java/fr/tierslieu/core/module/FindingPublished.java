package fr.tierslieu.core.module;

import fr.tierslieu.core.domain.project.FindingKind;
import fr.tierslieu.core.domain.project.JourneyStep;

/**
 * CDI event a module fires to add an open question, a key success factor or a point of vigilance
 * to a project (the study trip's "rapport d'étonnement", for instance). The core stores it once
 * per {@code (source, sourceRef)}: firing the same reference again updates the text instead of
 * adding a duplicate. Fired inside the module's transaction, it is saved or rolled back with it.
 *
 * @param projectId the project concerned
 * @param kind      an open question, a key success factor or a point of vigilance
 * @param text      the finding, at most 2,000 characters
 * @param step      the journey's step it belongs to, or null
 * @param actorId   actor who raised it, or null
 * @param source    module id
 * @param sourceRef the module's reference of the finding (unique within the module)
 */
public record FindingPublished(
        long projectId,
        FindingKind kind,
        String text,
        JourneyStep step,
        Long actorId,
        String source,
        String sourceRef) {}
