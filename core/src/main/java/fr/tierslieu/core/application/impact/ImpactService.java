package fr.tierslieu.core.application.impact;

import fr.tierslieu.core.application.audit.AuditUser;
import fr.tierslieu.core.application.export.PdfDocument;
import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.application.security.RequiresRole;
import fr.tierslieu.core.domain.impact.Frequency;
import fr.tierslieu.core.domain.impact.Indicator;
import fr.tierslieu.core.domain.impact.IndicatorValue;
import fr.tierslieu.core.domain.impact.Theme;
import fr.tierslieu.core.domain.impact.Unit;
import fr.tierslieu.core.domain.security.Role;
import fr.tierslieu.core.domain.shared.ConcurrentEditException;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.core.module.IndicatorSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The activity and impact panorama: one figure a year per indicator, entered with its source or
 * computed by the core and the modules ({@link IndicatorSource}); the team's own indicators; the
 * trend of each; the yearly activity report (PDF); whether the team publishes it on a public page.
 * Everyone signed in reads; the manager and the board enter figures; the manager defines
 * indicators and publishes.
 */
@ApplicationScoped
@Transactional
@RequiresRole
public class ImpactService {

    /** Indicators of the team's own at most. */
    public static final int MAX_CUSTOM = 50;
    /** The largest figure accepted (a budget in euros fits). */
    public static final double MAX_FIGURE = 1e12;

    static final String PUBLISHED = PanoramaReader.PUBLISHED;

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    MessageBundles messages;

    @Inject
    PanoramaReader reader;

    Clock clock = Clock.systemDefaultZone();

    public ImpactService() {}

    /** Outside the container (tests). */
    public ImpactService(EntityManager em, MessageBundles messages, PanoramaReader reader, Clock clock) {
        this.em = em;
        this.messages = messages;
        this.reader = reader;
        this.clock = clock;
    }

    // ---- reading (through the reader) ------------------------------------------------------------

    public int firstYear() {
        return reader.firstYear();
    }

    public int lastYear() {
        return reader.lastYear();
    }

    public List<Indicator> indicators() {
        return reader.indicators();
    }

    public Indicator indicator(long id) {
        return reader.indicator(id);
    }

    public List<PanoramaReader.Line> panorama(int year, Locale locale) {
        return reader.panorama(year, locale);
    }

    public Map<Integer, Double> trend(long indicatorId, int lastYear, Locale locale) {
        return reader.trend(indicatorId, lastYear, locale);
    }

    public boolean isComputed(Indicator i) {
        return reader.isComputed(i);
    }

    public String name(Indicator i, Locale locale) {
        return reader.name(i, locale);
    }

    public String figure(Double value, Indicator i, Locale locale) {
        return reader.figure(value, i, locale);
    }

    public boolean isPublished() {
        return reader.isPublished();
    }

    /**
     * Enters (or, with {@code value} null, removes) the figure of an entered indicator for a year.
     *
     * @param version the version of the figure read, null when there was none
     * @throws ValidationFailure naming {@code value} or {@code source}
     * @throws ConcurrentEditException when someone changed the figure since it was read
     */
    @RequiresRole({Role.MANAGER, Role.BOARD})
    public void enter(long indicatorId, int year, Double value, String source, Long version, Locale locale) {
        reader.checkYear(year, locale);
        Indicator i = indicator(indicatorId);
        if (isComputed(i)) {
            throw ValidationFailure.of("value", messages.get(locale, "core.impact.error.computed"));
        }
        IndicatorValue current = reader.values(year).get(indicatorId);
        long currentVersion = current == null ? -1 : current.getVersion();
        if ((version == null ? -1 : version) != currentVersion) {
            throw new ConcurrentEditException("IndicatorValue", indicatorId);
        }
        if (value == null) {
            if (current != null) {
                em.remove(current);
            }
            return;
        }
        List<ValidationFailure.Violation> problems = new ArrayList<>();
        if (!Double.isFinite(value) || value < 0 || value > MAX_FIGURE) {
            problems.add(new ValidationFailure.Violation("value", messages.get(locale, "core.impact.error.value")));
        } else if (i.commonUnit() == Unit.PERCENT && value > 100) {
            problems.add(new ValidationFailure.Violation("value", messages.get(locale, "core.impact.error.percent")));
        }
        if (source == null || source.isBlank()) {
            problems.add(new ValidationFailure.Violation("source", messages.get(locale, "core.impact.error.source")));
        } else if (source.trim().length() > IndicatorValue.SOURCE_MAX) {
            problems.add(new ValidationFailure.Violation(
                    "source", messages.format(locale, "core.error.tooLong", IndicatorValue.SOURCE_MAX)));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        IndicatorValue v = current;
        if (v == null) {
            v = new IndicatorValue(i, year);
            em.persist(v);
        }
        v.enter(value, source.trim(), clock.instant(), AuditUser.current());
        em.flush();
    }

    /** Defines one of the team's own indicators (or, with {@code id}, changes it; of the common base, only its target). */
    @RequiresRole({Role.MANAGER})
    public Indicator define(Long id, String name, String unit, Double target, Frequency frequency, Locale locale) {
        Indicator existing = id == null ? null : indicator(id);
        List<ValidationFailure.Violation> problems = new ArrayList<>();
        if (existing == null || !existing.isCommon()) {
            if (name == null || name.isBlank()) {
                problems.add(
                        new ValidationFailure.Violation("indicatorName", messages.get(locale, "core.error.required")));
            } else if (name.trim().length() > Indicator.NAME_MAX) {
                problems.add(new ValidationFailure.Violation(
                        "indicatorName", messages.format(locale, "core.error.tooLong", Indicator.NAME_MAX)));
            } else if (indicators().stream()
                    .filter(x -> !x.getId().equals(id))
                    .anyMatch(x -> name(x, locale).equalsIgnoreCase(name.trim()))) {
                problems.add(new ValidationFailure.Violation(
                        "indicatorName", messages.get(locale, "core.impact.error.nameTaken")));
            }
            if (unit == null || unit.isBlank()) {
                problems.add(
                        new ValidationFailure.Violation("indicatorUnit", messages.get(locale, "core.error.required")));
            } else if (unit.trim().length() > Indicator.UNIT_MAX) {
                problems.add(new ValidationFailure.Violation(
                        "indicatorUnit", messages.format(locale, "core.error.tooLong", Indicator.UNIT_MAX)));
            }
        }
        if (target != null && (!Double.isFinite(target) || target < 0 || target > MAX_FIGURE)) {
            problems.add(new ValidationFailure.Violation(
                    "indicatorTarget", messages.get(locale, "core.impact.error.value")));
        }
        long custom = indicators().stream().filter(x -> !x.isCommon()).count();
        if (existing == null && custom >= MAX_CUSTOM) {
            problems.add(new ValidationFailure.Violation(
                    "indicatorName", messages.format(locale, "core.error.tooMany", MAX_CUSTOM)));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        Frequency f = frequency == null ? Frequency.YEARLY : frequency;
        if (existing == null) {
            Indicator created = new Indicator(name.trim(), unit.trim(), target, f, 100 + (int) custom);
            em.persist(created);
            em.flush();
            return created;
        }
        existing.define(name == null ? null : name.trim(), unit == null ? null : unit.trim(), target, f);
        em.flush();
        return existing;
    }

    /** Deletes one of the team's own indicators with its figures; the common base stays. */
    @RequiresRole({Role.MANAGER})
    public void delete(long id, Locale locale) {
        Indicator i = indicator(id);
        if (i.isCommon()) {
            throw ValidationFailure.of(null, messages.get(locale, "core.impact.error.common"));
        }
        em.createQuery("delete from IndicatorValue v where v.indicator = :i")
                .setParameter("i", i)
                .executeUpdate();
        em.remove(i);
    }

    // ---- the yearly activity report ---------------------------------------------------------------

    /** The yearly activity report: every theme's figures for {@code year}, last year's, the targets and sources. */
    public byte[] reportPdf(int year, Locale locale) {
        List<PanoramaReader.Line> lines = panorama(year, locale);
        PdfDocument pdf = new PdfDocument(
                        false, messages.format(locale, "core.impact.report.title", String.valueOf(year)))
                .title(messages.format(locale, "core.impact.report.title", String.valueOf(year)))
                .subtitle(messages.get(locale, "core.impact.report.subtitle"));
        long filled = lines.stream().filter(l -> l.value() != null).count();
        pdf.paragraph(messages.format(locale, "core.impact.report.filled", filled, lines.size()));
        for (Theme t : Theme.values()) {
            List<PanoramaReader.Line> ofTheme =
                    lines.stream().filter(l -> l.indicator().getTheme() == t).toList();
            if (ofTheme.isEmpty()) {
                continue;
            }
            pdf.heading(messages.label(locale, t));
            List<List<String>> rows = new ArrayList<>();
            List<Boolean> highlighted = new ArrayList<>();
            for (PanoramaReader.Line l : ofTheme) {
                rows.add(List.of(
                        l.name(),
                        figure(l.value(), l.indicator(), locale),
                        figure(l.previous(), l.indicator(), locale),
                        figure(l.indicator().getTarget(), l.indicator(), locale),
                        l.source() == null ? "" : l.source()));
                highlighted.add(false);
            }
            pdf.table(
                    List.of(
                            messages.get(locale, "core.impact.indicator"),
                            String.valueOf(year),
                            String.valueOf(year - 1),
                            messages.get(locale, "core.impact.target"),
                            messages.get(locale, "core.impact.source")),
                    rows,
                    new float[] {34, 14, 14, 12, 26},
                    highlighted);
        }
        pdf.numberPages(messages.get(locale, "core.pdf.page"), "");
        return pdf.toBytes();
    }

    // ---- publishing ------------------------------------------------------------------------------

    /** Publishes the panorama on the public page (figures only, no personal data), or withdraws it. */
    @RequiresRole({Role.MANAGER})
    public void publish(boolean published) {
        fr.tierslieu.core.application.workspace.WorkspaceSettings.put(em, PUBLISHED, String.valueOf(published));
    }
}
