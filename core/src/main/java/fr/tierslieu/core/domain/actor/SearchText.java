package fr.tierslieu.core.domain.actor;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text as the search compares it: lower case, no accents, single spaces ("Névez " → "nevez"). */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchText() {}

    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed)
                .replaceAll("")
                .toLowerCase(Locale.ROOT)
                .replace("œ", "oe")
                .replace("æ", "ae");
        return SPACES.matcher(plain).replaceAll(" ").trim();
    }
}
