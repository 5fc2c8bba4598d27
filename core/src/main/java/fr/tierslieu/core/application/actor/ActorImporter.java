package fr.tierslieu.core.application.actor;

import fr.tierslieu.core.application.audit.AuditUser;
import fr.tierslieu.core.application.export.Csv;
import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.application.i18n.Validation;
import fr.tierslieu.core.application.security.RequiresRole;
import fr.tierslieu.core.domain.actor.Actor;
import fr.tierslieu.core.domain.actor.ActorKind;
import fr.tierslieu.core.domain.actor.ActorType;
import fr.tierslieu.core.domain.actor.EngagementLevel;
import fr.tierslieu.core.domain.actor.MaturityLevel;
import fr.tierslieu.core.domain.actor.MobilisationStatus;
import fr.tierslieu.core.domain.actor.SearchText;
import fr.tierslieu.core.domain.actor.Stance;
import fr.tierslieu.core.domain.security.Role;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Imports actors from a CSV file, all or nothing: every line is checked first, and a file with any
 * invalid line imports nothing and reports each line at fault with the reason. Enumerated values
 * may be given as constants ({@code ASSOCIATION}) or as labels in French or English
 * ({@code Association}, {@code Établissement de recherche / formation}).
 */
@ApplicationScoped
@Transactional
@RequiresRole({Role.MANAGER, Role.BOARD, Role.ORGANIZER})
public class ActorImporter {

    /** Lines beyond this are refused as a whole, to keep an import a single quick transaction. */
    public static final int MAX_LINES = 10_000;

    @Inject
    ActorRepository repository;

    @Inject
    Validation validation;

    @Inject
    MessageBundles messages;

    /** Outcome: how many actors were created, or why nothing was. */
    public record Result(int imported, List<ValidationFailure.Violation> errors) {
        public boolean isSuccess() {
            return errors.isEmpty();
        }
    }

    public Result importCsv(String text, Locale locale) {
        List<ValidationFailure.Violation> errors = new ArrayList<>();
        List<ActorDraft> drafts = parse(text, locale, errors);
        if (!errors.isEmpty()) {
            return new Result(0, errors);
        }
        LocalDate today = LocalDate.now();
        String user = AuditUser.current();
        for (ActorDraft d : drafts) {
            Actor actor = new Actor(d.getType(), d.getName(), d.getKind(), d.position(), today, user);
            actor.describe(
                    d.getType(),
                    d.getName(),
                    d.getKind(),
                    d.getCommune(),
                    d.getContactName(),
                    d.getEmail(),
                    d.getPhone(),
                    d.getWebsite(),
                    d.getNotes(),
                    d.getTags());
            repository.add(actor);
        }
        repository.flush();
        return new Result(drafts.size(), List.of());
    }

    /** Parses and checks every line; fills {@code errors} and returns the drafts of valid lines. */
    List<ActorDraft> parse(String text, Locale locale, List<ValidationFailure.Violation> errors) {
        List<Csv.Row> rows = fr.tierslieu.core.application.export.CsvFile.rows(
                text, MAX_LINES, "core.import.error.noData", messages, locale, errors);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<ActorColumns, Integer> index = new EnumMap<>(ActorColumns.class);
        List<String> header = rows.get(0).fields();
        for (int i = 0; i < header.size(); i++) {
            ActorColumns column = ActorColumns.fromHeader(header.get(i));
            if (column == null && !header.get(i).isBlank()) {
                errors.add(new ValidationFailure.Violation(
                        lineRef(locale, 1), messages.format(locale, "core.import.error.unknownColumn", header.get(i))));
            } else if (column != null && index.putIfAbsent(column, i) != null) {
                errors.add(new ValidationFailure.Violation(
                        lineRef(locale, 1),
                        messages.format(locale, "core.import.error.duplicateColumn", header.get(i))));
            }
        }
        for (ActorColumns required : List.of(ActorColumns.NAME, ActorColumns.KIND)) {
            if (!index.containsKey(required)) {
                errors.add(new ValidationFailure.Violation(
                        lineRef(locale, 1),
                        messages.format(
                                locale, "core.import.error.missingColumn", messages.get(locale, required.labelKey()))));
            }
        }
        if (!errors.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> namesInFile = new HashMap<>();
        Set<String> existing = new HashSet<>();
        for (Actor a : repository.list(ActorFilter.none())) {
            existing.add(SearchText.normalize(a.getName()));
        }
        List<ActorDraft> drafts = new ArrayList<>();
        for (Csv.Row row : rows.subList(1, rows.size())) {
            String where = lineRef(locale, row.line());
            int before = errors.size();
            ActorDraft d = new ActorDraft();
            Cells cells = new Cells(row, index);
            d.setName(cells.get(ActorColumns.NAME));
            d.setType(parseEnum(
                    ActorType.class,
                    cells.get(ActorColumns.TYPE),
                    ActorType.ORGANISATION,
                    ActorColumns.TYPE,
                    where,
                    locale,
                    errors));
            int beforeKind = errors.size();
            d.setKind(parseEnum(
                    ActorKind.class, cells.get(ActorColumns.KIND), null, ActorColumns.KIND, where, locale, errors));
            boolean kindReported = errors.size() > beforeKind;
            d.setCommune(cells.get(ActorColumns.COMMUNE));
            d.setContactName(cells.get(ActorColumns.CONTACT));
            d.setEmail(cells.get(ActorColumns.EMAIL));
            d.setPhone(cells.get(ActorColumns.PHONE));
            d.setWebsite(cells.get(ActorColumns.WEBSITE));
            d.setNotes(cells.get(ActorColumns.NOTES));
            String tags = cells.get(ActorColumns.TAGS);
            d.setTags(tags == null ? List.of() : Arrays.asList(tags.split("[|,]")));
            d.setStatus(parseEnum(
                    MobilisationStatus.class,
                    cells.get(ActorColumns.STATUS),
                    MobilisationStatus.UNKNOWN,
                    ActorColumns.STATUS,
                    where,
                    locale,
                    errors));
            d.setStance(parseEnum(
                    Stance.class,
                    cells.get(ActorColumns.STANCE),
                    Stance.NEUTRAL,
                    ActorColumns.STANCE,
                    where,
                    locale,
                    errors));
            d.setEngagement(parseEnum(
                    EngagementLevel.class,
                    cells.get(ActorColumns.ENGAGEMENT),
                    EngagementLevel.IDENTIFIED,
                    ActorColumns.ENGAGEMENT,
                    where,
                    locale,
                    errors));
            d.setMaturity(parseEnum(
                    MaturityLevel.class,
                    cells.get(ActorColumns.MATURITY),
                    MaturityLevel.UNAWARE,
                    ActorColumns.MATURITY,
                    where,
                    locale,
                    errors));
            d.setInfluence(
                    parseRating(cells.get(ActorColumns.INFLUENCE), ActorColumns.INFLUENCE, where, locale, errors));
            d.setInterest(parseRating(cells.get(ActorColumns.INTEREST), ActorColumns.INTEREST, where, locale, errors));
            for (ValidationFailure.Violation v : validation.violationsOf(d, locale, "")) {
                if (v.field().equals("kind") && kindReported) {
                    continue; // already reported as an unknown value (a blank one is reported here, as missing)
                }
                errors.add(new ValidationFailure.Violation(
                        where,
                        messages.format(
                                locale, "core.import.fieldError", columnLabel(v.field(), locale), v.message())));
            }
            if (d.getName() != null && !d.getName().isBlank()) {
                String key = SearchText.normalize(d.getName());
                Integer first = namesInFile.putIfAbsent(key, row.line());
                if (first != null) {
                    errors.add(new ValidationFailure.Violation(
                            where, messages.format(locale, "core.import.error.duplicateInFile", d.getName(), first)));
                } else if (existing.contains(key)) {
                    errors.add(new ValidationFailure.Violation(
                            where, messages.format(locale, "core.import.error.exists", d.getName())));
                }
            }
            if (errors.size() == before) {
                drafts.add(d);
            }
        }
        return drafts;
    }

    private String lineRef(Locale locale, int line) {
        return messages.format(locale, "core.import.line", line);
    }

    private String columnLabel(String field, Locale locale) {
        for (ActorColumns c : ActorColumns.values()) {
            if (field.equals(c.property()) || field.startsWith(c.property() + "[")) {
                return messages.get(locale, c.labelKey());
            }
        }
        return field;
    }

    private <E extends Enum<E>> E parseEnum(
            Class<E> type,
            String raw,
            E fallback,
            ActorColumns column,
            String where,
            Locale locale,
            List<ValidationFailure.Violation> errors) {
        if (raw == null) {
            return fallback;
        }
        String wanted = SearchText.normalize(raw).replace(' ', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(wanted)) {
                return constant;
            }
            for (Locale l : MessageBundles.SUPPORTED) {
                String label = SearchText.normalize(messages.label(l, constant)).replace(' ', '_');
                if (label.equals(wanted)) {
                    return constant;
                }
            }
        }
        List<String> allowed = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            allowed.add(messages.label(locale, constant));
        }
        errors.add(new ValidationFailure.Violation(
                where,
                messages.format(
                        locale,
                        "core.import.error.unknownValue",
                        messages.get(locale, column.labelKey()),
                        raw,
                        String.join(", ", allowed))));
        return null;
    }

    private int parseRating(
            String raw, ActorColumns column, String where, Locale locale, List<ValidationFailure.Violation> errors) {
        if (raw == null) {
            return 3;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= 1 && value <= 5) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new ValidationFailure.Violation(
                where,
                messages.format(locale, "core.import.error.rating", messages.get(locale, column.labelKey()), raw)));
        return 3;
    }

    /** Cells of a row by column, trimmed, null when empty; spreadsheet formula guards removed. */
    private record Cells(Csv.Row row, Map<ActorColumns, Integer> index) {
        String get(ActorColumns column) {
            Integer i = index.get(column);
            if (i == null || i >= row.fields().size()) {
                return null;
            }
            String value = row.fields().get(i).trim();
            if (value.length() > 1 && value.charAt(0) == '\'' && "=+-@".indexOf(value.charAt(1)) >= 0) {
                value = value.substring(1);
            }
            return value.isEmpty() ? null : value;
        }
    }
}
