package fr.tierslieu.core.application.journey;

import fr.tierslieu.core.domain.project.JourneyStep;

/**
 * Progress of one step (or of the whole journey when {@code step} is null): activities done out of
 * those not skipped, expected outcomes reached.
 */
public record StepProgress(JourneyStep step, int done, int total, int outcomesReached, int outcomes) {

    /** Percentage of activities done (0 when there is none). */
    public int percent() {
        return total == 0 ? 0 : Math.round(100f * done / total);
    }
}
