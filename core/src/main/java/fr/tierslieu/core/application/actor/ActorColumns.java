package fr.tierslieu.core.application.actor;

import fr.tierslieu.core.domain.actor.SearchText;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of the actor CSV/Excel files, shared by export and import so that an exported file
 * imports back unchanged. Headers are matched ignoring case and accents, in French or English.
 */
public enum ActorColumns {
    NAME("nom", "name"),
    TYPE("type", "type"),
    KIND("categorie", "kind"),
    COMMUNE("commune", "commune"),
    CONTACT("contact", "contact"),
    EMAIL("email", "email"),
    PHONE("telephone", "phone"),
    WEBSITE("site web", "website"),
    TAGS("etiquettes", "tags"),
    STATUS("mobilisation", "status"),
    STANCE("posture", "stance"),
    INFLUENCE("influence", "influence"),
    INTEREST("interet", "interest"),
    ENGAGEMENT("engagement", "engagement"),
    MATURITY("maturite", "maturity"),
    NOTES("notes", "notes");

    private final String french;
    private final String english;

    ActorColumns(String french, String english) {
        this.french = french;
        this.english = english;
    }

    /** Name of the matching {@link ActorDraft} property. */
    public String property() {
        return this == CONTACT ? "contactName" : name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Bundle key of the header text, e.g. {@code core.actor.column.NAME}. */
    public String labelKey() {
        return "core.actor.column." + name();
    }

    private static final Map<String, ActorColumns> BY_HEADER = new HashMap<>();

    static {
        for (ActorColumns c : values()) {
            BY_HEADER.put(c.french, c);
            BY_HEADER.put(c.english, c);
            BY_HEADER.put(SearchText.normalize(c.name()), c);
        }
        BY_HEADER.put("nom de l'acteur", NAME);
        BY_HEADER.put("site", WEBSITE);
        BY_HEADER.put("e-mail", EMAIL);
        BY_HEADER.put("courriel", EMAIL);
        BY_HEADER.put("tel", PHONE);
        BY_HEADER.put("statut", STATUS);
        BY_HEADER.put("statut de mobilisation", STATUS);
        BY_HEADER.put("tags", TAGS);
        BY_HEADER.put("maturity level", MATURITY);
        BY_HEADER.put("niveau de maturite", MATURITY);
        BY_HEADER.put("niveau d'engagement", ENGAGEMENT);
    }

    /** The column a header names, or null. */
    public static ActorColumns fromHeader(String header) {
        return BY_HEADER.get(SearchText.normalize(header));
    }

    public static List<ActorColumns> all() {
        return List.of(values());
    }
}
