package fr.tierslieu.economy;

import static org.assertj.core.api.Assertions.assertThat;

import fr.tierslieu.core.testsupport.BundleChecks;
import fr.tierslieu.economy.domain.Actual;
import fr.tierslieu.economy.domain.ModelSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** French and English say the same things; every constant and every key the module uses has a text. */
class BundlesTest {

    @Test
    void sameKeysInBothLanguages() {
        assertThat(BundleChecks.keysMissingInOneLanguage(new EconomyModule())).isEmpty();
    }

    @Test
    void everyConstantHasALabel() {
        assertThat(BundleChecks.constantsWithoutLabel(
                        new EconomyModule(),
                        List.of(
                                ModelSpec.ActivityKind.class,
                                ModelSpec.CostCategory.class,
                                ModelSpec.SubsidyStatus.class,
                                ModelSpec.InKindKind.class,
                                Actual.Line.class)))
                .isEmpty();
    }

    @Test
    void everyLiteralKeyOfTheSourcesAndPagesExists() {
        assertThat(BundleChecks.literalKeysMissing(new EconomyModule())).isEmpty();
    }

    @Test
    void frenchAsItsReadersWriteIt() {
        assertThat(BundleChecks.frenchTypography(new EconomyModule())).isEmpty();
    }

    @Test
    void englishPluralsAreChoices() {
        assertThat(BundleChecks.englishPlurals(new EconomyModule())).isEmpty();
    }

    @Test
    void everyPatternFormats() {
        assertThat(BundleChecks.patternsThatDoNotFormat(new EconomyModule())).isEmpty();
    }
}
