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

    private BundleChecks() {}

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
            for (Path f : files.filter(
                            p -> p.toString().endsWith(".java") || p.toString().endsWith(".xhtml"))
                    .toList()) {
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

    /**
     * Words the house replaced (a translated product's words: « Email », « Débrief », « Visite
     * d’étude »…), as they would appear in a French label; docs/glossary.md has the words used.
     */
    private static final List<String> FRENCH_WORDS_TO_AVOID = List.of(
            "Email",
            "E-mail",
            "Visite d’étude",
            "visite d’étude",
            "Débrief",
            "débrief",
            "Place (MACTOR)",
            "Abandonné",
            "responsable (A)",
            "Taux d’autofinancement",
            "CA du point mort",
            "Charges patronales",
            "charges patronales",
            "packagé",
            "enregistré à moitié",
            "Quorum (% des voix");

    private static final Pattern POINT_MEDIAN = Pattern.compile("\\p{L}·\\p{L}");
    private static final Pattern SPACE_BEFORE = Pattern.compile(" [:;!?%»]");
    private static final Pattern GLUED_BEFORE = Pattern.compile("[\\p{L}\\d)}][;!?](\\s|$)|[\\p{L})}]:(\\s|$)");
    private static final Pattern COUNT_WITHOUT_CHOICE =
            Pattern.compile("\\{\\d+(,number(,integer)?)?}[ \\u00A0\\u202F]+(\\p{L}+[sx])\\b");
    /** Words after a count that are the same in the singular (« 1 voix », « 1 mois »). */
    private static final Set<String> INVARIABLE = Set.of(
            "voix",
            "mois",
            "fois",
            "prix",
            "choix",
            "cours",
            "temps",
            "plus",
            "sans",
            "dans",
            "sous",
            "vers",
            "après",
            "depuis",
            "is",
            "of",
            "as",
            "pays" /* "{0} pays {2} to {1}": a name, then a verb */);

    /**
     * What the French bundle of a module does against the house rules for French (docs/glossary.md)
     * (Glossary): « (s) » where a count needs a ChoiceFormat, the point médian, an ordinary space (or none) before « : ; ! ? % » or
     * inside « », a straight apostrophe, a word the house replaced, a count followed by a plural
     * word outside a ChoiceFormat. One line per problem, naming the key.
     */
    public static List<String> frenchTypography(TiersLieuModule module) {
        List<String> out = new ArrayList<>();
        Properties fr = load(module, false);
        for (String key : new TreeSet<>(fr.stringPropertyNames())) {
            String v = fr.getProperty(key);
            if (v.contains("(s)") || v.contains("(e)") || v.contains("(es)")) {
                out.add(key + ": « (s) », use a ChoiceFormat");
            }
            if (POINT_MEDIAN.matcher(v).find()) {
                out.add(key + ": point médian, use épicène wording");
            }
            if (SPACE_BEFORE.matcher(v).find() || v.contains("« ")) {
                out.add(key + ": ordinary space before « : ; ! ? % » or inside « », use U+202F");
            }
            if (GLUED_BEFORE.matcher(v.replaceAll("https?://\\S+", "")).find()) {
                out.add(key + ": no space before « : ; ! ? », use U+202F");
            }
            if (v.contains("'")) {
                out.add(key + ": straight apostrophe (MessageFormat eats it), use ’");
            }
            FRENCH_WORDS_TO_AVOID.stream()
                    .filter(v::contains)
                    .forEach(w -> out.add(key + ": « " + w + " », see docs/glossary.md"));
            countsWithoutChoice(v).forEach(w -> out.add(key + ": a count before « " + w + " », use a ChoiceFormat"));
            if (key.contains(".enum.") && !v.isEmpty() && Character.isLowerCase(v.charAt(0))) {
                out.add(key + ": enum labels start with a capital, like every other list");
            }
        }
        return out;
    }

    /** English: counts before a plural outside a ChoiceFormat ("{0} items"), « (s) ». */
    public static List<String> englishPlurals(TiersLieuModule module) {
        List<String> out = new ArrayList<>();
        Properties en = load(module, true);
        for (String key : new TreeSet<>(en.stringPropertyNames())) {
            String v = en.getProperty(key);
            if (v.contains("(s)") || v.contains("(es)") || v.contains("(ies)")) {
                out.add(key + ": \"(s)\", use a ChoiceFormat");
            }
            countsWithoutChoice(v).forEach(w -> out.add(key + ": a count before \"" + w + "\", use a ChoiceFormat"));
        }
        return out;
    }

    /** Plural words right after a numeric argument, outside the ChoiceFormats of the pattern. */
    public static List<String> countsWithoutChoice(String pattern) {
        Matcher m = COUNT_WITHOUT_CHOICE.matcher(withoutChoices(pattern));
        List<String> out = new ArrayList<>();
        while (m.find()) {
            if (!INVARIABLE.contains(m.group(3).toLowerCase(Locale.ROOT))) {
                out.add(m.group(3));
            }
        }
        return out;
    }

    /** The pattern with every {@code {n,choice,…}} element removed (braces balanced). */
    public static String withoutChoices(String pattern) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        Matcher m = Pattern.compile("\\{\\d+,choice,").matcher(pattern);
        while (m.find(i)) {
            out.append(pattern, i, m.start());
            int depth = 0;
            int j = m.start();
            for (; j < pattern.length(); j++) {
                char c = pattern.charAt(j);
                if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    break;
                }
            }
            i = Math.min(j + 1, pattern.length());
        }
        return out.append(pattern.substring(i)).toString();
    }

    /**
     * Patterns that {@link java.text.MessageFormat} refuses or cannot format with numbers where it
     * expects numbers (a ChoiceFormat given a count of 0, 1 and 1,234), in both languages.
     */
    public static List<String> patternsThatDoNotFormat(TiersLieuModule module) {
        List<String> out = new ArrayList<>();
        for (boolean english : List.of(false, true)) {
            Properties p = load(module, english);
            Locale locale = english ? Locale.ENGLISH : Locale.FRENCH;
            for (String key : new TreeSet<>(p.stringPropertyNames())) {
                String v = p.getProperty(key);
                if (!v.contains("{") || v.matches("(?s).*\\{[a-zA-Z].*")) {
                    continue; // no argument, or a PrimeFaces template ({startRecord}) that MessageFormat never reads
                }
                try {
                    java.text.MessageFormat f = new java.text.MessageFormat(v, locale);
                    java.text.Format[] formats = f.getFormatsByArgumentIndex();
                    for (long n : new long[] {0, 1, 1234}) {
                        Object[] args = new Object[formats.length];
                        for (int i = 0; i < formats.length; i++) {
                            args[i] = formats[i] instanceof java.text.DateFormat
                                    ? new java.util.Date(0)
                                    : formats[i] == null ? "x" : (Object) n;
                        }
                        f.format(args);
                    }
                } catch (IllegalArgumentException e) {
                    out.add((english ? "en " : "fr ") + key + ": " + e.getMessage());
                }
            }
        }
        return out;
    }
}
