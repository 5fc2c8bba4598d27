package fr.tierslieu.core.application.i18n;

import fr.tierslieu.core.module.ModuleRegistry;
import fr.tierslieu.core.module.TiersLieuModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every module's bundle seen as one: a key is looked up in the bundle of the module it starts with
 * ({@code governance.…} in the governance bundle), then in all others. French is the default
 * (the bundle without suffix); English lives in {@code _en}. There is deliberately no fallback to
 * the JVM's locale, which would show English to French users on an English machine.
 */
@ApplicationScoped
public class MessageBundles {

    public static final Locale FRENCH = Locale.FRENCH;
    public static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.ENGLISH);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Inject
    ModuleRegistry registry;

    public MessageBundles() {}

    /** For plain Java SE tests. */
    public MessageBundles(ModuleRegistry registry) {
        this.registry = registry;
    }

    /** The text for {@code key}, or {@code ???key???} if no bundle has it (visible, never an error page). */
    public String get(Locale locale, String key) {
        Locale effective = supported(locale);
        String prefix = key.contains(".") ? key.substring(0, key.indexOf('.')) : "";
        List<TiersLieuModule> modules = registry.modules();
        for (TiersLieuModule module : modules) {
            if (module.id().equals(prefix)) {
                String text = lookup(module, effective, key);
                if (text != null) {
                    return text;
                }
            }
        }
        for (TiersLieuModule module : modules) {
            String text = lookup(module, effective, key);
            if (text != null) {
                return text;
            }
        }
        return "???" + key + "???";
    }

    /** {@link #get} then {@link MessageFormat} with {@code args}. */
    public String format(Locale locale, String key, Object... args) {
        String pattern = get(locale, key);
        if (args == null || args.length == 0) {
            return pattern;
        }
        Object[] values = args.clone();
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof java.time.LocalDate d) { // MessageFormat's {n,date} knows java.util.Date only
                values[i] = java.util.Date.from(
                        d.atStartOfDay(java.time.ZoneId.systemDefault()).toInstant());
            }
        }
        return new MessageFormat(pattern, supported(locale)).format(values);
    }

    /**
     * A module's name as users read it (« Modèle économique ») for its id ({@code economy}), which
     * is a code, never shown; an unknown id (a module removed since) is shown as it is.
     */
    public String moduleName(Locale locale, String moduleId) {
        if (moduleId == null) {
            return "";
        }
        return registry == null
                ? moduleId
                : registry.find(moduleId).map(m -> get(locale, m.nameKey())).orElse(moduleId);
    }

    /** Per module and language: constant → label, from the module's {@code <module>.enum.<Type>.<CONSTANT>} keys. */
    private final java.util.Map<String, java.util.Map<String, String>> constantLabels =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The label of a constant stored as text (an audit log's "WAITING"), looked up among the
     * module's enum labels ({@code <module>.enum.<Type>.<CONSTANT>}); null when none has it. When
     * two enums of a module share a constant, the label of either may be shown (the audit page only reads it).
     */
    public String constantLabel(Locale locale, String moduleId, String constant) {
        if (registry == null || moduleId == null || constant == null || !constant.matches("[A-Z][A-Z0-9_]*")) {
            return null;
        }
        boolean english = Locale.ENGLISH.equals(supported(locale));
        return constantLabels
                .computeIfAbsent(moduleId + (english ? "/en" : "/fr"), k -> constants(moduleId, english))
                .get(constant);
    }

    private java.util.Map<String, String> constants(String moduleId, boolean english) {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        for (TiersLieuModule module : registry.modules()) {
            if (!module.id().equals(moduleId)) {
                continue;
            }
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(
                        module.bundleBaseName(),
                        english ? Locale.ENGLISH : Locale.ROOT,
                        module.getClass().getClassLoader(),
                        NO_FALLBACK);
                String prefix = moduleId + ".enum.";
                for (String key : java.util.Collections.list(bundle.getKeys())) {
                    if (key.startsWith(prefix)) {
                        out.putIfAbsent(key.substring(key.lastIndexOf('.') + 1), bundle.getString(key));
                    }
                }
            } catch (MissingResourceException e) {
                return out;
            }
        }
        return out;
    }

    /** Label of an enum constant: key {@code <module>.enum.<EnumName>.<CONSTANT>}. */
    public String label(Locale locale, Enum<?> value) {
        if (value == null) {
            return "";
        }
        return get(locale, enumKey(value));
    }

    public static String enumKey(Enum<?> value) {
        String pkg = value.getDeclaringClass().getPackageName();
        String module = pkg.startsWith("fr.tierslieu.")
                ? pkg.substring("fr.tierslieu.".length()).split("\\.")[0]
                : "core";
        return module + ".enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
    }

    public static Locale supported(Locale requested) {
        if (requested != null && Locale.ENGLISH.getLanguage().equals(requested.getLanguage())) {
            return Locale.ENGLISH;
        }
        return FRENCH;
    }

    private static String lookup(TiersLieuModule module, Locale locale, String key) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(
                    module.bundleBaseName(),
                    Locale.ENGLISH.equals(locale) ? Locale.ENGLISH : Locale.ROOT,
                    module.getClass().getClassLoader(),
                    NO_FALLBACK);
            return bundle.containsKey(key) ? bundle.getString(key) : null;
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
