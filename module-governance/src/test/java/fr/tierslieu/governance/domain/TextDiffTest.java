package fr.tierslieu.governance.domain;

import static fr.tierslieu.governance.domain.TextDiff.Kind.ADDED;
import static fr.tierslieu.governance.domain.TextDiff.Kind.REMOVED;
import static fr.tierslieu.governance.domain.TextDiff.Kind.SAME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

class TextDiffTest {

    @Test
    void changedLineIsRemovedThenAdded() {
        assertThat(TextDiff.diff("Article 1\nA\nArticle 2\nB", "Article 1\nA bis\nArticle 2\nB\nArticle 3\nC"))
                .extracting(TextDiff.Line::kind, TextDiff.Line::text)
                .containsExactly(
                        tuple(SAME, "Article 1"),
                        tuple(REMOVED, "A"),
                        tuple(ADDED, "A bis"),
                        tuple(SAME, "Article 2"),
                        tuple(SAME, "B"),
                        tuple(ADDED, "Article 3"),
                        tuple(ADDED, "C"));
    }

    @Test
    void emptySides() {
        assertThat(TextDiff.diff("", "x")).extracting(TextDiff.Line::kind).containsExactly(ADDED);
        assertThat(TextDiff.diff("x", null)).extracting(TextDiff.Line::kind).containsExactly(REMOVED);
        assertThat(TextDiff.diff("same", "same"))
                .extracting(TextDiff.Line::kind)
                .containsExactly(SAME);
    }

    @Test
    void aParagraphChangedInAFewWordsShowsThoseWords() {
        assertThat(TextDiff.words(
                        "Le lieu est ouvert à tous les habitants.",
                        "Le lieu est ouvert à toutes et à tous, habitants ou non."))
                .extracting(TextDiff.Line::kind, TextDiff.Line::text)
                .containsExactly(
                        tuple(SAME, "Le lieu est ouvert à "),
                        tuple(REMOVED, "tous les habitants."),
                        tuple(ADDED, "toutes et à tous, habitants ou non."));
    }

    @Test
    void aRewrittenSentenceReadsAsWhatWasRemovedThenWhatWasAdded() {
        assertThat(TextDiff.words("Atelier Z est un lieu ouvert.", "Texte du membre du CA."))
                .extracting(TextDiff.Line::kind, TextDiff.Line::text)
                .containsExactly(
                        tuple(REMOVED, "Atelier Z est un lieu ouvert."), tuple(ADDED, "Texte du membre du CA."));
        // a common word stays between the two runs, and the spaces around it are not changes
        assertThat(TextDiff.words("les membres du bureau", "les élus du conseil"))
                .extracting(TextDiff.Line::kind, TextDiff.Line::text)
                .containsExactly(
                        tuple(SAME, "les "),
                        tuple(REMOVED, "membres"),
                        tuple(ADDED, "élus"),
                        tuple(SAME, " du "),
                        tuple(REMOVED, "bureau"),
                        tuple(ADDED, "conseil"));
    }

    @Test
    void articlesAreComparedOneByOne() {
        String v1 =
                "Article 1 – Objet\nUn lieu ouvert.\n\nArticle 2 – Gouvernance\nLe CA décide.\n\nArticle 3 – Locaux\nLa ferme.";
        String v2 =
                "Article 1 – Objet\nUn lieu ouvert à tous.\n\nArticle 2 – Locaux\nLa ferme.\n\nArticle 3 – Engagements\nChacun apporte.";
        java.util.List<TextDiff.Article> diff = TextDiff.articles(v1, v2);
        assertThat(diff)
                .extracting(TextDiff.Article::heading, TextDiff.Article::status)
                .containsExactly(
                        tuple("Objet", TextDiff.Status.CHANGED), tuple("Gouvernance", TextDiff.Status.REMOVED),
                        tuple("Locaux", TextDiff.Status.SAME), tuple("Engagements", TextDiff.Status.ADDED));
        assertThat(diff.get(0).body())
                .extracting(TextDiff.Line::kind, TextDiff.Line::text)
                .containsExactly(tuple(SAME, "Un lieu "), tuple(REMOVED, "ouvert."), tuple(ADDED, "ouvert à tous."));
    }
}
