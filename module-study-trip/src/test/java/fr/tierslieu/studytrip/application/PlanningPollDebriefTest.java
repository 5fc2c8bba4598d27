package fr.tierslieu.studytrip.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.tierslieu.core.application.workspace.Workspaces;
import fr.tierslieu.core.domain.shared.NotFoundException;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.core.module.FindingPublished;
import fr.tierslieu.core.module.TaskSuggested;
import fr.tierslieu.core.testsupport.JpaTestSupport;
import fr.tierslieu.core.testsupport.TestModules;
import fr.tierslieu.studytrip.StudyTripModule;
import fr.tierslieu.studytrip.domain.CostSharing;
import fr.tierslieu.studytrip.domain.DatePoll;
import fr.tierslieu.studytrip.domain.Destination;
import fr.tierslieu.studytrip.domain.Invitee;
import fr.tierslieu.studytrip.domain.Itinerary;
import fr.tierslieu.studytrip.domain.Note;
import fr.tierslieu.studytrip.domain.PollDate;
import fr.tierslieu.studytrip.domain.Trip;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.persistence.EntityManager;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Destinations, the date poll by personal link, the day, the budget and the debrief on the real schema. */
class PlanningPollDebriefTest {

    static final Locale FR = Locale.FRENCH;
    private JpaTestSupport db;
    private final fr.tierslieu.core.application.mail.Mailer.Recorder mails =
            new fr.tierslieu.core.application.mail.Mailer.Recorder();

    @BeforeEach
    void setUp() {
        db = JpaTestSupport.open(
                "studytrip", "core", "classpath:db/migration/core", "studytrip", "classpath:db/migration/studytrip");
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    PlanningService planning(EntityManager em) {
        return new PlanningService(em, TestModules.bundles(new StudyTripModule()));
    }

    PollService poll(EntityManager em) {
        return new PollService(em, TestModules.bundles(new StudyTripModule()), mails);
    }

    TripService trips(EntityManager em) {
        return new TripService(em, TestModules.bundles(new StudyTripModule()));
    }

    long trip(Long projectId) {
        return db.tx(em -> trips(em)
                .createTrip(
                        "Voyage",
                        LocalDate.now().plusMonths(6),
                        "Rennes",
                        new BigDecimal("48.117300"),
                        new BigDecimal("-1.677800"),
                        10,
                        projectId,
                        FR)
                .getId());
    }

    @Test
    void theChosenDestinationBecomesTheTripsWithItsReasons() {
        long trip = trip(null);
        long d = db.tx(em -> planning(em)
                .saveDestination(
                        trip,
                        null,
                        new PlanningService.DestinationDraft(
                                "Tiers-lieu de Lannion",
                                "Lannion",
                                new BigDecimal("48.7326"),
                                new BigDecimal("-3.4566"),
                                "fablab",
                                null,
                                "SCIC",
                                Set.of()),
                        FR)
                .getId());
        assertThatThrownBy(() -> db.run(em -> planning(em)
                        .saveDestination(
                                trip,
                                null,
                                new PlanningService.DestinationDraft(
                                        "tiers-lieu de lannion",
                                        null,
                                        new BigDecimal("95"),
                                        BigDecimal.ONE,
                                        null,
                                        null,
                                        null,
                                        Set.of()),
                                FR)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        e -> assertThat(e.getViolations())
                                .extracting(ValidationFailure.Violation::field)
                                .containsExactly("destinationName", "destinationLat"));
        long c =
                db.tx(em -> planning(em).addCriterion(trip, "Pertinence", 5, FR).getId());
        assertThatThrownBy(() -> db.run(em -> planning(em).addCriterion(trip, "Coût", 9, FR)))
                .isInstanceOf(ValidationFailure.class);
        assertThatThrownBy(() -> db.run(em -> planning(em).score(trip, Map.of(d, Map.of(c, 6)), FR)))
                .isInstanceOf(ValidationFailure.class);
        db.run(em -> planning(em).score(trip, Map.of(d, Map.of(c, 4)), FR));
        assertThat(db.<Double>tx(em -> planning(em).ranking(trip).get(0).score()))
                .isEqualTo(4.0);
        assertThatThrownBy(() -> db.run(em -> planning(em).choose(trip, d, " ", FR)))
                .isInstanceOf(ValidationFailure.class);
        db.run(em -> planning(em).choose(trip, d, "La plus pertinente", FR));
        Trip t = db.tx(em -> trips(em).trip(trip));
        assertThat(t.getDestination()).isEqualTo("Tiers-lieu de Lannion");
        assertThat(t.getChoiceReasons()).isEqualTo("La plus pertinente");
        db.run(em -> planning(em).removeCriterion(trip, c));
        assertThat(db.<Map<Long, Integer>>tx(
                        em -> planning(em).destinations(trip).get(0).getScores()))
                .isEmpty();
    }

    @Test
    void inviteesAnswerThroughTheirLinkOnlyAndAllDatesAtOnce() {
        long trip = trip(null);
        long d1 = db.tx(
                em -> poll(em).addDate(trip, LocalDate.now().plusMonths(6), FR).getId());
        long d2 =
                db.tx(em -> poll(em).addDate(trip, LocalDate.now().plusMonths(6).plusWeeks(1), FR)
                        .getId());
        assertThatThrownBy(() ->
                        db.run(em -> poll(em).addDate(trip, LocalDate.now().minusDays(1), FR)))
                .isInstanceOf(ValidationFailure.class);
        Invitee a = db.tx(em -> poll(em).invite(trip, null, "Partenaire extérieur", "p@example.org", FR));
        Invitee b = db.tx(em -> poll(em).invite(trip, null, "Élu·e", null, FR));
        assertThat(a.getToken()).hasSizeGreaterThanOrEqualTo(43).isNotEqualTo(b.getToken());
        assertThatThrownBy(() -> db.run(em -> poll(em).invite(trip, null, "X", "pas-un-courriel", FR)))
                .isInstanceOf(ValidationFailure.class);

        // the invitee with an address got the invitation with their personal link
        assertThat(mails.mails()).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo("studytrip.mail.invitation");
            assertThat(m.to()).isEqualTo("p@example.org");
            assertThat(m.args()).contains("http://localhost:8080/public/studytrip/poll.xhtml?t=" + a.getToken());
        });
        assertThat(db.<Integer>tx(em -> poll(em).remind(trip))).isEqualTo(1);
        assertThat(mails.mails())
                .extracting(fr.tierslieu.core.application.mail.MailOutbox.Mail::kind)
                .containsExactly("studytrip.mail.invitation", "studytrip.mail.reminder");
        assertThat(db.<Boolean>tx(
                        em -> poll(em).invitation("inconnu-" + "x".repeat(30)).isPresent()))
                .isFalse();
        assertThat(db.<Boolean>tx(em -> poll(em).invitation("' or 1=1 --").isPresent()))
                .isFalse();
        PollService.Invitation inv =
                db.tx(em -> poll(em).invitation(a.getToken()).orElseThrow());
        assertThat(inv.name()).isEqualTo("Partenaire extérieur");
        assertThat(inv.dates()).extracting(PollDate::getId).containsExactly(d1, d2);

        assertThatThrownBy(() -> db.run(em -> poll(em).answer(a.getToken(), Map.of(d1, DatePoll.Answer.YES), FR)))
                .isInstanceOf(ValidationFailure.class);
        assertThat(db.<PollService.Results>tx(em -> poll(em).results(trip)).missing())
                .containsExactlyInAnyOrder("Partenaire extérieur", "Élu·e");
        db.run(em -> poll(em).answer(a.getToken(), Map.of(d1, DatePoll.Answer.IF_NEEDED, d2, DatePoll.Answer.YES), FR));
        db.run(em -> poll(em).answer(b.getToken(), Map.of(d1, DatePoll.Answer.YES, d2, DatePoll.Answer.YES), FR));
        PollService.Results r = db.tx(em -> poll(em).results(trip));
        assertThat(r.missing()).isEmpty();
        assertThat(r.best().dateId()).isEqualTo(d2);
        assertThatThrownBy(() -> db.run(em -> poll(em).answer("z".repeat(43), Map.of(), FR)))
                .isInstanceOf(NotFoundException.class);
        db.run(em -> poll(em).fixDate(trip, d2));
        assertThat(db.<LocalDate>tx(em -> trips(em).trip(trip).getDate()))
                .isEqualTo(LocalDate.now().plusMonths(6).plusWeeks(1));
        db.run(em -> poll(em).removeDate(trip, d1));
        assertThat(db.<Map<Long, DatePoll.Answer>>tx(
                        em -> poll(em).invitees(trip).get(0).getAnswers()))
                .containsOnlyKeys(d2);
    }

    @Test
    void theDayIsScheduledFromTravelTimesAndWarnsWhenTheHostIsClosed() {
        long trip = trip(null);
        assertThatThrownBy(() -> db.run(em -> planning(em)
                        .addStop(
                                trip,
                                new PlanningService.StopDraft(
                                        Itinerary.Kind.DEPARTURE,
                                        "Départ",
                                        new BigDecimal("47.8195"),
                                        new BigDecimal("-3.7927"),
                                        null,
                                        0,
                                        null),
                                FR)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        e -> assertThat(e.getViolations().get(0).field()).isEqualTo("stopStart"));
        db.run(em -> planning(em)
                .addStop(
                        trip,
                        new PlanningService.StopDraft(
                                Itinerary.Kind.DEPARTURE,
                                "Départ",
                                new BigDecimal("47.8195"),
                                new BigDecimal("-3.7927"),
                                LocalTime.of(8, 0),
                                0,
                                null),
                        FR));
        long visit = db.tx(em -> planning(em)
                .addStop(
                        trip,
                        new PlanningService.StopDraft(
                                Itinerary.Kind.VISIT,
                                "Visite",
                                new BigDecimal("48.1173"),
                                new BigDecimal("-1.6778"),
                                null,
                                480,
                                LocalTime.of(17, 0)),
                        FR)
                .getId());
        Itinerary.Day day = db.tx(em -> planning(em).day(trip));
        assertThat(day.lines()).hasSize(2);
        assertThat(day.lines().get(1).travelMinutes()).isPositive();
        assertThat(day.warnings()).extracting(Itinerary.Warning::code).contains("HOST_CLOSED");
        db.run(em -> planning(em).moveStop(trip, visit, -1));
        assertThat(db.<String>tx(em -> planning(em).stops(trip).get(0).getName()))
                .isEqualTo("Visite");
    }

    @Test
    void theBudgetBalancesToTheCentBetweenOrganisations() {
        long trip = trip(null);
        for (String who : List.of("Atelier Z", "Atelier Z ", "Commune")) {
            db.run(em -> trips(em).register(trip, new Registration(who.trim(), false, 0, null, null), FR));
        }
        db.run(em -> planning(em).addCost(trip, "Repas", new BigDecimal("100.00"), "Commune", FR));
        db.run(em -> planning(em).addCost(trip, "Car", new BigDecimal("200.01"), "Agglo", FR));
        assertThatThrownBy(() -> db.run(em -> planning(em).addCost(trip, "", new BigDecimal("-1"), "", FR)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        e -> assertThat(e.getViolations()).hasSize(3));
        PlanningService.Budget b = db.tx(em -> planning(em).budget(trip, Map.of()));
        CostSharing.Result r = b.result();
        assertThat(b.totalCents()).isEqualTo(30001);
        assertThat(b.participantsPerParty())
                .containsEntry("Atelier Z", 2)
                .containsEntry("Commune", 1)
                .containsEntry("Agglo", 0);
        assertThat(r.owed().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(30001);
        assertThat(r.owed().get("Agglo")).isZero();
        assertThat(r.owed().get("Atelier Z"))
                .isEqualTo(20001); // 2/3 of 300.01 €, the remainder cent to the largest remainder
        assertThat(r.balance().values().stream().mapToLong(Long::longValue).sum())
                .isZero();
        db.run(em -> planning(em).shareBy(trip, Trip.ShareMode.PER_ORGANISATION));
        r = db.<PlanningService.Budget>tx(em -> planning(em).budget(trip, Map.of()))
                .result();
        assertThat(r.owed().get("Atelier Z") + r.owed().get("Commune")).isEqualTo(30001);
        assertThat(Math.abs(r.owed().get("Atelier Z") - r.owed().get("Commune")))
                .isLessThanOrEqualTo(1);
    }

    static final class Recording<T> implements Event<T> {
        final List<T> fired = new ArrayList<>();

        @Override
        public void fire(T event) {
            fired.add(event);
        }

        @Override
        public <U extends T> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<T> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void theDebriefIsPublishedToTheProjectThroughTheContractEvents() {
        long project = db.tx(em -> {
            Workspaces.nativeQuery(
                            em,
                            "INSERT INTO core_project (id, version, name, status, created_at, updated_at) VALUES (77, 0, 'Projet', 'ACTIVE', "
                                    + "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
                    .executeUpdate();
            return 77L;
        });
        long trip = trip(project);
        Recording<FindingPublished> findings = new Recording<>();
        Recording<TaskSuggested> tasks = new Recording<>();
        java.util.function.Function<EntityManager, DebriefService> debrief =
                em -> new DebriefService(em, TestModules.bundles(new StudyTripModule()), null, findings, tasks);
        assertThatThrownBy(() -> db.run(em -> debrief.apply(em).publish(trip, FR)))
                .isInstanceOf(ValidationFailure.class);
        db.run(em -> debrief.apply(em).addNote(trip, Note.Kind.QUESTION, "Combien de bénévoles ?", null, false, FR));
        long vigilance = db.tx(em -> debrief.apply(em)
                .addNote(trip, Note.Kind.VIGILANCE, "Fin des aides de démarrage", "économie", false, FR)
                .getId());
        db.run(em ->
                debrief.apply(em).addNote(trip, Note.Kind.SUCCESS_FACTOR, "Un·e salarié·e dédié·e", null, true, FR));
        assertThatThrownBy(() -> db.run(
                        em -> debrief.apply(em).addNote(trip, Note.Kind.NOTE, "x".repeat(2001), null, false, FR)))
                .isInstanceOf(ValidationFailure.class);
        assertThat(db.<DebriefService.Published>tx(em -> debrief.apply(em).publish(trip, FR)))
                .isEqualTo(new DebriefService.Published(2, 0));
        assertThat(findings.fired)
                .extracting(FindingPublished::kind)
                .containsExactly(
                        fr.tierslieu.core.domain.project.FindingKind.VIGILANCE,
                        fr.tierslieu.core.domain.project.FindingKind.SUCCESS_FACTOR);
        assertThat(findings.fired.get(0).text()).isEqualTo("Fin des aides de démarrage [économie]");
        assertThat(findings.fired.get(0).sourceRef()).isEqualTo("note-" + vigilance);
        assertThat(findings.fired)
                .allMatch(f -> f.projectId() == project
                        && f.step() == fr.tierslieu.core.domain.project.JourneyStep.STUDY_TRIP
                        && f.source().equals("studytrip"));
        assertThat(tasks.fired)
                .singleElement()
                .satisfies(t -> assertThat(t.name()).isEqualTo("Un·e salarié·e dédié·e"));
        assertThat(db.<java.time.Instant>tx(em -> trips(em).trip(trip).getDebriefPublishedAt()))
                .isNotNull();
        // publishing again sends nothing that has not changed, and says so
        assertThat(db.<DebriefService.Published>tx(em -> debrief.apply(em).publish(trip, FR)))
                .isEqualTo(new DebriefService.Published(0, 0));
        assertThat(findings.fired).hasSize(2);
        assertThat(tasks.fired).hasSize(1);
        db.run(em -> debrief.apply(em).addNote(trip, Note.Kind.VIGILANCE, "Le voisinage", null, false, FR));
        assertThat(db.<DebriefService.Published>tx(em -> debrief.apply(em).publish(trip, FR)))
                .isEqualTo(new DebriefService.Published(1, 0));
        assertThat(findings.fired).hasSize(3);
    }

    /** Issue 18, part 1: a destination from a sheet of the library, and the debrief written back to that sheet. */
    @Test
    void aDestinationFromTheLibraryGetsTheDebriefsLessons() {
        long project = db.tx(em -> {
            Workspaces.nativeQuery(
                            em,
                            "INSERT INTO core_project (id, version, name, status, created_at, updated_at) VALUES (78, 0, 'Projet', 'ACTIVE', "
                                    + "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
                    .executeUpdate();
            return 78L;
        });
        long trip = trip(project);
        fr.tierslieu.core.module.ExperienceLibrary library = new fr.tierslieu.core.module.ExperienceLibrary() {
            @Override
            public List<fr.tierslieu.core.module.ExperienceView> experiences(int max, Locale locale) {
                return List.of();
            }

            @Override
            public java.util.Optional<fr.tierslieu.core.module.ExperienceView> experience(long id, Locale locale) {
                if (id == 5) {
                    return java.util.Optional.of(new fr.tierslieu.core.module.ExperienceView(
                            5, "La Conserverie", "Douarnenez", 48.0925, -4.3289, List.of("Événements", "Café")));
                }
                if (id == 6) {
                    return java.util.Optional.of(new fr.tierslieu.core.module.ExperienceView(
                            6, "Sans adresse", null, null, null, List.of()));
                }
                return java.util.Optional.empty();
            }
        };
        Destination d = db.tx(em -> planning(em).destinationFromExperience(trip, 5, library, FR));
        assertThat(d.getName()).isEqualTo("La Conserverie");
        assertThat(d.getThemes()).isEqualTo("Événements, Café");
        assertThat(d.getLat()).isEqualByComparingTo("48.092500");
        assertThat(d.getExperienceId()).isEqualTo(5L);
        assertThatThrownBy(() -> db.run(em -> planning(em).destinationFromExperience(trip, 6, library, FR)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        e -> assertThat(e.getViolations()).singleElement().satisfies(v -> {
                            assertThat(v.field()).isEqualTo("experienceId");
                            assertThat(v.message()).contains("Sans adresse").contains("coordonnées");
                        }));
        assertThatThrownBy(() -> db.run(em -> planning(em).destinationFromExperience(trip, 7, library, FR)))
                .isInstanceOf(ValidationFailure.class);

        Recording<FindingPublished> findings = new Recording<>();
        Recording<TaskSuggested> tasks = new Recording<>();
        Recording<fr.tierslieu.core.module.LessonShared> lessons = new Recording<>();
        java.util.function.Function<EntityManager, DebriefService> debrief = em ->
                new DebriefService(em, TestModules.bundles(new StudyTripModule()), null, findings, tasks, lessons);
        long vigilance = db.tx(em -> debrief.apply(em)
                .addNote(trip, Note.Kind.VIGILANCE, "Mise aux normes ERP coûteuse", "travaux", false, FR)
                .getId());
        db.run(em -> debrief.apply(em).addNote(trip, Note.Kind.QUESTION, "Combien d’adhérents ?", null, false, FR));
        // not chosen yet: the lessons go to the project only
        db.run(em -> debrief.apply(em).publish(trip, FR));
        assertThat(lessons.fired).isEmpty();
        db.run(em -> planning(em).choose(trip, d.getId(), "La plus proche", FR));
        db.run(em -> debrief.apply(em).addNote(trip, Note.Kind.SUCCESS_FACTOR, "Cuisine partagée", null, false, FR));
        db.run(em -> debrief.apply(em).publish(trip, FR));
        // chosen: every point of vigilance and success factor goes to the sheet, those published before too
        assertThat(lessons.fired)
                .extracting(fr.tierslieu.core.module.LessonShared::text)
                .containsExactly("Mise aux normes ERP coûteuse", "Cuisine partagée");
        assertThat(lessons.fired)
                .allMatch(l -> l.experienceId() == 5L && l.source().equals("studytrip"));
        assertThat(lessons.fired.get(0).sourceRef()).isEqualTo("note-" + vigilance);
        assertThat(lessons.fired.get(0).tags()).isEqualTo("travaux");
    }

    @Test
    void theDemoDataLoads() {
        db.run(em -> {
            StudyTripDemoData demo = new StudyTripDemoData();
            demo.em = em;
            demo.load();
        });
        long trip = db.<Long>tx(em -> trips(em).trips().get(0).getId());
        assertThat(db.<PollService.Results>tx(em -> poll(em).results(trip)).best())
                .isNotNull();
        assertThat(db.<List<?>>tx(em -> planning(em).ranking(trip))).hasSize(3);
        assertThat(db.<Itinerary.Day>tx(em -> planning(em).day(trip)).warnings())
                .isEmpty();
        assertThat(db.<PlanningService.Budget>tx(em -> planning(em).budget(trip, Map.of()))
                        .totalCents())
                .isEqualTo(54600);

        // the day as iCalendar (one event per stop, in the trip's time zone) and as a printable sheet
        java.util.function.Function<EntityManager, TripExports> exports = em -> new TripExports(
                trips(em),
                planning(em),
                new DebriefService(em, TestModules.bundles(new StudyTripModule()), null, null, null),
                TestModules.bundles(new StudyTripModule()));
        String ics = new String(
                db.<byte[]>tx(em -> exports.apply(em).calendar(trip, java.time.ZoneId.of("Europe/Paris"), FR)),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(7);
        assertThat(ics).contains("SUMMARY:Départ – Départ d’Atelier Z\\, Névez").contains("DTSTART:20270521T053000Z");
        byte[] pdf = db.tx(em -> exports.apply(em).daySheet(trip, FR));
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
        String text = fr.tierslieu.core.testsupport.PdfText.of(pdf);
        assertThat(text).contains("Départ d’Atelier Z");
        assertThat(fr.tierslieu.core.testsupport.PdfText.frenchProblems(text)).isEmpty();
    }
}
