package fr.tierslieu.core.application.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Whether the database accepts a write, for the readiness check: one row of
 * {@code core_health_probe} is rewritten (in its own transaction, with a short timeout) at most
 * every {@link #EVERY}; in between the last answer is given. Reads alone would say "fine" on a
 * full disk or a read-only database while every save fails.
 */
@ApplicationScoped
public class DatabaseProbe {

    /** How long an answer is reused: readiness may be polled many times a second. */
    public static final Duration EVERY = Duration.ofSeconds(5);

    private static final int TIMEOUT_SECONDS = 3;

    /** The last probe's outcome: ok, or the reason it failed. */
    public record Status(boolean ok, String reason, Instant at) {}

    private final Supplier<DataSource> dataSource;
    private final Clock clock;
    private volatile Status last;

    public DatabaseProbe() {
        this(Database::dataSource, Clock.systemUTC());
    }

    /** For tests: any data source and clock. */
    public DatabaseProbe(Supplier<DataSource> dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** The database's state, probing it again when the last answer is older than {@link #EVERY}. */
    public Status status() {
        Status s = last;
        Instant now = clock.instant();
        if (s != null && now.isBefore(s.at().plus(EVERY))) {
            return s;
        }
        synchronized (this) {
            s = last;
            if (s != null && now.isBefore(s.at().plus(EVERY))) {
                return s;
            }
            last = probe(now);
            return last;
        }
    }

    private Status probe(Instant now) {
        try (Connection c = dataSource.get().getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement update =
                    c.prepareStatement("UPDATE core_health_probe SET written_at = ? WHERE id = 1")) {
                update.setQueryTimeout(TIMEOUT_SECONDS);
                update.setTimestamp(1, Timestamp.from(now));
                if (update.executeUpdate() != 1) {
                    c.rollback();
                    return new Status(false, "the probe row is missing", now);
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
            return new Status(true, null, now);
        } catch (SQLException | RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new Status(
                    false,
                    "the database refuses writes: " + (message.length() > 200 ? message.substring(0, 200) : message),
                    now);
        }
    }
}
