package fr.tierslieu.core.application.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.tierslieu.core.application.workspace.Workspaces;
import fr.tierslieu.core.testsupport.JpaTestSupport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two servers of one installation (two lock holders on one database, H2 and PostgreSQL as the
 * unit lane runs it): a scheduled job runs on one of them only, then again at its next turn.
 */
class ClusterJobsTest {

    private JpaTestSupport db;

    @BeforeEach
    void setUp() {
        db = JpaTestSupport.core(); // the real schema: the shedlock table comes from core's V14
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void eightTimersFiringTogetherOnTwoServersRunTheJobOnce() throws Exception {
        ClusterJobs first = new ClusterJobs(db.dataSource());
        ClusterJobs second = new ClusterJobs(db.dataSource());
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> ran = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                ClusterJobs server = i % 2 == 0 ? first : second;
                ran.add(pool.submit(() -> {
                    start.await();
                    return server.runOnce("nightly-backup", Duration.ofMinutes(30), Duration.ofMinutes(10), () -> {
                        runs.incrementAndGet();
                        sleep(300); // the job takes a while: the others fire meanwhile
                    });
                }));
            }
            start.countDown();
            int executed = 0;
            for (Future<Boolean> f : ran) {
                executed += f.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(runs).hasValue(1);
            assertThat(executed).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        // the lock is kept at least ten minutes: a server whose timer fires a little late skips it
        assertThat(second.runOnce(
                        "nightly-backup", Duration.ofMinutes(30), Duration.ofMinutes(10), runs::incrementAndGet))
                .isFalse();
        // another job is not held by this one
        assertThat(second.runOnce("weekly-digest", Duration.ofMinutes(30), Duration.ZERO, runs::incrementAndGet))
                .isTrue();
        assertThat(runs).hasValue(2);
    }

    @Test
    void theNextTurnRunsAgainOnWhicheverServerComesFirst() {
        ClusterJobs first = new ClusterJobs(db.dataSource());
        ClusterJobs second = new ClusterJobs(db.dataSource());
        AtomicInteger runs = new AtomicInteger();
        assertThat(first.runOnce("weekly-digest", Duration.ofMinutes(30), Duration.ZERO, runs::incrementAndGet))
                .isTrue();
        assertThat(second.runOnce("weekly-digest", Duration.ofMinutes(30), Duration.ZERO, runs::incrementAndGet))
                .isTrue();
        assertThat(runs).hasValue(2);
        int rows = db.tx(em -> ((Number) Workspaces.nativeQuery(em, "SELECT COUNT(*) FROM shedlock")
                        .getSingleResult())
                .intValue());
        assertThat(rows).as("one row per job, kept").isEqualTo(1);
    }

    @Test
    void aJobThatFailsFreesItsLockForTheNextTurn() {
        ClusterJobs server = new ClusterJobs(db.dataSource());
        assertThatThrownBy(() -> server.runOnce("nightly-backup", Duration.ofMinutes(30), Duration.ZERO, () -> {
                    throw new IllegalStateException("disk full");
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("disk full");
        assertThat(server.runOnce("nightly-backup", Duration.ofMinutes(30), Duration.ZERO, () -> {}))
                .isTrue();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
