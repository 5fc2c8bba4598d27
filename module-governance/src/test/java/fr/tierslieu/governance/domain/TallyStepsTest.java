package fr.tierslieu.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A vote's steps are kept as numbers and names, and always fit their column. */
class TallyStepsTest {

    @Test
    void numbersStayNumbers() {
        List<TallyResult.Step> steps = List.of(
                TallyResult.Step.of("presence", 7.0, 9.0, 0.7777777),
                TallyResult.Step.of("proxyOverLimit", "Anne", "Bruno", 1),
                TallyResult.Step.of("adopted"));
        List<TallyResult.Step> back = TallySteps.fromJson(TallySteps.toJson(steps, Resolution.STEPS_MAX));
        assertThat(back).extracting(TallyResult.Step::key).containsExactly("presence", "proxyOverLimit", "adopted");
        assertThat(back.get(0).args()).containsExactly(7.0, 9.0, 0.7777777);
        assertThat(back.get(1).args()).containsExactly("Anne", "Bruno", 1L);
    }

    @Test
    void longObjectionsAreShortenedNeverTheNumbers() {
        List<TallyResult.Step> steps = new ArrayList<>();
        steps.add(TallyResult.Step.of("presence", 200.0, 200.0, 1.0));
        for (int i = 0; i < 200; i++) {
            steps.add(TallyResult.Step.of("objection", "x".repeat(2000)));
        }
        String json = TallySteps.toJson(steps, Resolution.STEPS_MAX);
        assertThat(json.length()).isLessThanOrEqualTo(Resolution.STEPS_MAX);
        assertThat(TallySteps.fromJson(json))
                .hasSize(201)
                .first()
                .extracting(TallyResult.Step::args)
                .isEqualTo(List.of(200.0, 200.0, 1.0));
    }

    @Test
    void nothingStoredReadsAsNoStep() {
        assertThat(TallySteps.fromJson(null)).isEmpty();
    }
}
