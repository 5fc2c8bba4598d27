package fr.tierslieu.studytrip;

import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.testsupport.TestModules;
import fr.tierslieu.studytrip.domain.DatePoll;
import fr.tierslieu.studytrip.domain.Itinerary;
import fr.tierslieu.studytrip.domain.Note;
import fr.tierslieu.studytrip.domain.RegistrationStatus;
import fr.tierslieu.studytrip.domain.Trip;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** French and English say the same things; every constant and every key the module uses has a text. */
class BundlesTest {

    static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/fr/tierslieu/studytrip/i18n/" + name)) {
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
        MessageBundles bundles = TestModules.bundles(new StudyTripModule());
        List<String> missing = new ArrayList<>();
        for (Class<? extends Enum<?>> type : List.of(DatePoll.Answer.class, Itinerary.Kind.class, Note.Kind.class, RegistrationStatus.class,
                Trip.Transport.class, Trip.ShareMode.class)) {
            for (Enum<?> constant : type.getEnumConstants()) {
                for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
                    String label = bundles.label(locale, constant);
                    if (label.startsWith("???") || label.equals(MessageBundles.enumKey(constant))) {
                        missing.add(locale + " " + MessageBundles.enumKey(constant));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyLiteralKeyOfTheSourcesAndPagesExists() throws Exception {
        Properties fr = load("messages.properties");
        Pattern key = Pattern.compile("[\"']((studytrip)\\.[a-zA-Z]+(\\.[a-zA-Z]+)+)[\"']");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = key.matcher(Files.readString(f));
                while (m.find()) {
                    if (!fr.containsKey(m.group(1))) {
                        missing.add(f.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
