package fr.tierslieu.core.testsupport;

import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.module.TiersLieuModule;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The checks every module's bundle test makes: French and English have the same keys, every enum
 * constant shown in pages has a label in both, and every literal key written in the module's
 * sources and pages exists. Each method returns what is wrong (empty when all is well), so the
 * test names it.
 */
public final class BundleChecks {

    private BundleChecks() {
    }

    /** The French bundle (default) or the English one of a module, read from its jar's resources. */
    public static Properties load(TiersLieuModule module, boolean english) {
        String path = "/" + module.bundleBaseName().replace('.', '/') + (english ? "_en" : "") + ".properties";
        Properties p = new Properties();
        try (InputStream in = module.getClass().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no bundle " + path);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** Keys in one language and not in the other, prefixed with the language that lacks them. */
    public static List<String> keysMissingInOneLanguage(TiersLieuModule module) {
        Set<Object> fr = load(module, false).keySet();
        Set<Object> en = load(module, true).keySet();
        List<String> out = new ArrayList<>();
        fr.stream().filter(k -> !en.contains(k)).forEach(k -> out.add("en " + k));
        en.stream().filter(k -> !fr.contains(k)).forEach(k -> out.add("fr " + k));
        return out;
    }

    /** Constants without a label in French or English. */
    public static List<String> constantsWithoutLabel(TiersLieuModule module, List<Class<? extends Enum<?>>> types) {
        MessageBundles bundles = TestModules.bundles(module);
        List<String> missing = new ArrayList<>();
        for (Class<? extends Enum<?>> type : types) {
            for (Enum<?> constant : type.getEnumConstants()) {
                for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
                    String label = bundles.label(locale, constant);
                    if (label.startsWith("???") || label.equals(MessageBundles.enumKey(constant))) {
                        missing.add(locale + " " + MessageBundles.enumKey(constant));
                    }
                }
            }
        }
        return missing;
    }

    /**
     * Keys written as literals ({@code "<id>.a.b"} or {@code '<id>.a.b'}) in the module's Java
     * sources and Facelets under {@code src/main} (the test's working directory is the module)
     * that the French bundle lacks.
     */
    public static Set<String> literalKeysMissing(TiersLieuModule module) {
        Properties fr = load(module, false);
        Pattern key = Pattern.compile("[\"'](" + Pattern.quote(module.id()) + "\\.[a-zA-Z]+(\\.[a-zA-Z_]+)+)[\"']");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = key.matcher(Files.readString(f));
                while (m.find()) {
                    if (!fr.containsKey(m.group(1))) {
                        missing.add(f.getFileName() + ": " + m.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return missing;
    }
}
