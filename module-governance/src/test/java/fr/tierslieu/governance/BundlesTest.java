package fr.tierslieu.governance;

import static org.assertj.core.api.Assertions.assertThat;

import fr.tierslieu.core.testsupport.BundleChecks;
import fr.tierslieu.governance.application.CharterService;
import fr.tierslieu.governance.domain.BodyKind;
import fr.tierslieu.governance.domain.LegalForm;
import fr.tierslieu.governance.domain.Majority;
import fr.tierslieu.governance.domain.MandatePosition;
import fr.tierslieu.governance.domain.Vote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** French and English say the same things, and every constant shown in the pages has a label in both. */
class BundlesTest {

    @Test
    void sameKeysInBothLanguages() {
        assertThat(BundleChecks.keysMissingInOneLanguage(new GovernanceModule()))
                .isEmpty();
    }

    @Test
    void everyConstantHasALabel() {
        assertThat(BundleChecks.constantsWithoutLabel(
                        new GovernanceModule(),
                        List.of(
                                Majority.class,
                                Vote.class,
                                LegalForm.class,
                                BodyKind.class,
                                MandatePosition.class,
                                CharterService.SignStatus.class)))
                .isEmpty();
    }

    @Test
    void everyLiteralKeyOfTheSourcesAndPagesExists() {
        assertThat(BundleChecks.literalKeysMissing(new GovernanceModule())).isEmpty();
    }

    @Test
    void frenchAsItsReadersWriteIt() {
        assertThat(BundleChecks.frenchTypography(new GovernanceModule())).isEmpty();
    }

    @Test
    void englishPluralsAreChoices() {
        assertThat(BundleChecks.englishPlurals(new GovernanceModule())).isEmpty();
    }

    @Test
    void everyPatternFormats() {
        assertThat(BundleChecks.patternsThatDoNotFormat(new GovernanceModule())).isEmpty();
    }
}
