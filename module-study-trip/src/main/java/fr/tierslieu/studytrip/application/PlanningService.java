package fr.tierslieu.studytrip.application;

import static fr.tierslieu.core.application.i18n.Validation.REQUIRED;
import static fr.tierslieu.core.application.i18n.Validation.TOO_LONG;

import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.application.security.RequiresRole;
import fr.tierslieu.core.application.workspace.Workspaces;
import fr.tierslieu.core.domain.security.Role;
import fr.tierslieu.core.domain.shared.NotFoundException;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.core.module.ExperienceLibrary;
import fr.tierslieu.core.module.ExperienceView;
import fr.tierslieu.studytrip.domain.Carpool;
import fr.tierslieu.studytrip.domain.Co2;
import fr.tierslieu.studytrip.domain.Cost;
import fr.tierslieu.studytrip.domain.CostSharing;
import fr.tierslieu.studytrip.domain.CriteriaGrid;
import fr.tierslieu.studytrip.domain.Criterion;
import fr.tierslieu.studytrip.domain.Destination;
import fr.tierslieu.studytrip.domain.Itinerary;
import fr.tierslieu.studytrip.domain.Participant;
import fr.tierslieu.studytrip.domain.RegistrationStatus;
import fr.tierslieu.studytrip.domain.Stop;
import fr.tierslieu.studytrip.domain.Travel;
import fr.tierslieu.studytrip.domain.Trip;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Preparing the trip: candidate destinations ranked on weighted criteria and the choice with its
 * reasons; the itinerary of the day checked by {@link Itinerary}; the transport (carpool or coach,
 * with CO₂); the budget shared between the organisations of the participants. Organisers (and
 * admins) change it; everyone signed in reads.
 */
@ApplicationScoped
@Transactional
@RequiresRole
public class PlanningService {

    @PersistenceContext(unitName = "studytrip")
    EntityManager em;

    @Inject
    MessageBundles messages;

    @Inject
    fr.tierslieu.core.application.i18n.Validation validation;

    public PlanningService() {}

    private static final String COORDINATES = "{studytrip.error.coordinates}";

    public PlanningService(EntityManager em, MessageBundles messages) {
        this.em = em;
        this.messages = messages;
        this.validation = fr.tierslieu.core.application.i18n.Validation.standalone(messages);
    }

    Trip trip(long id) {
        Trip t = em.find(Trip.class, id);
        if (t == null) {
            throw new NotFoundException("Trip", id);
        }
        return t;
    }

    private ValidationFailure.Violation v(String field, Locale locale, String key, Object... args) {
        return new ValidationFailure.Violation(field, messages.format(locale, key, args));
    }

    // ---- destinations and criteria -------------------------------------------------------------

    public List<Destination> destinations(long tripId) {
        return em.createQuery("select d from Destination d where d.trip.id = :t order by d.id", Destination.class)
                .setParameter("t", tripId)
                .getResultList();
    }

    public List<Criterion> criteria(long tripId) {
        return em.createQuery(
                        "select c from Criterion c where c.trip.id = :t order by c.position, c.id", Criterion.class)
                .setParameter("t", tripId)
                .getResultList();
    }

    /** What the organisers type for a destination. */
    public static final class DestinationDraft {
        @jakarta.validation.constraints.NotBlank(message = REQUIRED)
        @jakarta.validation.constraints.Size(max = Destination.NAME_MAX, message = TOO_LONG)
        private final String name;

        @jakarta.validation.constraints.Size(max = Destination.COMMUNE_MAX, message = TOO_LONG)
        private final String commune;

        @jakarta.validation.constraints.NotNull(message = COORDINATES)
        @jakarta.validation.constraints.DecimalMin(value = "-90", message = COORDINATES)
        @jakarta.validation.constraints.DecimalMax(value = "90", message = COORDINATES)
        private final BigDecimal lat;

        @jakarta.validation.constraints.NotNull(message = COORDINATES)
        @jakarta.validation.constraints.DecimalMin(value = "-180", message = COORDINATES)
        @jakarta.validation.constraints.DecimalMax(value = "180", message = COORDINATES)
        private final BigDecimal lon;

        @jakarta.validation.constraints.Size(max = Destination.THEMES_MAX, message = TOO_LONG)
        private final String themes;

        private final Long hostActorId;

        @jakarta.validation.constraints.Size(max = Destination.GOALS_MAX, message = TOO_LONG)
        private final String learningGoals;

        private final Set<Long> questionIds;

        public DestinationDraft(
                String name,
                String commune,
                BigDecimal lat,
                BigDecimal lon,
                String themes,
                Long hostActorId,
                String learningGoals,
                Set<Long> questionIds) {
            this.name = name;
            this.commune = commune;
            this.lat = lat;
            this.lon = lon;
            this.themes = themes;
            this.hostActorId = hostActorId;
            this.learningGoals = learningGoals;
            this.questionIds = questionIds;
        }

        public String name() {
            return name;
        }

        public String commune() {
            return commune;
        }

        public BigDecimal lat() {
            return lat;
        }

        public BigDecimal lon() {
            return lon;
        }

        public String themes() {
            return themes;
        }

        public Long hostActorId() {
            return hostActorId;
        }

        public String learningGoals() {
            return learningGoals;
        }

        public Set<Long> questionIds() {
            return questionIds;
        }
    }

    /** The page's names of the destination form's fields (both coordinates are said at the latitude). */
    private static final Map<String, String> DESTINATION_FIELDS =
            Map.of("name", "destinationName", "lat", "destinationLat", "lon", "destinationLat");

    /** Creates ({@code destinationId} null) or changes a candidate destination. */
    @RequiresRole({Role.ORGANIZER})
    public Destination saveDestination(long tripId, Long destinationId, DestinationDraft d, Locale locale) {
        Trip trip = trip(tripId);
        List<ValidationFailure.Violation> problems = new ArrayList<>();
        for (ValidationFailure.Violation found : validation.violationsOf(d, locale, DESTINATION_FIELDS)) {
            if (!problems.contains(found)) { // latitude and longitude wrong: said once
                problems.add(found);
            }
        }
        if (problems.stream().noneMatch(p -> p.field().equals("destinationName"))
                && destinations(tripId).stream()
                        .anyMatch(x -> x.getName().equalsIgnoreCase(d.name().trim())
                                && !x.getId().equals(destinationId))) {
            problems.add(0, v("destinationName", locale, "studytrip.error.destinationTaken")); // the form's first field
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        Destination dest;
        if (destinationId == null) {
            dest = new Destination(trip, d.name().trim());
            em.persist(dest);
        } else {
            dest = destination(tripId, destinationId);
            em.lock(dest, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        dest.describe(
                d.name().trim(),
                blank(d.commune()),
                d.lat().setScale(6, RoundingMode.HALF_UP),
                d.lon().setScale(6, RoundingMode.HALF_UP),
                blank(d.themes()),
                d.hostActorId(),
                blank(d.learningGoals()),
                d.questionIds() == null ? Set.of() : d.questionIds());
        em.flush();
        return dest;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    Destination destination(long tripId, long destinationId) {
        Destination d = em.find(Destination.class, destinationId);
        if (d == null || !d.getTrip().getId().equals(tripId)) {
            throw new NotFoundException("Destination", destinationId);
        }
        return d;
    }

    /**
     * Creates a candidate destination from a sheet of the experience library: its name, commune,
     * coordinates and offers (as themes); the destination remembers the sheet, so that the trip's
     * debrief writes back to it.
     *
     * @throws ValidationFailure naming {@code experienceId} when the sheet is gone or has no coordinates
     */
    @RequiresRole({Role.ORGANIZER})
    public Destination destinationFromExperience(
            long tripId, long experienceId, ExperienceLibrary library, Locale locale) {
        ExperienceView sheet = library.experience(experienceId, locale)
                .orElseThrow(() -> ValidationFailure.of(
                        "experienceId", messages.format(locale, "studytrip.error.experienceGone")));
        if (sheet.latitude() == null || sheet.longitude() == null) {
            throw ValidationFailure.of(
                    "experienceId", messages.format(locale, "studytrip.error.experienceNoCoordinates", sheet.name()));
        }
        String themes = String.join(", ", sheet.offers());
        Destination d = saveDestination(
                tripId,
                null,
                new DestinationDraft(
                        sheet.name().length() > Destination.NAME_MAX
                                ? sheet.name().substring(0, Destination.NAME_MAX)
                                : sheet.name(),
                        sheet.commune() == null || sheet.commune().length() <= 120 ? sheet.commune() : null,
                        BigDecimal.valueOf(sheet.latitude()),
                        BigDecimal.valueOf(sheet.longitude()),
                        themes.length() > 500 ? themes.substring(0, 500) : themes,
                        null,
                        null,
                        Set.of()),
                locale);
        d.fromExperience(experienceId);
        em.flush();
        return d;
    }

    @RequiresRole({Role.ORGANIZER})
    public void removeDestination(long tripId, long destinationId) {
        em.remove(destination(tripId, destinationId));
    }

    /** The criterion form, as the page names its fields. */
    static final class CriterionForm {
        @jakarta.validation.constraints.NotBlank(message = REQUIRED)
        @jakarta.validation.constraints.Size(max = Criterion.NAME_MAX, message = TOO_LONG)
        private final String criterionName;

        @jakarta.validation.constraints.NotNull(message = WEIGHT)
        @jakarta.validation.constraints.Min(value = 1, message = WEIGHT)
        @jakarta.validation.constraints.Max(value = 5, message = WEIGHT)
        private final Integer criterionWeight;

        private static final String WEIGHT = "{studytrip.error.weight}";

        CriterionForm(String criterionName, Integer criterionWeight) {
            this.criterionName = criterionName;
            this.criterionWeight = criterionWeight;
        }
    }

    @RequiresRole({Role.ORGANIZER})
    public Criterion addCriterion(long tripId, String name, Integer weight, Locale locale) {
        Trip trip = trip(tripId);
        List<ValidationFailure.Violation> problems = new ArrayList<>(
                validation.violationsOf(new CriterionForm(name == null ? null : name.trim(), weight), locale, ""));
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        Criterion c = new Criterion(trip, name.trim(), weight, criteria(tripId).size());
        em.persist(c);
        em.flush();
        return c;
    }

    @RequiresRole({Role.ORGANIZER})
    public void removeCriterion(long tripId, long criterionId) {
        Criterion c = em.find(Criterion.class, criterionId);
        if (c != null) {
            Workspaces.nativeQuery(em, "DELETE FROM studytrip_score WHERE criterion_id = ?")
                    .setParameter(1, criterionId)
                    .executeUpdate();
            em.remove(c);
            em.flush();
            destinations(tripId).forEach(em::refresh);
        }
    }

    /** Sets the scores of the grid (destination id → criterion id → 0..5, or null to clear), all or none. */
    @RequiresRole({Role.ORGANIZER})
    public void score(long tripId, Map<Long, Map<Long, Integer>> grid, Locale locale) {
        for (Map.Entry<Long, Map<Long, Integer>> row : grid.entrySet()) {
            for (Integer s : row.getValue().values()) {
                if (s != null && (s < 0 || s > 5)) {
                    throw ValidationFailure.of("grid", messages.get(locale, "studytrip.error.score"));
                }
            }
        }
        for (Map.Entry<Long, Map<Long, Integer>> row : grid.entrySet()) {
            Destination d = destination(tripId, row.getKey());
            em.lock(d, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            row.getValue().forEach(d::score);
        }
        em.flush();
    }

    public List<CriteriaGrid.Ranked> ranking(long tripId) {
        List<CriteriaGrid.Criterion> criteria = criteria(tripId).stream()
                .map(c -> new CriteriaGrid.Criterion(c.getId(), c.getName(), c.getWeight()))
                .toList();
        List<CriteriaGrid.Candidate> candidates = destinations(tripId).stream()
                .map(d -> new CriteriaGrid.Candidate(d.getId(), d.getName(), d.getScores()))
                .toList();
        return CriteriaGrid.rank(criteria, candidates);
    }

    /** The choice of a destination, as the page names its fields. */
    static final class ChoiceForm {
        @jakarta.validation.constraints.NotNull(message = REQUIRED)
        private final Long chosen;

        @jakarta.validation.constraints.NotBlank(message = "{studytrip.error.reasons}")
        @jakarta.validation.constraints.Size(max = Trip.REASONS_MAX, message = TOO_LONG)
        private final String choiceReasons;

        ChoiceForm(Long chosen, String choiceReasons) {
            this.chosen = chosen;
            this.choiceReasons = choiceReasons;
        }
    }

    /** Records the choice and its reasons; the destination becomes the trip's. */
    @RequiresRole({Role.ORGANIZER})
    public void choose(long tripId, Long destinationId, String reasons, Locale locale) {
        List<ValidationFailure.Violation> problems = validation.violationsOf(
                new ChoiceForm(destinationId, reasons == null ? null : reasons.strip()), locale, "");
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        Trip trip = trip(tripId);
        trip.choose(destination(tripId, destinationId), reasons.trim());
        em.flush();
    }

    // ---- the day ---------------------------------------------------------------------------------

    public List<Stop> stops(long tripId) {
        return em.createQuery("select s from Stop s where s.trip.id = :t order by s.position, s.id", Stop.class)
                .setParameter("t", tripId)
                .getResultList();
    }

    /** What the organisers type for a stop. */
    public static final class StopDraft {
        @jakarta.validation.constraints.NotNull(message = REQUIRED)
        private final Itinerary.Kind kind;

        @jakarta.validation.constraints.NotBlank(message = REQUIRED)
        @jakarta.validation.constraints.Size(max = Stop.NAME_MAX, message = TOO_LONG)
        private final String name;

        private final BigDecimal lat;

        private final BigDecimal lon;

        private final LocalTime plannedStart;

        private final Integer minutes;

        private final LocalTime closes;

        public StopDraft(
                Itinerary.Kind kind,
                String name,
                BigDecimal lat,
                BigDecimal lon,
                LocalTime plannedStart,
                Integer minutes,
                LocalTime closes) {
            this.kind = kind;
            this.name = name;
            this.lat = lat;
            this.lon = lon;
            this.plannedStart = plannedStart;
            this.minutes = minutes;
            this.closes = closes;
        }

        public Itinerary.Kind kind() {
            return kind;
        }

        public String name() {
            return name;
        }

        public BigDecimal lat() {
            return lat;
        }

        public BigDecimal lon() {
            return lon;
        }

        public LocalTime plannedStart() {
            return plannedStart;
        }

        public Integer minutes() {
            return minutes;
        }

        public LocalTime closes() {
            return closes;
        }
    }

    @RequiresRole({Role.ORGANIZER})
    public Stop addStop(long tripId, StopDraft s, Locale locale) {
        Trip trip = trip(tripId);
        List<ValidationFailure.Violation> problems =
                new ArrayList<>(validation.violationsOf(s, locale, Map.of("kind", "stopKind", "name", "stopName")));
        if ((s.lat() == null) != (s.lon() == null)
                || s.lat() != null
                        && (s.lat().abs().compareTo(BigDecimal.valueOf(90)) > 0
                                || s.lon().abs().compareTo(BigDecimal.valueOf(180)) > 0)) {
            problems.add(v("stopLat", locale, "studytrip.error.coordinates"));
        }
        if (s.minutes() == null || s.minutes() < 0 || s.minutes() > 720) {
            problems.add(v("stopMinutes", locale, "studytrip.error.minutes"));
        }
        List<Stop> existing = stops(tripId);
        if (existing.isEmpty() && s.plannedStart() == null) {
            problems.add(v("stopStart", locale, "studytrip.error.firstStart"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        Stop stop = new Stop(
                trip,
                existing.size(),
                s.kind(),
                s.name().trim(),
                scale(s.lat()),
                scale(s.lon()),
                s.plannedStart(),
                s.minutes(),
                s.closes());
        em.persist(stop);
        em.flush();
        return stop;
    }

    private static BigDecimal scale(BigDecimal v) {
        return v == null ? null : v.setScale(6, RoundingMode.HALF_UP);
    }

    @RequiresRole({Role.ORGANIZER})
    public void removeStop(long tripId, long stopId) {
        List<Stop> stops = stops(tripId);
        stops.stream().filter(s -> s.getId() == stopId).findFirst().ifPresent(em::remove);
        int i = 0;
        for (Stop s : stops) {
            if (s.getId() != stopId) {
                s.moveTo(i++);
            }
        }
        em.flush();
    }

    /** Moves a stop one place earlier ({@code -1}) or later ({@code +1}). */
    @RequiresRole({Role.ORGANIZER})
    public void moveStop(long tripId, long stopId, int delta) {
        List<Stop> stops = new ArrayList<>(stops(tripId));
        int from = -1;
        for (int i = 0; i < stops.size(); i++) {
            if (stops.get(i).getId() == stopId) {
                from = i;
            }
        }
        int to = from + delta;
        if (from < 0 || to < 0 || to >= stops.size()) {
            return;
        }
        Stop moved = stops.remove(from);
        stops.add(to, moved);
        for (int i = 0; i < stops.size(); i++) {
            stops.get(i).moveTo(i);
        }
        em.flush();
    }

    /** The day as computed by the itinerary engine (travel times from coordinates, warnings). */
    public Itinerary.Day day(long tripId) {
        return Itinerary.check(
                stops(tripId).stream().map(Stop::toStop).toList(), Travel.RURAL_BRITTANY, Itinerary.DEFAULT_MAX_DAY);
    }

    // ---- transport -------------------------------------------------------------------------------

    /**
     * Carpool against coach for the confirmed participants: total kilometres, CO₂ (ADEME factors,
     * see {@link Co2}) and cost per participant of the coach.
     */
    public record TransportComparison(
            double carpoolKm,
            double carpoolKgCo2,
            int unseated,
            double coachKm,
            double coachKgCo2,
            BigDecimal coachCost,
            BigDecimal coachCostPerParticipant,
            int participants) {}

    public TransportComparison transport(long tripId, Carpool.Plan plan) {
        Trip trip = trip(tripId);
        List<Participant> confirmed = em.createQuery(
                        "select p from Participant p where p.trip.id = :t and p.status = :s", Participant.class)
                .setParameter("t", tripId)
                .setParameter("s", RegistrationStatus.CONFIRMED)
                .getResultList();
        Travel.Point origin = departure(tripId);
        double coachKm = origin == null ? 0 : 2 * Travel.RURAL_BRITTANY.roadKm(origin, trip.destinationPoint());
        int n = confirmed.size();
        BigDecimal perHead = trip.getCoachCost() == null || n == 0
                ? null
                : trip.getCoachCost().divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
        return new TransportComparison(
                plan.vehicleKm() * 2,
                Co2.cars(plan.vehicleKm() * 2),
                plan.unseated().size(),
                coachKm,
                Co2.coach(coachKm, Math.max(1, n)),
                trip.getCoachCost(),
                perHead,
                n);
    }

    /** Where the day starts: the first stop with a place, else the first confirmed participant's commune; null if unknown. */
    public Travel.Point departure(long tripId) {
        return stops(tripId).stream()
                .map(Stop::toStop)
                .filter(s -> s.place() != null)
                .map(Itinerary.Stop::place)
                .findFirst()
                .orElseGet(() -> em
                        .createQuery(
                                "select p from Participant p where p.trip.id = :t and p.status = :s and p.originLat is not null "
                                        + "order by p.registeredAt",
                                Participant.class)
                        .setParameter("t", tripId)
                        .setParameter("s", RegistrationStatus.CONFIRMED)
                        .setMaxResults(1)
                        .getResultList()
                        .stream()
                        .map(p -> new Travel.Point(
                                p.getOriginLat().doubleValue(), p.getOriginLon().doubleValue()))
                        .findFirst()
                        .orElse(null));
    }

    @RequiresRole({Role.ORGANIZER})
    public void travelBy(long tripId, Trip.Transport transport, BigDecimal coachCost, Locale locale) {
        if (transport == null) {
            throw ValidationFailure.of("transport", messages.get(locale, "core.error.required"));
        }
        if (coachCost != null && (coachCost.signum() < 0 || coachCost.compareTo(BigDecimal.valueOf(100_000)) > 0)) {
            throw ValidationFailure.of("coachCost", messages.get(locale, "studytrip.error.amount"));
        }
        if (transport == Trip.Transport.COACH && coachCost == null) {
            throw ValidationFailure.of("coachCost", messages.get(locale, "studytrip.error.coachCost"));
        }
        trip(tripId).travelBy(transport, coachCost == null ? null : coachCost.setScale(2, RoundingMode.HALF_UP));
        em.flush();
    }

    // ---- budget ----------------------------------------------------------------------------------

    public List<Cost> costs(long tripId) {
        return em.createQuery("select c from Cost c where c.trip.id = :t order by c.id", Cost.class)
                .setParameter("t", tripId)
                .getResultList();
    }

    /** The cost form, as the page names its fields. */
    static final class CostForm {
        @jakarta.validation.constraints.NotBlank(message = REQUIRED)
        @jakarta.validation.constraints.Size(max = Cost.LABEL_MAX, message = TOO_LONG)
        private final String costLabel;

        @jakarta.validation.constraints.NotNull(message = AMOUNT)
        @jakarta.validation.constraints.DecimalMin(value = "0", message = AMOUNT)
        @jakarta.validation.constraints.DecimalMax(value = "1000000", message = AMOUNT)
        private final BigDecimal costAmount;

        @jakarta.validation.constraints.NotBlank(message = REQUIRED)
        @jakarta.validation.constraints.Size(max = Cost.PAYER_MAX, message = TOO_LONG)
        private final String costPayer;

        private static final String AMOUNT = "{studytrip.error.amount}";

        CostForm(String costLabel, BigDecimal costAmount, String costPayer) {
            this.costLabel = costLabel;
            this.costAmount = costAmount;
            this.costPayer = costPayer;
        }
    }

    @RequiresRole({Role.ORGANIZER})
    public Cost addCost(long tripId, String label, BigDecimal amount, String payer, Locale locale) {
        Trip trip = trip(tripId);
        List<ValidationFailure.Violation> problems = new ArrayList<>(validation.violationsOf(
                new CostForm(label == null ? null : label.trim(), amount, payer == null ? null : payer.trim()),
                locale,
                ""));
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        Cost c = new Cost(trip, label.trim(), amount.setScale(2, RoundingMode.HALF_UP), payer.trim());
        em.persist(c);
        em.flush();
        return c;
    }

    @RequiresRole({Role.ORGANIZER})
    public void removeCost(long tripId, long costId) {
        costs(tripId).stream().filter(c -> c.getId() == costId).findFirst().ifPresent(em::remove);
    }

    @RequiresRole({Role.ORGANIZER})
    public void shareBy(long tripId, Trip.ShareMode mode) {
        trip(tripId).shareBy(mode == null ? Trip.ShareMode.PER_PARTICIPANT : mode);
        em.flush();
    }

    /**
     * The organisations sharing the costs: each confirmed participant counts for the organisation
     * named in {@code organisations} (participant id → name; a participant without organisation
     * counts for themself), plus any payer that has no participant.
     */
    public record Budget(
            CostSharing.Result result,
            Map<String, Integer> participantsPerParty,
            long totalCents,
            BigDecimal perParticipant) {}

    public Budget budget(long tripId, Map<Long, String> organisations) {
        Trip trip = trip(tripId);
        List<Participant> confirmed = em.createQuery(
                        "select p from Participant p where p.trip.id = :t and p.status = :s order by p.registeredAt",
                        Participant.class)
                .setParameter("t", tripId)
                .setParameter("s", RegistrationStatus.CONFIRMED)
                .getResultList();
        Map<String, Integer> perParty = new LinkedHashMap<>();
        for (Participant p : confirmed) {
            perParty.merge(organisations.getOrDefault(p.getId(), p.getName()), 1, Integer::sum);
        }
        List<Cost> costs = costs(tripId);
        for (Cost c : costs) {
            perParty.putIfAbsent(c.getPayer(), 0);
        }
        if (perParty.isEmpty()) {
            return null;
        }
        List<CostSharing.Party> parties = new ArrayList<>();
        boolean anyParticipant = perParty.values().stream().anyMatch(n -> n > 0);
        boolean equal = trip.getShareMode() == Trip.ShareMode.PER_ORGANISATION;
        perParty.forEach((name, n) -> {
            long weight = !anyParticipant ? 1 : equal ? (n > 0 ? 1 : 0) : n; // payers without participants owe nothing
            parties.add(new CostSharing.Party(name, weight));
        });
        List<CostSharing.Cost> lines = costs.stream()
                .map(c -> new CostSharing.Cost(
                        c.getLabel(), c.getAmount().movePointRight(2).longValueExact(), c.getPayer()))
                .toList();
        CostSharing.Result result = CostSharing.share(lines, parties);
        long total = lines.stream().mapToLong(CostSharing.Cost::cents).sum();
        BigDecimal perParticipant = confirmed.isEmpty()
                ? null
                : BigDecimal.valueOf(total)
                        .movePointLeft(2)
                        .divide(BigDecimal.valueOf(confirmed.size()), 2, RoundingMode.HALF_UP);
        return new Budget(result, perParty, total, perParticipant);
    }
}
