package fr.tierslieu.core.application.impact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;

/**
 * The panorama as the public page shows it, to anyone, once the team has published it: the figures
 * of the last three years (no personal data: counts, shares and amounts only). Nothing while it is
 * not published.
 */
@ApplicationScoped
public class PublicImpact {

    @Inject
    PanoramaReader reader;

    public PublicImpact() {}

    public PublicImpact(PanoramaReader reader) {
        this.reader = reader;
    }

    public boolean isPublished() {
        return reader.isPublished();
    }

    /** The three years shown: last year and the two before (this year is still being counted). */
    public List<Integer> years() {
        int last = reader.lastYear() - 2;
        return List.of(last - 2, last - 1, last);
    }

    /** The lines of {@code year}, or none when the panorama is not published. */
    public List<PanoramaReader.Line> lines(int year, Locale locale) {
        if (!reader.isPublished()) {
            return List.of();
        }
        return reader.panorama(year, locale);
    }
}
