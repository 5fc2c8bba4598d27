package fr.tierslieu.core.application.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The readiness probe writes, so a database that only reads is reported as not ready, with why. */
class DatabaseProbeTest {

    private static DataSource h2(String name) throws SQLException {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE core_health_probe (id INTEGER PRIMARY KEY, written_at TIMESTAMP NOT NULL)");
            s.execute("INSERT INTO core_health_probe VALUES (1, CURRENT_TIMESTAMP)");
        }
        return ds;
    }

    @Test
    void aWritableDatabaseIsReadyAndTheAnswerIsReusedForAFewSeconds() throws Exception {
        DataSource ds = h2("probe1");
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-28T10:00:00Z"));
        Clock clock = new Clock() {
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            public Clock withZone(java.time.ZoneId z) {
                return this;
            }

            public Instant instant() {
                return now.get();
            }
        };
        DatabaseProbe probe = new DatabaseProbe(() -> ds, clock);
        assertThat(probe.status().ok()).isTrue();
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            s.execute("DELETE FROM core_health_probe");
        }
        assertThat(probe.status().ok()).as("cached").isTrue();
        now.set(now.get().plus(DatabaseProbe.EVERY).plus(Duration.ofMillis(1)));
        DatabaseProbe.Status after = probe.status();
        assertThat(after.ok()).isFalse();
        assertThat(after.reason()).contains("missing");
    }

    @Test
    void aDatabaseThatRefusesWritesIsNotReadyAndSaysWhy() throws Exception {
        DataSource ds = h2("probe2");
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            // writes refused from now on, reads still answered (as on a full disk)
            s.execute("CREATE TRIGGER refuse BEFORE UPDATE ON core_health_probe FOR EACH ROW CALL '"
                    + RefuseWrites.class.getName() + "'");
        }
        DatabaseProbe.Status status = new DatabaseProbe(() -> ds, Clock.systemUTC()).status();
        assertThat(status.ok()).isFalse();
        assertThat(status.reason()).startsWith("the database refuses writes").contains("No space left");
    }

    @Test
    void anUnreachableDatabaseIsNotReady() {
        DatabaseProbe.Status status = new DatabaseProbe(
                        () -> {
                            throw new IllegalStateException("The data source java:app/jdbc/tierslieu is not available");
                        },
                        Clock.systemUTC())
                .status();
        assertThat(status.ok()).isFalse();
        assertThat(status.reason()).contains("not available");
    }

    /** A trigger that fails every write, like a disk with no room left. */
    public static class RefuseWrites extends org.h2.tools.TriggerAdapter {
        @Override
        public void fire(Connection conn, java.sql.ResultSet oldRow, java.sql.ResultSet newRow) throws SQLException {
            throw new SQLException("No space left on device");
        }
    }
}
