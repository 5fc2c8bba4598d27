package fr.tierslieu.core.module;

import java.util.Optional;

/**
 * A module (or the core) computes an indicator of the impact panorama from its own data, e.g. the
 * economic model's staff in FTE for a year. The panorama asks every source for the keys its
 * indicators name; an indicator no source answers is entered by hand. Implementations are CDI beans
 * (application scoped), called inside the panorama's transaction.
 */
public interface IndicatorSource {

    /** The keys this source answers, e.g. {@code economy.staffFte}. */
    java.util.Set<String> keys();

    /** The figure of {@code key} for {@code year}, or empty when there is none for that year. */
    Optional<ComputedFigure> figure(String key, int year, java.util.Locale locale);

    /**
     * A computed figure and where it comes from, in the reader's language (« modèle économique
     * « Atelier Z », prévisionnel 2027 »).
     */
    record ComputedFigure(double value, String source) {}
}
