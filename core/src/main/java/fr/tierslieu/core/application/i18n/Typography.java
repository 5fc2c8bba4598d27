package fr.tierslieu.core.application.i18n;

import java.util.Locale;

/**
 * The punctuation that code (not a bundle) puts between texts, in the reader's language
 * (the house rules for French (docs/glossary.md)): « Chauffeur : Anne » and « Atelier Z » in French, with narrow no-break
 * spaces so that the sign never wraps alone; "Driver: Anne" and “Atelier Z” in English.
 */
public final class Typography {

    private Typography() {}

    private static boolean english(Locale l) {
        return Locale.ENGLISH.getLanguage().equals(MessageBundles.supported(l).getLanguage());
    }

    /** « label : text » / "label: text". */
    public static String labelled(Locale l, String label, String text) {
        return label + (english(l) ? ": " : "\u202F: ") + text;
    }

    /** « text » / “text”. */
    public static String quoted(Locale l, String text) {
        return english(l) ? "\u201C" + text + "\u201D" : "\u00AB\u202F" + text + "\u202F\u00BB";
    }
}
