package fr.tierslieu.governance.domain;

import org.junit.jupiter.api.Test;

import static fr.tierslieu.governance.domain.TextDiff.Kind.ADDED;
import static fr.tierslieu.governance.domain.TextDiff.Kind.REMOVED;
import static fr.tierslieu.governance.domain.TextDiff.Kind.SAME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class TextDiffTest {

    @Test
    void changedLineIsRemovedThenAdded() {
        assertThat(TextDiff.diff("Article 1\nA\nArticle 2\nB", "Article 1\nA bis\nArticle 2\nB\nArticle 3\nC"))
                .extracting(TextDiff.Line::kind, TextDiff.Line::text)
                .containsExactly(tuple(SAME, "Article 1"), tuple(REMOVED, "A"), tuple(ADDED, "A bis"), tuple(SAME, "Article 2"),
                        tuple(SAME, "B"), tuple(ADDED, "Article 3"), tuple(ADDED, "C"));
    }

    @Test
    void emptySides() {
        assertThat(TextDiff.diff("", "x")).extracting(TextDiff.Line::kind).containsExactly(ADDED);
        assertThat(TextDiff.diff("x", null)).extracting(TextDiff.Line::kind).containsExactly(REMOVED);
        assertThat(TextDiff.diff("same", "same")).extracting(TextDiff.Line::kind).containsExactly(SAME);
    }
}
