package fr.tierslieu.core.module;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The experience library as modules see it (the core implements it): the sheets to choose from and
 * one sheet by id. Writing back goes through the {@link LessonShared} event.
 */
public interface ExperienceLibrary {

    /** Sheets by name, the first {@code max} (our own place's sheet left out). */
    List<ExperienceView> experiences(int max, Locale locale);

    /** One sheet, or empty when it does not exist (any more). */
    Optional<ExperienceView> experience(long id, Locale locale);
}
