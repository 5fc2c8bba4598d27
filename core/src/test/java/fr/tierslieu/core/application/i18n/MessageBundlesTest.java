package fr.tierslieu.core.application.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import fr.tierslieu.core.domain.actor.ActorKind;
import fr.tierslieu.core.domain.actor.EngagementOverview;
import fr.tierslieu.core.testsupport.TestModules;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessageBundlesTest {

    private final MessageBundles bundles = TestModules.bundles();

    @Test
    void frenchIsTheDefaultEvenOnAnEnglishServer() {
        Locale previous = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertThat(bundles.get(Locale.FRENCH, "core.menu.map")).isEqualTo("Carte des acteurs");
            assertThat(bundles.get(Locale.GERMAN, "core.menu.map")).isEqualTo("Carte des acteurs");
            assertThat(bundles.get(null, "core.menu.map")).isEqualTo("Carte des acteurs");
            assertThat(bundles.get(Locale.UK, "core.menu.map")).isEqualTo("Actor map");
        } finally {
            Locale.setDefault(previous);
        }
    }

    @Test
    void missingKeysAreVisibleNotFatal() {
        assertThat(bundles.get(Locale.FRENCH, "core.nope")).isEqualTo("???core.nope???");
    }

    @Test
    void formatsArgumentsAndChoices() {
        assertThat(bundles.format(Locale.FRENCH, "core.import.done", 1)).isEqualTo("1 acteur importé.");
        assertThat(bundles.format(Locale.FRENCH, "core.import.done", 12)).isEqualTo("12 acteurs importés.");
        assertThat(bundles.format(Locale.ENGLISH, "core.actor.saved", "KonK")).isEqualTo("“KonK” saved.");
        assertThat(bundles.format(Locale.FRENCH, "core.login.throttled", 8))
                .contains("pendant encore 8 secondes")
                .contains("même avec le bon mot de passe");
        assertThat(bundles.format(Locale.FRENCH, "core.login.throttled", 1)).contains("pendant encore 1 seconde,");
    }

    @Test
    void enumLabelsComeFromTheirModuleBundle() {
        assertThat(MessageBundles.enumKey(ActorKind.JOB_SEEKER)).isEqualTo("core.enum.ActorKind.JOB_SEEKER");
        assertThat(bundles.label(Locale.FRENCH, ActorKind.JOB_SEEKER)).isEqualTo("Demandeur d’emploi");
        assertThat(bundles.label(Locale.ENGLISH, EngagementOverview.Direction.UP))
                .isEqualTo("Moved up");
    }

    @Test
    void everyEnumOfTheCoreHasALabelInBothLanguages() throws Exception {
        List<String> missing = new ArrayList<>();
        for (Class<?> type : coreEnums()) {
            for (Object constant : type.getEnumConstants()) {
                for (Locale locale : MessageBundles.SUPPORTED) {
                    String label = bundles.label(locale, (Enum<?>) constant);
                    if (label.startsWith("???")) {
                        missing.add(locale + " " + label);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyKeyUsedInPagesExistsInBothLanguages() throws Exception {
        Path pages = Path.of("src/main/resources/META-INF/resources/core");
        List<String> missing = new ArrayList<>();
        java.util.regex.Pattern key = java.util.regex.Pattern.compile(
                "msg\\['(core\\.[A-Za-z0-9_.]+)'\\]|msg\\.format2?\\('(core\\.[A-Za-z0-9_.]+)'");
        try (Stream<Path> files = Files.walk(pages)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
                var m = key.matcher(Files.readString(file));
                while (m.find()) {
                    String k = m.group(1) != null ? m.group(1) : m.group(2);
                    for (Locale locale : MessageBundles.SUPPORTED) {
                        if (bundles.get(locale, k).startsWith("???")) {
                            missing.add(file.getFileName() + ": " + locale + " " + k);
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static List<Class<?>> coreEnums() throws URISyntaxException, ClassNotFoundException {
        Path root = Path.of(MessageBundles.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        List<Class<?>> enums = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("fr/tierslieu/core/domain"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = root.relativize(f)
                        .toString()
                        .replace(File.separatorChar, '.')
                        .replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name);
                if (c.isEnum()) {
                    enums.add(c);
                }
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        enums.add(fr.tierslieu.core.domain.security.Role.class);
        return enums;
    }
}
