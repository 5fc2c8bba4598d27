package fr.tierslieu.core.application.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import fr.tierslieu.core.CoreModule;
import fr.tierslieu.core.testsupport.BundleChecks;
import org.junit.jupiter.api.Test;

/** The core's bundles follow the house rules for French (docs/glossary.md) (typography, plurals, words) and every pattern formats. */
class CoreBundleTypographyTest {

    @Test
    void frenchAsItsReadersWriteIt() {
        assertThat(BundleChecks.frenchTypography(new CoreModule())).isEmpty();
    }

    @Test
    void englishPluralsAreChoices() {
        assertThat(BundleChecks.englishPlurals(new CoreModule())).isEmpty();
    }

    @Test
    void everyPatternFormats() {
        assertThat(BundleChecks.patternsThatDoNotFormat(new CoreModule())).isEmpty();
    }

    @Test
    void theCheckCatchesWhatItShould() {
        assertThat(BundleChecks.countsWithoutChoice("{0} mandats se terminent")).containsExactly("mandats");
        assertThat(BundleChecks.countsWithoutChoice(
                        "{0,choice,0#aucun mandat|1#1 mandat|1<{0,number,integer} mandats} et {1} voix"))
                .isEmpty();
        assertThat(BundleChecks.withoutChoices("a {0,choice,0#x|1<{0,number} y} b"))
                .isEqualTo("a  b");
    }
}
