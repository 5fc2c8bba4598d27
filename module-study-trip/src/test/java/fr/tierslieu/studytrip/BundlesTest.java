package fr.tierslieu.studytrip;

import static org.assertj.core.api.Assertions.assertThat;

import fr.tierslieu.core.testsupport.BundleChecks;
import fr.tierslieu.studytrip.domain.DatePoll;
import fr.tierslieu.studytrip.domain.Itinerary;
import fr.tierslieu.studytrip.domain.Note;
import fr.tierslieu.studytrip.domain.RegistrationStatus;
import fr.tierslieu.studytrip.domain.Trip;
import java.util.List;
import org.junit.jupiter.api.Test;

/** French and English say the same things; every constant and every key the module uses has a text. */
class BundlesTest {

    @Test
    void sameKeysInBothLanguages() {
        assertThat(BundleChecks.keysMissingInOneLanguage(new StudyTripModule())).isEmpty();
    }

    @Test
    void everyConstantHasALabel() {
        assertThat(BundleChecks.constantsWithoutLabel(
                        new StudyTripModule(),
                        List.of(
                                DatePoll.Answer.class,
                                Itinerary.Kind.class,
                                Note.Kind.class,
                                RegistrationStatus.class,
                                Trip.Transport.class,
                                Trip.ShareMode.class)))
                .isEmpty();
    }

    @Test
    void everyLiteralKeyOfTheSourcesAndPagesExists() {
        assertThat(BundleChecks.literalKeysMissing(new StudyTripModule())).isEmpty();
    }

    @Test
    void frenchAsItsReadersWriteIt() {
        assertThat(BundleChecks.frenchTypography(new StudyTripModule())).isEmpty();
    }

    @Test
    void englishPluralsAreChoices() {
        assertThat(BundleChecks.englishPlurals(new StudyTripModule())).isEmpty();
    }

    @Test
    void everyPatternFormats() {
        assertThat(BundleChecks.patternsThatDoNotFormat(new StudyTripModule())).isEmpty();
    }
}
