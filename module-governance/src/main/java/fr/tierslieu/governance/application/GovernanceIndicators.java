package fr.tierslieu.governance.application;

import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.module.IndicatorSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What governance gives the impact panorama for a calendar year, from the register of members and
 * the bodies' meetings: members on the register at the end of the year (today, for this year), and
 * meetings of the bodies held during the year (up to now, for this year).
 */
@ApplicationScoped
public class GovernanceIndicators implements IndicatorSource {

    static final String MEMBERS = "governance.members";
    static final String MEETINGS = "governance.meetingsHeld";

    @PersistenceContext(unitName = "governance")
    EntityManager em;

    @Inject
    MessageBundles messages;

    Clock clock = Clock.systemDefaultZone();

    public GovernanceIndicators() {}

    public GovernanceIndicators(EntityManager em, MessageBundles messages, Clock clock) {
        this.em = em;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public Set<String> keys() {
        return Set.of(MEMBERS, MEETINGS);
    }

    @Override
    public Optional<ComputedFigure> figure(String key, int year, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        if (year > today.getYear()) {
            return Optional.empty();
        }
        LocalDate end = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
        if (MEMBERS.equals(key)) {
            long n = em.createQuery(
                            "select count(m) from Member m where m.joinedOn <= :end"
                                    + " and (m.leftOn is null or m.leftOn > :end)",
                            Long.class)
                    .setParameter("end", end)
                    .getSingleResult();
            return Optional.of(new ComputedFigure(n, messages.get(locale, "governance.indicator.members")));
        }
        if (MEETINGS.equals(key)) {
            LocalDateTime to = year == today.getYear()
                    ? LocalDateTime.now(clock)
                    : LocalDate.of(year + 1, 1, 1).atStartOfDay();
            long n = em.createQuery(
                            "select count(m) from BodyMeeting m where m.startsAt >= :from and m.startsAt < :to",
                            Long.class)
                    .setParameter("from", LocalDate.of(year, 1, 1).atStartOfDay())
                    .setParameter("to", to)
                    .getSingleResult();
            return Optional.of(new ComputedFigure(n, messages.get(locale, "governance.indicator.meetings")));
        }
        return Optional.empty();
    }
}
