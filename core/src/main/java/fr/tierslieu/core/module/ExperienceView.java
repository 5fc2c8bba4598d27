package fr.tierslieu.core.module;

import java.util.List;

/**
 * What a module may read of a sheet of the experience library: enough to create a study-trip
 * destination from it. Coordinates are null when the sheet has none.
 *
 * @param offers what the place offers, as labels in the reader's language
 */
public record ExperienceView(
        long id, String name, String commune, Double latitude, Double longitude, List<String> offers)
        implements java.io.Serializable {}
