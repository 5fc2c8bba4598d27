package fr.tierslieu.core.application.journey;

import fr.tierslieu.core.domain.project.ActivityStatus;
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

    /**
     * Counts activities and outcomes — one at a time or already grouped — into a line per step of
     * the method and a last line for the whole journey: the one rule of what progress means (a
     * skipped activity counts for nothing; done out of the others; outcomes reached out of all).
     */
    public static final class Tally {
        private final java.util.Map<JourneyStep, long[]> byStep = new java.util.EnumMap<>(JourneyStep.class);

        public Tally() {
            for (JourneyStep step : JourneyStep.values()) {
                byStep.put(step, new long[4]);
            }
        }

        /** {@code count} activities of {@code step} in {@code status}. */
        public Tally activities(JourneyStep step, ActivityStatus status, long count) {
            if (status != ActivityStatus.SKIPPED) {
                long[] c = byStep.get(step);
                c[1] += count;
                c[0] += status == ActivityStatus.DONE ? count : 0;
            }
            return this;
        }

        /** {@code count} expected outcomes of {@code step}, reached or not. */
        public Tally outcomes(JourneyStep step, boolean reached, long count) {
            long[] c = byStep.get(step);
            c[3] += count;
            c[2] += reached ? count : 0;
            return this;
        }

        /** A line per step in the method's order, then the whole journey's (step null). */
        public java.util.List<StepProgress> lines() {
            java.util.List<StepProgress> lines = new java.util.ArrayList<>();
            long[] all = new long[4];
            for (java.util.Map.Entry<JourneyStep, long[]> e : byStep.entrySet()) {
                long[] c = e.getValue();
                lines.add(new StepProgress(e.getKey(), (int) c[0], (int) c[1], (int) c[2], (int) c[3]));
                for (int i = 0; i < 4; i++) {
                    all[i] += c[i];
                }
            }
            lines.add(new StepProgress(null, (int) all[0], (int) all[1], (int) all[2], (int) all[3]));
            return lines;
        }
    }
}
