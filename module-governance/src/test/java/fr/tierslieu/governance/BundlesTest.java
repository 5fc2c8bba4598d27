package fr.tierslieu.governance;

import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.testsupport.TestModules;
import fr.tierslieu.governance.application.CharterService;
import fr.tierslieu.governance.domain.BodyKind;
import fr.tierslieu.governance.domain.LegalForm;
import fr.tierslieu.governance.domain.Majority;
import fr.tierslieu.governance.domain.MandatePosition;
import fr.tierslieu.governance.domain.Vote;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** French and English say the same things, and every constant shown in the pages has a label in both. */
class BundlesTest {

    static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/fr/tierslieu/governance/i18n/" + name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void sameKeysInBothLanguages() throws Exception {
        assertThat(load("messages_en.properties").keySet()).isEqualTo(load("messages.properties").keySet());
    }

    @Test
    void everyConstantHasALabel() {
        MessageBundles bundles = TestModules.bundles(new GovernanceModule());
        List<String> missing = new ArrayList<>();
        for (Class<? extends Enum<?>> type : List.of(Majority.class, Vote.class, LegalForm.class, BodyKind.class, MandatePosition.class,
                CharterService.SignStatus.class)) {
            for (Enum<?> value : type.getEnumConstants()) {
                for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
                    String label = bundles.label(locale, value);
                    if (label.startsWith("???")) {
                        missing.add(locale + " " + value);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
