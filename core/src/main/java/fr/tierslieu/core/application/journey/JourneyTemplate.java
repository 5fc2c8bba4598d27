package fr.tierslieu.core.application.journey;

import fr.tierslieu.core.domain.project.JourneyStep;
import java.util.Map;

/**
 * The accompaniment method of the seed note: three steps (qualification, co-construction,
 * modelling) and the optional study trip, each with its activities and expected outcomes
 * ("attendus"). The texts are in the core bundle under
 * {@code core.journey.template.<STEP>.activity.<n>} and {@code core.journey.template.<STEP>.outcome.<n>}
 * (French as written in the note, English translation), so a project starts its journey in the
 * language of the person who starts it, then adapts it freely.
 */
public final class JourneyTemplate {

    /** Number of activities and of outcomes per step. */
    static final Map<JourneyStep, int[]> SIZES = Map.of(
            JourneyStep.QUALIFICATION, new int[] {6, 4},
            JourneyStep.CO_CONSTRUCTION, new int[] {3, 3},
            JourneyStep.MODELLING, new int[] {4, 5},
            JourneyStep.STUDY_TRIP, new int[] {3, 3});

    private JourneyTemplate() {}

    public static int activities(JourneyStep step) {
        return SIZES.get(step)[0];
    }

    public static int outcomes(JourneyStep step) {
        return SIZES.get(step)[1];
    }

    public static String activityKey(JourneyStep step, int n) {
        return "core.journey.template." + step.name() + ".activity." + n;
    }

    public static String outcomeKey(JourneyStep step, int n) {
        return "core.journey.template." + step.name() + ".outcome." + n;
    }
}
