package fr.tierslieu.core.application.experience;

import fr.tierslieu.core.domain.actor.SearchText;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of the library's CSV file. The first ones carry the names of the France Tiers-Lieux
 * census open data (« CGET_TiersLieux_2019 »: NOM_TL, ADRESSE, CP, NOMCOM, INSEEDEP, NOMREG, LAT,
 * LONG, TYPO, WEB, MAIL, ID), so that a network loads its region's census as it is; the others are
 * the library's own. Headers are matched whatever their case and accents; columns not listed here
 * are ignored (the census has thirty, COMINIT — the commune as first typed — among them). Lists (offers, lessons) are separated by « | ».
 */
public enum ExperienceColumns {
    CENSUS_ID("id", "id_recensement"),
    NAME("nom_tl", "nom"),
    ADDRESS("adresse"),
    POSTCODE("cp", "code_postal"),
    COMMUNE("nomcom", "commune"),
    DEPARTMENT("inseedep", "departement"),
    REGION("nomreg", "region"),
    LATITUDE("lat", "latitude"),
    LONGITUDE("long", "lon", "longitude"),
    TYPOLOGY("typo", "typologie"),
    WEBSITE("web", "site"),
    EMAIL("mail", "courriel"),
    LEGAL_FORM("forme_juridique"),
    YEAR_OPENED("annee_ouverture"),
    OFFERS("offres"),
    BUDGET("budget"),
    OWN_RESOURCES_PCT("part_ressources_propres"),
    STAFF_FTE("etp"),
    VOLUNTEERS("benevoles"),
    SURFACE_M2("surface_m2"),
    GOVERNANCE("gouvernance"),
    SUCCESS_FACTORS("facteurs_de_reussite"),
    VIGILANCE("points_de_vigilance"),
    SOURCES("sources"),
    ILLUSTRATIVE("illustratif");

    private final List<String> headers;

    ExperienceColumns(String... headers) {
        this.headers = List.of(headers);
    }

    /** The header the export writes. */
    public String header() {
        return headers.get(0).toUpperCase(java.util.Locale.ROOT);
    }

    /** The names this column is recognised by. */
    public List<String> headers() {
        return headers;
    }

    private static final Map<String, ExperienceColumns> BY_HEADER = new HashMap<>();

    static {
        for (ExperienceColumns c : values()) {
            for (String h : c.headers) {
                BY_HEADER.put(SearchText.normalize(h), c);
            }
        }
    }

    /** The column a header names, or null for a column the library ignores. */
    public static ExperienceColumns fromHeader(String header) {
        return header == null ? null : BY_HEADER.get(SearchText.normalize(header.trim()));
    }
}
