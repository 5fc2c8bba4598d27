package fr.tierslieu.core.application.impact;

import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.application.i18n.Numbers;
import fr.tierslieu.core.domain.impact.Indicator;
import fr.tierslieu.core.domain.impact.IndicatorValue;
import fr.tierslieu.core.domain.impact.Unit;
import fr.tierslieu.core.domain.shared.NotFoundException;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.core.module.IndicatorSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads the panorama: indicators, each year's figures (entered or computed by the
 * {@link IndicatorSource}s), trends, figures in the reader's format, whether it is published. No
 * role check here: {@link ImpactService} (signed in) and {@link PublicImpact} (the public page, only
 * once published) are the doors.
 */
@ApplicationScoped
@Transactional
public class PanoramaReader {

    /** Years a trend covers at most. */
    public static final int MAX_YEARS = 10;

    static final String PUBLISHED = "impact.published";

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    MessageBundles messages;

    @Inject
    @Any
    Instance<IndicatorSource> sourceBeans;

    List<IndicatorSource> sourcesForTests;

    Clock clock = Clock.systemDefaultZone();

    public PanoramaReader() {}

    /** Outside the container (tests): the sources given stand for the CDI beans. */
    public PanoramaReader(EntityManager em, MessageBundles messages, List<IndicatorSource> sources, Clock clock) {
        this.em = em;
        this.messages = messages;
        this.sourcesForTests = sources;
        this.clock = clock;
    }

    private Iterable<IndicatorSource> sources() {
        return sourcesForTests != null ? sourcesForTests : sourceBeans;
    }

    /** The first year figures may be entered for, and the last (next year, for targets and plans). */
    public int firstYear() {
        return 2000;
    }

    public int lastYear() {
        return LocalDate.now(clock).getYear() + 1;
    }

    public List<Indicator> indicators() {
        return em.createQuery("select i from Indicator i", Indicator.class).getResultList().stream()
                .sorted(Comparator.comparing(Indicator::getTheme)
                        .thenComparingInt(Indicator::getPosition)
                        .thenComparing(Indicator::getId))
                .toList();
    }

    public Indicator indicator(long id) {
        Indicator i = em.find(Indicator.class, id);
        if (i == null) {
            throw new NotFoundException("Indicator", id);
        }
        return i;
    }

    /**
     * A line of the panorama for a year: the indicator, its figure (entered or computed, null when
     * none), where it comes from, whether it is computed, last year's figure and the target.
     */
    public record Line(
            Indicator indicator,
            String name,
            String unit,
            Double value,
            String source,
            boolean computed,
            Double previous,
            Long valueVersion) {}

    /** Every indicator's line for {@code year}, by theme. */
    public List<Line> panorama(int year, Locale locale) {
        checkYear(year, locale);
        Map<Long, IndicatorValue> values = values(year);
        Map<Long, IndicatorValue> before = values(year - 1);
        List<Line> out = new ArrayList<>();
        for (Indicator i : indicators()) {
            Optional<IndicatorSource.ComputedFigure> computed = computed(i, year, locale);
            Double previous = computed(i, year - 1, locale)
                    .map(IndicatorSource.ComputedFigure::value)
                    .orElse(
                            before.containsKey(i.getId())
                                    ? before.get(i.getId()).getFigure()
                                    : null);
            if (computed.isPresent()) {
                out.add(new Line(
                        i,
                        name(i, locale),
                        unit(i, locale),
                        computed.get().value(),
                        computed.get().source(),
                        true,
                        previous,
                        null));
            } else {
                IndicatorValue v = values.get(i.getId());
                out.add(new Line(
                        i,
                        name(i, locale),
                        unit(i, locale),
                        v == null ? null : v.getFigure(),
                        v == null ? null : v.getSource(),
                        false,
                        previous,
                        v == null ? null : v.getVersion()));
            }
        }
        return out;
    }

    /** Whether an indicator is computed by a source present in this installation. */
    public boolean isComputed(Indicator i) {
        if (i.getSourceKey() == null) {
            return false;
        }
        for (IndicatorSource s : sources()) {
            if (s.keys().contains(i.getSourceKey())) {
                return true;
            }
        }
        return false;
    }

    Optional<IndicatorSource.ComputedFigure> computed(Indicator i, int year, Locale locale) {
        if (i.getSourceKey() == null) {
            return Optional.empty();
        }
        for (IndicatorSource s : sources()) {
            if (s.keys().contains(i.getSourceKey())) {
                return s.figure(i.getSourceKey(), year, locale);
            }
        }
        return Optional.empty();
    }

    Map<Long, IndicatorValue> values(int year) {
        Map<Long, IndicatorValue> out = new HashMap<>();
        for (IndicatorValue v : em.createQuery(
                        "select v from IndicatorValue v join fetch v.indicator where v.year = :y", IndicatorValue.class)
                .setParameter("y", year)
                .getResultList()) {
            out.put(v.getIndicator().getId(), v);
        }
        return out;
    }

    /** The indicator's name in the reader's language. */
    public String name(Indicator i, Locale locale) {
        return i.isCommon() ? messages.get(locale, "core.impact.indicator." + i.getCode()) : i.getName();
    }

    public String unit(Indicator i, Locale locale) {
        Unit u = i.commonUnit();
        // units follow a number (« 12 personnes »): lower case, hence not an enum label
        return u == null ? i.getUnit() : messages.get(locale, "core.impact.unit." + u.name());
    }

    /** The figures of an indicator over the last {@link #MAX_YEARS} years up to {@code lastYear}: year → figure. */
    public Map<Integer, Double> trend(long indicatorId, int lastYear, Locale locale) {
        checkYear(lastYear, locale);
        Indicator i = indicator(indicatorId);
        Map<Integer, Double> out = new TreeMap<>();
        Map<Integer, Double> entered = new HashMap<>();
        for (IndicatorValue v : em.createQuery(
                        "select v from IndicatorValue v where v.indicator = :i", IndicatorValue.class)
                .setParameter("i", i)
                .getResultList()) {
            entered.put(v.getYear(), v.getFigure());
        }
        for (int y = lastYear - MAX_YEARS + 1; y <= lastYear; y++) {
            Optional<IndicatorSource.ComputedFigure> c = computed(i, y, locale);
            Double value = c.map(IndicatorSource.ComputedFigure::value).orElse(isComputed(i) ? null : entered.get(y));
            if (value != null) {
                out.put(y, value);
            }
        }
        return out;
    }

    /** A figure in the reader's format with its unit (« 1 234 personnes », « 38 % », « 12 500 € »), or « – ». */
    public String figure(Double value, Indicator i, Locale locale) {
        if (value == null) {
            return "–";
        }
        Unit u = i.commonUnit();
        if (u == Unit.EUROS) {
            return Numbers.money(locale, value, 0);
        }
        if (u == Unit.PERCENT) {
            return Numbers.percent(locale, value / 100, 0);
        }
        int decimals = value == Math.rint(value) ? 0 : 1;
        return Numbers.decimal(locale, value, decimals) + "\u00a0" + unit(i, locale);
    }

    public boolean isPublished() {
        return fr.tierslieu.core.application.workspace.WorkspaceSettings.get(em, PUBLISHED)
                .filter("true"::equals)
                .isPresent();
    }

    void checkYear(int year, Locale locale) {
        if (year < firstYear() || year > lastYear()) {
            throw ValidationFailure.of(
                    "year", messages.format(locale, "core.impact.error.year", firstYear(), lastYear()));
        }
    }
}
