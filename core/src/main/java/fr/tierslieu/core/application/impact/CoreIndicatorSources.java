package fr.tierslieu.core.application.impact;

import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.domain.actor.EngagementLevel;
import fr.tierslieu.core.domain.experience.Experience;
import fr.tierslieu.core.module.IndicatorSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What the core computes for the panorama: project meetings held in a year (the journey's meetings),
 * partners engaged (actors of the registry at « co-constructeur » or beyond, this year only: the
 * registry keeps the current position), and, from our place's sheet of the experience library, the
 * services offered and the surface open (this year only).
 */
@ApplicationScoped
public class CoreIndicatorSources implements IndicatorSource {

    static final String MEETINGS = "core.meetings";
    static final String PARTNERS = "core.partnersEngaged";
    static final String OFFERS = "core.ourOffers";
    static final String SURFACE = "core.ourSurface";

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    MessageBundles messages;

    Clock clock = Clock.systemDefaultZone();

    public CoreIndicatorSources() {}

    public CoreIndicatorSources(EntityManager em, MessageBundles messages, Clock clock) {
        this.em = em;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public Set<String> keys() {
        return Set.of(MEETINGS, PARTNERS, OFFERS, SURFACE);
    }

    @Override
    public Optional<ComputedFigure> figure(String key, int year, Locale locale) {
        int thisYear = LocalDate.now(clock).getYear();
        switch (key) {
            case MEETINGS -> {
                if (year > thisYear) {
                    return Optional.empty();
                }
                LocalDateTime end = year == thisYear
                        ? LocalDateTime.now(clock)
                        : LocalDate.of(year + 1, 1, 1).atStartOfDay();
                long n = em.createQuery(
                                "select count(m) from Meeting m where m.startsAt >= :from and m.startsAt < :to",
                                Long.class)
                        .setParameter("from", LocalDate.of(year, 1, 1).atStartOfDay())
                        .setParameter("to", end)
                        .getSingleResult();
                return Optional.of(new ComputedFigure(n, messages.get(locale, "core.impact.source.meetings")));
            }
            case PARTNERS -> {
                if (year != thisYear) {
                    return Optional.empty();
                }
                long n = em.createQuery(
                                "select count(a) from Actor a where a.position.engagement in :levels"
                                        + " and a.erasedOn is null",
                                Long.class)
                        .setParameter(
                                "levels",
                                List.of(EngagementLevel.CO_BUILDER, EngagementLevel.SIGNATORY, EngagementLevel.FUNDER))
                        .getSingleResult();
                return Optional.of(new ComputedFigure(n, messages.get(locale, "core.impact.source.partners")));
            }
            case OFFERS, SURFACE -> {
                if (year != thisYear) {
                    return Optional.empty();
                }
                List<Experience> ours = em.createQuery(
                                "select e from Experience e where e.ours = true", Experience.class)
                        .setMaxResults(1)
                        .getResultList();
                if (ours.isEmpty()) {
                    return Optional.empty();
                }
                Experience e = ours.get(0);
                String source = messages.format(locale, "core.impact.source.ourSheet", e.getName());
                if (key.equals(OFFERS)) {
                    return e.getOffers().isEmpty()
                            ? Optional.empty()
                            : Optional.of(new ComputedFigure(e.getOffers().size(), source));
                }
                return e.getSurfaceM2() == null
                        ? Optional.empty()
                        : Optional.of(new ComputedFigure(e.getSurfaceM2(), source));
            }
            default -> {
                return Optional.empty();
            }
        }
    }
}
