package fr.tierslieu.core.application.experience;

import fr.tierslieu.core.application.export.Csv;
import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.application.i18n.Validation;
import fr.tierslieu.core.application.security.RequiresRole;
import fr.tierslieu.core.domain.actor.SearchText;
import fr.tierslieu.core.domain.experience.Experience;
import fr.tierslieu.core.domain.experience.ExperienceDraft;
import fr.tierslieu.core.domain.experience.LegalForm;
import fr.tierslieu.core.domain.experience.Lesson;
import fr.tierslieu.core.domain.experience.LessonKind;
import fr.tierslieu.core.domain.experience.Offer;
import fr.tierslieu.core.domain.experience.SizeClass;
import fr.tierslieu.core.domain.project.FindingKind;
import fr.tierslieu.core.domain.security.Role;
import fr.tierslieu.core.domain.shared.ConcurrentEditException;
import fr.tierslieu.core.domain.shared.NotFoundException;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.core.module.ExperienceLibrary;
import fr.tierslieu.core.module.ExperienceView;
import fr.tierslieu.core.module.LessonShared;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The experience library: sheets on other places, searched by text, offer, legal form, size and
 * distance from our own place; compared side by side with ours; imported from and exported to CSV
 * ({@link ExperienceColumns}); lessons typed in or written back by modules ({@link LessonShared}).
 * Everyone signed in reads; the manager and the trip's organisers edit.
 */
@ApplicationScoped
@Transactional
@RequiresRole
public class ExperienceService implements ExperienceLibrary {

    /** Sheets the library holds at most. */
    public static final int MAX_SHEETS = 20_000;
    /** Lines of one import at most. */
    public static final int MAX_LINES = 10_000;
    /** Rows a search shows at most (the count says how many matched). */
    public static final int MAX_SHOWN = 500;
    /** Places compared with ours at most. */
    public static final int MAX_COMPARED = 3;
    /** Errors of an import listed at most. */
    public static final int MAX_ERRORS = 100;
    /** The origin of lessons read from a file: an import replaces them. */
    static final String CSV_ORIGIN = "csv";

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    Validation validation;

    @Inject
    MessageBundles messages;

    Clock clock = Clock.systemUTC();

    public ExperienceService() {}

    /** Outside the container (tests). */
    public ExperienceService(EntityManager em, Validation validation, MessageBundles messages) {
        this.em = em;
        this.validation = validation;
        this.messages = messages;
    }

    /** What to look for; a null part does not filter. */
    public record Filter(String text, Offer offer, LegalForm legalForm, SizeClass size, Integer maxKm) {
        public static Filter none() {
            return new Filter(null, null, null, null, null);
        }
    }

    /** A sheet found, with its distance from our place in km (null when either has no coordinates). */
    public record Found(Experience experience, Double distanceKm) {}

    /** The sheets found (at most {@link #MAX_SHOWN}, nearest first) and how many matched. */
    public record Search(List<Found> rows, int total, Experience ours) {}

    public Experience get(long id) {
        Experience e = em.find(Experience.class, id);
        if (e == null) {
            throw new NotFoundException("Experience", id);
        }
        return e;
    }

    /** Our own place's sheet, if one is marked. */
    public Optional<Experience> ours() {
        return em
                .createQuery("select e from Experience e where e.ours = :ours", Experience.class)
                .setParameter("ours", true)
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst();
    }

    public long count() {
        return em.createQuery("select count(e) from Experience e", Long.class).getSingleResult();
    }

    public Search search(Filter f) {
        Experience ours = ours().orElse(null);
        List<Found> found = filtered(f, ours);
        int total = found.size();
        return new Search(List.copyOf(found.subList(0, Math.min(MAX_SHOWN, total))), total, ours);
    }

    /** Every sheet matching {@code f} but ours, nearest first, then by name. */
    private List<Found> filtered(Filter f, Experience ours) {
        // « ours » is left out below, in Java: EclipseLink writes a boolean literal H2 refuses to
        // compare once the query holds a LIKE on a concatenation
        StringBuilder q = new StringBuilder("select e from Experience e where e.name is not null");
        Map<String, Object> params = new HashMap<>();
        if (f.legalForm() != null) {
            q.append(" and e.legalForm = :form");
            params.put("form", f.legalForm());
        }
        if (f.offer() != null) {
            q.append(" and concat(',', e.offers, ',') like :offer");
            params.put("offer", "%," + f.offer().name() + ",%");
        }
        if (f.size() == SizeClass.UNKNOWN) {
            q.append(" and e.budget is null");
        } else if (f.size() == SizeClass.SMALL) {
            q.append(" and e.budget < 100000");
        } else if (f.size() == SizeClass.MEDIUM) {
            q.append(" and e.budget >= 100000 and e.budget <= 500000");
        } else if (f.size() == SizeClass.LARGE) {
            q.append(" and e.budget > 500000");
        }
        var query = em.createQuery(q.toString(), Experience.class);
        params.forEach(query::setParameter);
        String text = f.text() == null || f.text().isBlank() ? null : SearchText.normalize(f.text());
        Double lat = ours == null ? null : ours.getLatitude();
        Double lon = ours == null ? null : ours.getLongitude();
        List<Found> found = new ArrayList<>();
        for (Experience e : query.getResultList()) {
            if (e.isOurs()) {
                continue;
            }
            if (text != null
                    && !SearchText.normalize(e.getName() + " " + nz(e.getCommune()) + " " + nz(e.getDepartment()) + " "
                                    + nz(e.getRegion()) + " " + nz(e.getTypology()))
                            .contains(text)) {
                continue;
            }
            Double km = e.distanceFrom(lat, lon);
            if (f.maxKm() != null && (km == null || km > f.maxKm())) {
                continue;
            }
            found.add(new Found(e, km));
        }
        found.sort(Comparator.comparing((Found x) -> x.distanceKm() == null ? Double.MAX_VALUE : x.distanceKm())
                .thenComparing(x -> SearchText.normalize(x.experience().getName())));
        return found;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @RequiresRole({Role.MANAGER, Role.ORGANIZER})
    public Experience create(ExperienceDraft d, Locale locale) {
        validation.check(d, locale);
        if (count() >= MAX_SHEETS) {
            throw ValidationFailure.of(null, messages.format(locale, "core.experience.error.full", MAX_SHEETS));
        }
        Experience e = new Experience(d, clock.instant());
        em.persist(e);
        em.flush();
        return e;
    }

    /** @throws ConcurrentEditException if someone saved the sheet since it was read at {@code version} */
    @RequiresRole({Role.MANAGER, Role.ORGANIZER})
    public Experience save(long id, long version, ExperienceDraft d, Locale locale) {
        Experience e = get(id);
        if (e.getVersion() != version) {
            throw new ConcurrentEditException("Experience", id);
        }
        validation.check(d, locale);
        e.describe(d, clock.instant());
        em.flush();
        return e;
    }

    @RequiresRole({Role.MANAGER, Role.ORGANIZER})
    public void delete(long id) {
        em.remove(get(id));
    }

    /** Marks the sheet as our own place (the one compared and measured from); the previous one no longer is. */
    @RequiresRole({Role.MANAGER})
    public void markOurs(long id) {
        Experience chosen = get(id);
        ours().filter(o -> !o.equals(chosen)).ifPresent(o -> o.markOurs(false));
        chosen.markOurs(true);
        em.flush();
    }

    @RequiresRole({Role.MANAGER, Role.ORGANIZER})
    public Experience addLesson(long id, LessonKind kind, String text, String tags, Locale locale) {
        Experience e = get(id);
        if (text == null || text.isBlank()) {
            throw ValidationFailure.of("lessonText", messages.get(locale, "core.error.required"));
        }
        if (text.trim().length() > Lesson.TEXT_MAX) {
            throw ValidationFailure.of("lessonText", messages.format(locale, "core.error.tooLong", Lesson.TEXT_MAX));
        }
        if (tags != null && tags.trim().length() > Lesson.TAGS_MAX) {
            throw ValidationFailure.of("lessonTags", messages.format(locale, "core.error.tooLong", Lesson.TAGS_MAX));
        }
        if (e.getLessons().size() >= Experience.MAX_LESSONS) {
            throw ValidationFailure.of(
                    "lessonText", messages.format(locale, "core.error.tooMany", Experience.MAX_LESSONS));
        }
        e.learn(new Lesson(
                kind == null ? LessonKind.SUCCESS_FACTOR : kind,
                text.trim(),
                tags == null || tags.isBlank() ? null : tags.trim(),
                null));
        em.flush();
        return e;
    }

    @RequiresRole({Role.MANAGER, Role.ORGANIZER})
    public void removeLesson(long id, int index) {
        get(id).forget(index);
        em.flush();
    }

    /**
     * Our place (first, when marked) and up to {@link #MAX_COMPARED} others, in the order asked.
     *
     * @throws ValidationFailure naming {@code ids} when more are asked
     */
    public List<Experience> compare(List<Long> ids, Locale locale) {
        List<Long> others = ids.stream().distinct().toList();
        if (others.size() > MAX_COMPARED + 1) {
            throw ValidationFailure.of("ids", messages.format(locale, "core.experience.error.compare", MAX_COMPARED));
        }
        List<Experience> out = new ArrayList<>();
        ours().ifPresent(out::add);
        for (Long id : others) {
            Experience e = get(id);
            if (!out.contains(e)) {
                out.add(e);
            }
        }
        if (out.size() > MAX_COMPARED + 1) {
            throw ValidationFailure.of("ids", messages.format(locale, "core.experience.error.compare", MAX_COMPARED));
        }
        return out;
    }

    // ---- for modules -----------------------------------------------------------------------------

    @Override
    public List<ExperienceView> experiences(int max, Locale locale) {
        return em
                .createQuery("select e from Experience e where e.ours = :ours order by e.name", Experience.class)
                .setParameter("ours", false)
                .setMaxResults(Math.max(0, Math.min(max, MAX_SHOWN)))
                .getResultList()
                .stream()
                .map(e -> view(e, locale))
                .toList();
    }

    @Override
    public Optional<ExperienceView> experience(long id, Locale locale) {
        return Optional.ofNullable(em.find(Experience.class, id)).map(e -> view(e, locale));
    }

    private ExperienceView view(Experience e, Locale locale) {
        return new ExperienceView(
                e.getId(),
                e.getName(),
                e.getCommune(),
                e.getLatitude(),
                e.getLongitude(),
                e.getOffers().stream().map(o -> messages.label(locale, o)).toList());
    }

    /** A module writes a lesson back to a sheet (one per source reference); a sheet gone is skipped. */
    void onLessonShared(@Observes LessonShared event) {
        Experience e = em.find(Experience.class, event.experienceId());
        if (e == null || event.text() == null || event.text().isBlank()) {
            return;
        }
        LessonKind kind = event.kind() == FindingKind.VIGILANCE ? LessonKind.VIGILANCE : LessonKind.SUCCESS_FACTOR;
        String text =
                event.text().length() > Lesson.TEXT_MAX ? event.text().substring(0, Lesson.TEXT_MAX) : event.text();
        String tags = event.tags() == null || event.tags().isBlank()
                ? null
                : event.tags().length() > Lesson.TAGS_MAX ? event.tags().substring(0, Lesson.TAGS_MAX) : event.tags();
        String origin = event.source() + ":" + event.sourceRef();
        boolean known = e.getLessons().stream().anyMatch(l -> origin.equals(l.getOrigin()));
        if (!known && e.getLessons().size() >= Experience.MAX_LESSONS) {
            return;
        }
        e.learn(new Lesson(kind, text, tags, origin.length() > 120 ? origin.substring(0, 120) : origin));
    }

    // ---- CSV --------------------------------------------------------------------------------------

    /** What an import did, or why it did nothing (each error names its line). */
    public record Imported(int created, int updated, List<ValidationFailure.Violation> errors) {
        public boolean isSuccess() {
            return errors.isEmpty();
        }
    }

    /**
     * Imports a CSV file, all or nothing: every line is checked first; a sheet already in the library
     * (same census id, or same name and commune) is updated, keeping the lessons typed in; the others
     * are created.
     */
    @RequiresRole({Role.MANAGER, Role.ORGANIZER})
    public Imported importCsv(String text, Locale locale) {
        List<ValidationFailure.Violation> errors = new ArrayList<>();
        List<Parsed> lines = parse(text, locale, errors);
        if (!errors.isEmpty()) {
            return new Imported(0, 0, errors.size() > MAX_ERRORS ? errors.subList(0, MAX_ERRORS) : errors);
        }
        Map<String, Experience> byCensus = new HashMap<>();
        Map<String, Experience> byName = new HashMap<>();
        for (Experience e :
                em.createQuery("select e from Experience e", Experience.class).getResultList()) {
            if (e.getCensusId() != null) {
                byCensus.put(e.getCensusId(), e);
            }
            byName.put(key(e.getName(), e.getCommune()), e);
        }
        long created = lines.stream()
                .filter(p -> find(p.draft(), byCensus, byName) == null)
                .count();
        if (count() + created > MAX_SHEETS) {
            return new Imported(
                    0,
                    0,
                    List.of(new ValidationFailure.Violation(
                            null, messages.format(locale, "core.experience.error.full", MAX_SHEETS))));
        }
        int made = 0;
        int updated = 0;
        var now = clock.instant();
        for (Parsed p : lines) {
            Experience e = find(p.draft(), byCensus, byName);
            if (e == null) {
                e = new Experience(p.draft(), now);
                em.persist(e);
                made++;
            } else {
                e.describe(p.draft(), now);
                updated++;
            }
            e.relearn(CSV_ORIGIN, p.lessons());
        }
        em.flush();
        return new Imported(made, updated, List.of());
    }

    private static Experience find(
            ExperienceDraft d, Map<String, Experience> byCensus, Map<String, Experience> byName) {
        Experience e = d.getCensusId() == null ? null : byCensus.get(d.getCensusId());
        return e != null ? e : byName.get(key(d.getName(), d.getCommune()));
    }

    private static String key(String name, String commune) {
        return SearchText.normalize(name) + "|" + SearchText.normalize(commune);
    }

    private record Parsed(ExperienceDraft draft, List<Lesson> lessons) {}

    private List<Parsed> parse(String text, Locale locale, List<ValidationFailure.Violation> errors) {
        List<Csv.Row> rows = fr.tierslieu.core.application.export.CsvFile.rows(
                text, MAX_LINES, "core.experience.import.noData", messages, locale, errors);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<ExperienceColumns, Integer> index = new EnumMap<>(ExperienceColumns.class);
        List<String> header = rows.get(0).fields();
        for (int i = 0; i < header.size(); i++) {
            ExperienceColumns c = ExperienceColumns.fromHeader(header.get(i));
            if (c != null && index.putIfAbsent(c, i) != null) {
                errors.add(new ValidationFailure.Violation(
                        line(locale, 1), messages.format(locale, "core.import.error.duplicateColumn", header.get(i))));
            }
        }
        if (!index.containsKey(ExperienceColumns.NAME)) {
            errors.add(new ValidationFailure.Violation(
                    line(locale, 1), messages.format(locale, "core.import.error.missingColumn", "NOM_TL")));
        }
        if (!errors.isEmpty()) {
            return List.of();
        }
        Map<String, LegalForm> forms = labels(LegalForm.values(), locale);
        Map<String, Offer> offers = labels(Offer.values(), locale);
        Map<String, Integer> seen = new HashMap<>();
        List<Parsed> out = new ArrayList<>();
        for (Csv.Row row : rows.subList(1, rows.size())) {
            String where = line(locale, row.line());
            int before = errors.size();
            Function<ExperienceColumns, String> cell = c -> {
                Integer i = index.get(c);
                if (i == null || i >= row.fields().size()) {
                    return null;
                }
                String v = row.fields().get(i).trim();
                return v.isEmpty() ? null : v;
            };
            ExperienceDraft d = new ExperienceDraft();
            d.setCensusId(cell.apply(ExperienceColumns.CENSUS_ID));
            d.setName(cell.apply(ExperienceColumns.NAME));
            d.setAddress(cell.apply(ExperienceColumns.ADDRESS));
            d.setPostcode(zeroAsEmpty(cell.apply(ExperienceColumns.POSTCODE)));
            d.setCommune(cell.apply(ExperienceColumns.COMMUNE));
            d.setDepartment(cell.apply(ExperienceColumns.DEPARTMENT));
            d.setRegion(cell.apply(ExperienceColumns.REGION));
            d.setTypology(cell.apply(ExperienceColumns.TYPOLOGY));
            d.setWebsite(cell.apply(ExperienceColumns.WEBSITE));
            d.setEmail(cell.apply(ExperienceColumns.EMAIL));
            d.setGovernance(cell.apply(ExperienceColumns.GOVERNANCE));
            d.setSources(cell.apply(ExperienceColumns.SOURCES));
            Numbers n = new Numbers(where, locale, errors);
            d.setLatitude(n.decimal(cell, ExperienceColumns.LATITUDE));
            d.setLongitude(n.decimal(cell, ExperienceColumns.LONGITUDE));
            d.setYearOpened(n.whole(cell, ExperienceColumns.YEAR_OPENED));
            Double budget = n.decimal(cell, ExperienceColumns.BUDGET);
            d.setBudget(budget == null ? null : Math.round(budget));
            d.setOwnResourcesPct(n.whole(cell, ExperienceColumns.OWN_RESOURCES_PCT));
            d.setStaffFte(n.decimal(cell, ExperienceColumns.STAFF_FTE));
            d.setVolunteers(n.whole(cell, ExperienceColumns.VOLUNTEERS));
            d.setSurfaceM2(n.whole(cell, ExperienceColumns.SURFACE_M2));
            String form = cell.apply(ExperienceColumns.LEGAL_FORM);
            if (form != null) {
                LegalForm f = forms.get(SearchText.normalize(form));
                if (f == null) {
                    errors.add(unknown(where, ExperienceColumns.LEGAL_FORM, form, LegalForm.values(), locale));
                } else {
                    d.setLegalForm(f);
                }
            }
            String offerText = cell.apply(ExperienceColumns.OFFERS);
            Set<Offer> set = EnumSet.noneOf(Offer.class);
            if (offerText != null) {
                for (String o : offerText.split("\\|")) {
                    if (o.isBlank()) {
                        continue;
                    }
                    Offer found = offers.get(SearchText.normalize(o.trim()));
                    if (found == null) {
                        errors.add(unknown(where, ExperienceColumns.OFFERS, o.trim(), Offer.values(), locale));
                    } else {
                        set.add(found);
                    }
                }
            } else {
                set.addAll(fromTypology(d.getTypology()));
            }
            d.setOffers(set);
            String illustrative = cell.apply(ExperienceColumns.ILLUSTRATIVE);
            d.setIllustrative(illustrative != null
                    && List.of("oui", "yes", "true", "1", "vrai").contains(SearchText.normalize(illustrative)));
            List<Lesson> lessons = new ArrayList<>();
            lessons(cell.apply(ExperienceColumns.SUCCESS_FACTORS), LessonKind.SUCCESS_FACTOR, lessons);
            lessons(cell.apply(ExperienceColumns.VIGILANCE), LessonKind.VIGILANCE, lessons);
            if (lessons.size() > Experience.MAX_LESSONS
                    || lessons.stream().anyMatch(l -> l.getText().length() > Lesson.TEXT_MAX)) {
                errors.add(new ValidationFailure.Violation(
                        where,
                        messages.format(
                                locale, "core.experience.import.lessons", Experience.MAX_LESSONS, Lesson.TEXT_MAX)));
            }
            for (ValidationFailure.Violation v : validation.violationsOf(d, locale, "")) {
                errors.add(new ValidationFailure.Violation(
                        where, column(v.field()) + messages.get(locale, "core.colon") + " " + v.message()));
            }
            if (errors.size() == before) {
                String k = d.getCensusId() != null ? "id:" + d.getCensusId() : key(d.getName(), d.getCommune());
                Integer first = seen.putIfAbsent(k, row.line());
                if (first != null) {
                    errors.add(new ValidationFailure.Violation(
                            where, messages.format(locale, "core.import.error.duplicateInFile", d.getName(), first)));
                } else {
                    out.add(new Parsed(d, lessons));
                }
            }
            if (errors.size() > MAX_ERRORS) {
                break;
            }
        }
        return out;
    }

    /** The census writes « 0 » for an unknown postcode. */
    private static String zeroAsEmpty(String v) {
        return "0".equals(v) ? null : v;
    }

    /** The CSV header of a draft's property, for messages. */
    private static String column(String property) {
        return switch (property) {
            case "name" -> ExperienceColumns.NAME.header();
            case "censusId" -> ExperienceColumns.CENSUS_ID.header();
            case "address" -> ExperienceColumns.ADDRESS.header();
            case "postcode" -> ExperienceColumns.POSTCODE.header();
            case "commune" -> ExperienceColumns.COMMUNE.header();
            case "department" -> ExperienceColumns.DEPARTMENT.header();
            case "region" -> ExperienceColumns.REGION.header();
            case "latitude" -> ExperienceColumns.LATITUDE.header();
            case "longitude" -> ExperienceColumns.LONGITUDE.header();
            case "typology" -> ExperienceColumns.TYPOLOGY.header();
            case "yearOpened" -> ExperienceColumns.YEAR_OPENED.header();
            case "budget" -> ExperienceColumns.BUDGET.header();
            case "ownResourcesPct" -> ExperienceColumns.OWN_RESOURCES_PCT.header();
            case "staffFte" -> ExperienceColumns.STAFF_FTE.header();
            case "volunteers" -> ExperienceColumns.VOLUNTEERS.header();
            case "surfaceM2" -> ExperienceColumns.SURFACE_M2.header();
            case "governance" -> ExperienceColumns.GOVERNANCE.header();
            case "sources" -> ExperienceColumns.SOURCES.header();
            case "website" -> ExperienceColumns.WEBSITE.header();
            case "email" -> ExperienceColumns.EMAIL.header();
            default -> property;
        };
    }

    private static void lessons(String cell, LessonKind kind, List<Lesson> out) {
        if (cell == null) {
            return;
        }
        for (String part : cell.split("\\|")) {
            if (!part.isBlank()) {
                out.add(new Lesson(kind, part.trim(), null, CSV_ORIGIN));
            }
        }
    }

    /** Offers read from the census's typology (« Tiers lieux à dominante coworking »). */
    static Set<Offer> fromTypology(String typology) {
        Set<Offer> out = EnumSet.noneOf(Offer.class);
        if (typology == null) {
            return out;
        }
        String t = SearchText.normalize(typology);
        if (t.contains("coworking") || t.contains("bureaux partages")) {
            out.add(Offer.COWORKING);
        }
        if (t.contains("fablab") || t.contains("fab lab") || t.contains("fabrication")) {
            out.add(Offer.FABLAB);
        }
        if (t.contains("atelier")) {
            out.add(Offer.SHARED_WORKSHOP);
        }
        if (t.contains("cafe")) {
            out.add(Offer.CAFE);
        }
        if (t.contains("cultur") || t.contains("artist")) {
            out.add(Offer.CULTURE);
        }
        if (t.contains("formation")) {
            out.add(Offer.TRAINING);
        }
        if (t.contains("services publics") || t.contains("france services") || t.contains("msap")) {
            out.add(Offer.PUBLIC_SERVICES);
        }
        if (t.contains("alimenta") || t.contains("agricol") || t.contains("jardin")) {
            out.add(Offer.FOOD);
        }
        if (t.contains("ressourcerie") || t.contains("reemploi") || t.contains("recyclerie")) {
            out.add(Offer.REUSE);
        }
        return out;
    }

    private <E extends Enum<E>> Map<String, E> labels(E[] values, Locale locale) {
        Map<String, E> out = new HashMap<>();
        for (E v : values) {
            out.put(SearchText.normalize(v.name()), v);
            out.put(SearchText.normalize(messages.label(MessageBundles.FRENCH, v)), v);
            out.put(SearchText.normalize(messages.label(Locale.ENGLISH, v)), v);
        }
        return out;
    }

    private <E extends Enum<E>> ValidationFailure.Violation unknown(
            String where, ExperienceColumns column, String value, E[] values, Locale locale) {
        String allowed =
                Arrays.stream(values).map(v -> messages.label(locale, v)).collect(Collectors.joining(", "));
        return new ValidationFailure.Violation(
                where, messages.format(locale, "core.import.error.unknownValue", column.header(), value, allowed));
    }

    private String line(Locale locale, int line) {
        return messages.format(locale, "core.import.line", line);
    }

    /** Numbers of a line: French (« 12,5 », « 12 000 ») or plain; each refusal names its column. */
    private final class Numbers {
        private final String where;
        private final Locale locale;
        private final List<ValidationFailure.Violation> errors;

        Numbers(String where, Locale locale, List<ValidationFailure.Violation> errors) {
            this.where = where;
            this.locale = locale;
            this.errors = errors;
        }

        Double decimal(Function<ExperienceColumns, String> cell, ExperienceColumns c) {
            String v = cell.apply(c);
            if (v == null) {
                return null;
            }
            try {
                double d = Double.parseDouble(v.replace('\u202F', ' ')
                        .replace('\u00A0', ' ')
                        .replace(" ", "")
                        .replace(',', '.'));
                if (Double.isFinite(d)) {
                    return d;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            errors.add(new ValidationFailure.Violation(
                    where, messages.format(locale, "core.experience.import.number", c.header(), v)));
            return null;
        }

        Integer whole(Function<ExperienceColumns, String> cell, ExperienceColumns c) {
            Double d = decimal(cell, c);
            if (d == null) {
                return null;
            }
            if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
                errors.add(new ValidationFailure.Violation(
                        where, messages.format(locale, "core.experience.import.whole", c.header(), cell.apply(c))));
                return null;
            }
            return (int) Math.round(d);
        }
    }

    /** The sheets matching {@code f} (every one, not only those a search shows) as a CSV file the import reads back; ours first when nothing filters. */
    public String exportCsv(Filter f, Locale locale) {
        Experience ours = ours().orElse(null);
        List<Experience> all = new ArrayList<>();
        if (ours != null && f.equals(Filter.none())) {
            all.add(ours);
        }
        filtered(f, ours).forEach(x -> all.add(x.experience()));
        StringBuilder sb = new StringBuilder(Csv.BOM);
        List<String> header = Arrays.stream(ExperienceColumns.values())
                .map(ExperienceColumns::header)
                .toList();
        sb.append(Csv.line(header, ';')).append("\r\n");
        for (Experience e : all) {
            List<Object> cells = new ArrayList<>();
            for (ExperienceColumns c : ExperienceColumns.values()) {
                cells.add(value(e, c));
            }
            sb.append(Csv.line(cells, ';')).append("\r\n");
        }
        return sb.toString();
    }

    private static Object value(Experience e, ExperienceColumns c) {
        return switch (c) {
            case CENSUS_ID -> e.getCensusId();
            case NAME -> e.getName();
            case ADDRESS -> e.getAddress();
            case POSTCODE -> e.getPostcode();
            case COMMUNE -> e.getCommune();
            case DEPARTMENT -> e.getDepartment();
            case REGION -> e.getRegion();
            case LATITUDE -> e.getLatitude();
            case LONGITUDE -> e.getLongitude();
            case TYPOLOGY -> e.getTypology();
            case WEBSITE -> e.getWebsite();
            case EMAIL -> e.getEmail();
            case LEGAL_FORM -> e.getLegalForm().name();
            case YEAR_OPENED -> e.getYearOpened();
            case OFFERS -> e.getOffers().stream().map(Enum::name).collect(Collectors.joining("|"));
            case BUDGET -> e.getBudget();
            case OWN_RESOURCES_PCT -> e.getOwnResourcesPct();
            case STAFF_FTE -> e.getStaffFte();
            case VOLUNTEERS -> e.getVolunteers();
            case SURFACE_M2 -> e.getSurfaceM2();
            case GOVERNANCE -> e.getGovernance();
            case SUCCESS_FACTORS -> lessonsOf(e, LessonKind.SUCCESS_FACTOR);
            case VIGILANCE -> lessonsOf(e, LessonKind.VIGILANCE);
            case SOURCES -> e.getSources();
            case ILLUSTRATIVE -> e.isIllustrative() ? "oui" : "non";
        };
    }

    private static String lessonsOf(Experience e, LessonKind kind) {
        return e.getLessons().stream()
                .filter(l -> l.getKind() == kind)
                .map(l -> l.getText().replace('|', '/'))
                .collect(Collectors.joining("|"));
    }
}
