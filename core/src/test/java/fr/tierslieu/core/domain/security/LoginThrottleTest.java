package fr.tierslieu.core.domain.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-11-25T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    private final ManualClock clock = new ManualClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    private void fail(int times, String user, String ip) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(user, ip);
        }
    }

    @Test
    void firstFailuresCostNothing() {
        fail(LoginThrottle.FREE_ATTEMPTS - 1, "alice", "10.0.0.1");
        assertThat(throttle.waitBeforeAttempt("alice", "10.0.0.1")).isZero();
    }

    @Test
    void delaysDoubleAndAreCapped() {
        assertThat(LoginThrottle.delayAfter(2)).isZero();
        assertThat(LoginThrottle.delayAfter(3)).isEqualTo(Duration.ofSeconds(2));
        assertThat(LoginThrottle.delayAfter(4)).isEqualTo(Duration.ofSeconds(4));
        assertThat(LoginThrottle.delayAfter(5)).isEqualTo(Duration.ofSeconds(8));
        assertThat(LoginThrottle.delayAfter(30)).isEqualTo(LoginThrottle.MAX_DELAY);
    }

    @Test
    void theWaitShrinksAsTimePasses() {
        fail(4, "alice", "10.0.0.1");
        assertThat(throttle.waitBeforeAttempt("alice", "10.0.0.1")).isEqualTo(Duration.ofSeconds(4));
        clock.advance(Duration.ofSeconds(3));
        assertThat(throttle.waitBeforeAttempt("alice", "10.0.0.1")).isEqualTo(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.waitBeforeAttempt("ALICE ", "10.0.0.1")).isZero();
    }

    @Test
    void othersAreNotLockedOut() {
        fail(10, "alice", "10.0.0.1");
        assertThat(throttle.waitBeforeAttempt("alice", "10.0.0.1")).isPositive();
        assertThat(throttle.waitBeforeAttempt("alice", "192.168.1.7")).isZero();
        assertThat(throttle.waitBeforeAttempt("bob", "10.0.0.1")).isZero();
    }

    @Test
    void successClearsAndOldFailuresAreForgotten() {
        fail(5, "alice", "10.0.0.1");
        throttle.recordSuccess("alice", "10.0.0.1");
        assertThat(throttle.waitBeforeAttempt("alice", "10.0.0.1")).isZero();

        fail(5, "bob", "10.0.0.2");
        clock.advance(LoginThrottle.FORGET_AFTER.plusSeconds(1));
        assertThat(throttle.waitBeforeAttempt("bob", "10.0.0.2")).isZero();
        throttle.recordFailure("bob", "10.0.0.2");
        assertThat(throttle.waitBeforeAttempt("bob", "10.0.0.2")).isZero();
    }

    @Test
    void simultaneousWrongPasswordsAreNotAllChecked() throws Exception {
        int threads = 12;
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(threads);
        java.util.concurrent.atomic.AtomicInteger allowed = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            java.util.List<java.util.concurrent.Future<?>> all = new java.util.ArrayList<>();
            for (int i = 0; i < threads; i++) {
                all.add(pool.submit(() -> {
                    start.await();
                    if (throttle.tryAttempt("alice", "10.0.0.1").isZero()) {
                        allowed.incrementAndGet(); // a wrong password: nothing more is recorded
                    }
                    return null;
                }));
            }
            for (var f : all) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(allowed).hasValue(LoginThrottle.FREE_ATTEMPTS);
        assertThat(throttle.waitBeforeAttempt("alice", "10.0.0.1")).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void aSuccessClearsTheCountOfItsAttempt() {
        assertThat(throttle.tryAttempt("alice", "10.0.0.1")).isZero();
        throttle.recordSuccess("alice", "10.0.0.1");
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
            assertThat(throttle.tryAttempt("alice", "10.0.0.1")).isZero();
        }
        assertThat(throttle.tryAttempt("alice", "10.0.0.1")).isPositive();
    }

    @Test
    void randomUsernamesFromOneAddressAreHeldBackToo() {
        int checked = 0;
        for (int i = 0; i < 1_000; i++) {
            if (throttle.tryAttempt("user" + i, "203.0.113.9").isZero()) {
                checked++;
            }
        }
        assertThat(checked).isEqualTo(LoginThrottle.ADDRESS_FREE_ATTEMPTS);
        // another address is not concerned, and the real user waits only for the address's delay
        assertThat(throttle.tryAttempt("user1", "198.51.100.4")).isZero();
        clock.advance(LoginThrottle.MAX_DELAY);
        assertThat(throttle.tryAttempt("someone", "203.0.113.9")).isZero();
        assertThat(throttle.tryAttempt("someone-else", "203.0.113.9")).isPositive();
    }
}
