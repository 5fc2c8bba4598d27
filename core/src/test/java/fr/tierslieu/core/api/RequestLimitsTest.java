package fr.tierslieu.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.core.testsupport.TestModules;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The limits every REST body meets: bounded error reports, JSON depth, list and matrix sizes. */
class RequestLimitsTest {

    @Test
    void aHundredThousandViolationsKeepTheFirstFiftyAndTheirCount() {
        List<ValidationFailure.Violation> many = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            many.add(new ValidationFailure.Violation("passengers[" + i + "]", "coordonnées manquantes"));
        }
        ValidationFailure failure = new ValidationFailure(many);
        assertThat(failure.getViolations()).hasSize(ValidationFailure.MAX_REPORTED);
        assertThat(failure.getViolations().get(49).field()).isEqualTo("passengers[49]");
        assertThat(failure.total()).isEqualTo(100_000);
        // the summary is bounded too: 50 violations and a count, not 100,000 of them
        assertThat(failure.getMessage()).hasSizeLessThan(3_000).endsWith("(99950 more)");
    }

    @Test
    void onlyWorkspaceDocumentsAndModuleFileImportsMayBeLargerThanABody() {
        assertThat(RequestLimits.maxBodyBytes("/api/core/actors")).isEqualTo(RequestLimits.MAX_BODY_BYTES);
        assertThat(RequestLimits.maxBodyBytes("/api/admin/workspace")).isEqualTo(RequestLimits.MAX_WORKSPACE_BYTES);
        assertThat(RequestLimits.maxBodyBytes("/api/economy/models/12/import/fec"))
                .isEqualTo(RequestLimits.MAX_IMPORT_BYTES);
        assertThat(RequestLimits.maxBodyBytes("/api/economy/models/12/import/fec/x"))
                .isEqualTo(RequestLimits.MAX_BODY_BYTES);
        assertThat(RequestLimits.maxBodyBytes("/api/economy/forecast")).isEqualTo(RequestLimits.MAX_BODY_BYTES);
    }

    @Test
    void fewViolationsAreAllKept() {
        ValidationFailure failure = new ValidationFailure(
                List.of(new ValidationFailure.Violation("a", "x"), new ValidationFailure.Violation(null, "y")));
        assertThat(failure.getViolations()).hasSize(2);
        assertThat(failure.total()).isEqualTo(2);
        assertThat(failure.getMessage()).isEqualTo("a: x; y");
    }

    @Test
    void jsonDepthSkipsStringsAndStopsAtTheLimit() {
        assertThat(depth("{\"a\":[1,{\"b\":[]}]}")).isEqualTo(4);
        assertThat(depth("{\"a\":\"[[[[[[\\\"[[[\"}")).isEqualTo(1);
        assertThat(depth("[]")).isEqualTo(1);
        assertThat(depth("12")).isZero();
        String deep = "[".repeat(5_000) + "]".repeat(5_000);
        assertThat(depth(deep)).isEqualTo(RequestLimits.MAX_JSON_DEPTH + 1);
        assertThat(depth("[".repeat(RequestLimits.MAX_JSON_DEPTH) + "]".repeat(RequestLimits.MAX_JSON_DEPTH)))
                .isEqualTo(RequestLimits.MAX_JSON_DEPTH);
    }

    @Test
    void mactorBodiesLargerThanThePageAreRefusedNamingTheField() {
        var validation = TestModules.validation();
        List<String> names = new ArrayList<>(Collections.nCopies(81, "x"));
        var tooMany = new MactorResource.Request(names, List.of("o"), new int[81][81], new int[81][1], null);
        assertThatThrownBy(() -> validation.check(tooMany, Locale.FRENCH))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        f -> assertThat(f.getViolations())
                                .extracting(ValidationFailure.Violation::field)
                                .containsExactly("actors", "mid", "positions"));
        var wideRows = new MactorResource.Request(
                List.of("a"), List.of("o"), new int[][] {new int[2000]}, new int[][] {new int[61]}, null);
        assertThatThrownBy(() -> validation.check(wideRows, Locale.ENGLISH))
                .isInstanceOfSatisfying(ValidationFailure.class, f -> {
                    assertThat(f.getViolations())
                            .extracting(ValidationFailure.Violation::field)
                            .containsExactly("mid", "positions");
                    assertThat(f.getViolations().get(0).message())
                            .isEqualTo("at most 80 rows of 80 cells: make the matrix smaller");
                });
        var fine = new MactorResource.Request(
                Collections.nCopies(80, "x"),
                Collections.nCopies(60, "o"),
                new int[80][80],
                new int[80][60],
                List.of(0, 59));
        validation.check(fine, Locale.FRENCH);
    }

    private static int depth(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return RequestLimits.jsonDepth(bytes, bytes.length, RequestLimits.MAX_JSON_DEPTH);
    }
}
