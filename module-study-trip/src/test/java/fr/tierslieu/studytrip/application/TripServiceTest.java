package fr.tierslieu.studytrip.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.tierslieu.core.application.workspace.Workspaces;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.core.testsupport.JpaTestSupport;
import fr.tierslieu.core.testsupport.TestModules;
import fr.tierslieu.studytrip.StudyTripModule;
import fr.tierslieu.studytrip.domain.Carpool;
import fr.tierslieu.studytrip.domain.Participant;
import fr.tierslieu.studytrip.domain.RegistrationStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Trips and registrations on the real schema; no over-booking under concurrent registrations. */
class TripServiceTest {

    static final Locale FR = Locale.FRENCH;
    static final BigDecimal LAT = new BigDecimal("48.117300");
    static final BigDecimal LON = new BigDecimal("-1.677800");
    private JpaTestSupport db;

    @BeforeEach
    void setUp() {
        db = JpaTestSupport.open(
                "studytrip", "core", "classpath:db/migration/core", "studytrip", "classpath:db/migration/studytrip");
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    TripService trips(EntityManager em) {
        return new TripService(em, TestModules.bundles(new StudyTripModule()));
    }

    long trip(int capacity) {
        return db.tx(em -> trips(em)
                .createTrip("Voyage", LocalDate.of(2027, 5, 20), "Tiers-lieu de Rennes", LAT, LON, capacity, null, FR)
                .getId());
    }

    @Test
    void aDeletedProjectsTripStaysAttachedToNoProject() {
        long project = 7_001;
        db.run(em -> Workspaces.nativeQuery(
                        em,
                        "INSERT INTO core_project (id, version, name, status, created_at, updated_at) "
                                + "VALUES (7001, 0, 'Atelier Z', 'ACTIVE', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
                .executeUpdate());
        long id = db.tx(em -> trips(em)
                .createTrip("Voyage", LocalDate.of(2027, 5, 20), "Tiers-lieu de Rennes", LAT, LON, 10, project, FR)
                .getId());
        assertThat(db.<Long>tx(em -> trips(em).trip(id).getProjectId())).isEqualTo(project);
        long other = trip(5);
        db.run(em -> trips(em).onProjectDeleted(new fr.tierslieu.core.module.ProjectDeleted(project, "Atelier Z")));
        assertThat(db.<Long>tx(em -> trips(em).trip(id).getProjectId())).isNull();
        assertThat(db.<String>tx(em -> trips(em).trip(id).getTitle())).isEqualTo("Voyage");
        assertThat(db.<Long>tx(em -> trips(em).trip(other).getProjectId())).isNull();
    }

    @Test
    void fiftyRegistrationsAtOnceForTenSeatsGiveTenConfirmedAndFortyWaitingEvenAfterARestart() throws Exception {
        long trip = trip(10);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger retries = new AtomicInteger();
        for (int i = 0; i < 50; i++) {
            int k = i;
            pool.submit(() -> {
                start.await();
                for (int attempt = 0; attempt < 20; attempt++) {
                    try {
                        db.run(em ->
                                trips(em).register(trip, new Registration("Personne " + k, false, 0, null, null), FR));
                        return null;
                    } catch (RuntimeException lockTimeout) {
                        retries.incrementAndGet(); // a lock wait that timed out: nothing saved, try again
                    }
                }
                throw new IllegalStateException("could not register " + k);
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        assertCounts(trip, db.tx(em -> trips(em).participants(trip)));

        // a restart: a new persistence unit (no cache, no state) on the same database
        Map<String, Object> props = new HashMap<>(db.emf().getProperties());
        EntityManagerFactory again = Persistence.createEntityManagerFactory("studytrip", props);
        EntityManager em = again.createEntityManager();
        try {
            List<Participant> after = em.createQuery(
                            "select p from Participant p where p.trip.id = :t", Participant.class)
                    .setParameter("t", trip)
                    .getResultList();
            assertCounts(trip, after);
            assertThat(Workspaces.nativeQuery(em, "SELECT confirmed FROM studytrip_trip WHERE id = ?")
                            .setParameter(1, trip)
                            .getSingleResult())
                    .isEqualTo(10);
        } finally {
            em.close();
            again.close();
        }
    }

    static void assertCounts(long trip, List<Participant> all) {
        assertThat(all).hasSize(50);
        assertThat(all)
                .filteredOn(p -> p.getStatus() == RegistrationStatus.CONFIRMED)
                .hasSize(10);
        assertThat(all)
                .filteredOn(p -> p.getStatus() == RegistrationStatus.WAITING)
                .hasSize(40);
    }

    @Test
    void aCancelledSeatGoesToTheFirstOneWaiting() {
        long trip = trip(2);
        long a = db.tx(em -> trips(em)
                .register(trip, new Registration("Anne", false, 0, null, null), FR)
                .getId());
        db.run(em -> trips(em).register(trip, new Registration("Bruno", false, 0, null, null), FR));
        Participant chloe = db.tx(em -> trips(em).register(trip, new Registration("Chloé", false, 0, null, null), FR));
        Participant dan = db.tx(em -> trips(em).register(trip, new Registration("Dan", false, 0, null, null), FR));
        assertThat(chloe.getStatus()).isEqualTo(RegistrationStatus.WAITING);
        db.run(em -> trips(em).cancel(a));
        List<Participant> all = db.tx(em -> trips(em).participants(trip));
        assertThat(all)
                .extracting(Participant::getName, Participant::getStatus)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Anne", RegistrationStatus.CANCELLED),
                        org.assertj.core.groups.Tuple.tuple("Bruno", RegistrationStatus.CONFIRMED),
                        org.assertj.core.groups.Tuple.tuple("Chloé", RegistrationStatus.CONFIRMED),
                        org.assertj.core.groups.Tuple.tuple("Dan", RegistrationStatus.WAITING));
        assertThat(dan.getId()).isPositive();
    }

    @Test
    void badInputIsRefusedFieldByField() {
        assertThatThrownBy(() ->
                        db.run(em -> trips(em).createTrip(" ", null, "", new BigDecimal("95"), LON, -1, null, FR)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        f -> assertThat(f.getViolations())
                                .extracting(ValidationFailure.Violation::field)
                                .containsExactly("tripTitle", "tripDate", "destination", "destinationLat", "capacity"));
        long trip = trip(5);
        Registration bad = new Registration("", true, 12, new BigDecimal("47.8"), null);
        assertThatThrownBy(() -> db.run(em -> trips(em).register(trip, bad, FR)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class,
                        f -> assertThat(f.getViolations())
                                .extracting(ValidationFailure.Violation::field)
                                .containsExactly("participantName", "freeSeats", "lat"));
        int count = db.tx(em -> trips(em).participants(trip).size());
        assertThat(count).isZero();
    }

    @Test
    void carpoolOfTheConfirmedParticipants() {
        long trip = trip(10);
        db.run(em -> trips(em)
                .register(
                        trip,
                        new Registration(
                                "Conductrice de Névez", true, 3, new BigDecimal("47.8195"), new BigDecimal("-3.7927")),
                        FR));
        db.run(em -> trips(em)
                .register(
                        trip,
                        new Registration(
                                "Passager de Quimperlé",
                                false,
                                0,
                                new BigDecimal("47.8725"),
                                new BigDecimal("-3.5490")),
                        FR));
        Carpool.Plan plan = db.tx(em -> trips(em).carpool(trip));
        assertThat(plan.cars()).hasSize(1);
        assertThat(plan.cars().get(0).passengers()).containsExactly("Passager de Quimperlé");
        assertThat(plan.unseated()).isEmpty();
    }
}
