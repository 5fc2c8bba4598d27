package fr.tierslieu.core.application.bootstrap;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** What the embedded H2 database needs beyond its URL: durable commits, a clean close. */
final class H2 {

    private static final Logger LOG = Logger.getLogger(H2.class.getName());

    private H2() {}

    static boolean isH2(Connection c) throws SQLException {
        return c.getMetaData().getURL().startsWith("jdbc:h2:");
    }

    /**
     * Every commit reaches the file before it is acknowledged: H2 otherwise keeps recent commits in
     * memory for half a second (its write delay), and a crash in that window loses them. The
     * setting is stored in the database, so it holds whatever the URL says.
     */
    static void makeDurable(DataSource dataSource) {
        // TIERSLIEU_H2_WRITE_DELAY exists for the benchmark that measures what durability costs
        int delay = Integer.parseInt(System.getenv().getOrDefault("TIERSLIEU_H2_WRITE_DELAY", "0"));
        try (Connection c = dataSource.getConnection()) {
            if (isH2(c)) {
                try (Statement s = c.createStatement()) {
                    s.execute("SET WRITE_DELAY " + delay);
                    LOG.info(
                            delay == 0
                                    ? "H2: every commit is written to disk before it is acknowledged (WRITE_DELAY 0)"
                                    : "H2: WRITE_DELAY " + delay
                                            + " ms (TIERSLIEU_H2_WRITE_DELAY): a crash may lose the last changes");
                } catch (SQLException e) {
                    LOG.warning("H2: cannot set WRITE_DELAY 0 (" + e.getMessage() + "): add ;WRITE_DELAY=0 to "
                            + "TIERSLIEU_DB_URL, or a crash may lose the last half second of saved changes");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot configure the database: " + e.getMessage(), e);
        }
    }

    /** @return whether the database was H2 and is now closed */
    static boolean close(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            if (!isH2(c)) {
                return false;
            }
            try (Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
