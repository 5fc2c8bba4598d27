package fr.tierslieu.core.application.bootstrap;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;

/** What the embedded H2 database needs beyond its URL: durable commits, a clean close. */
final class H2 {

    private static final Logger LOG = Logger.getLogger(H2.class.getName());

    private H2() {
    }

    static boolean isH2(Connection c) throws SQLException {
        return c.getMetaData().getURL().startsWith("jdbc:h2:");
    }

    /**
     * Every commit reaches the file before it is acknowledged: H2 otherwise keeps recent commits in
     * memory for half a second (its write delay), and a crash in that window loses them. The
     * setting is stored in the database; a URL that sets {@code WRITE_DELAY} itself is obeyed
     * (run.sh's default URL sets 0; the benchmark compares with H2's own default).
     */
    static void makeDurable(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            if (isH2(c) && c.getMetaData().getURL().toUpperCase(java.util.Locale.ROOT).contains("WRITE_DELAY=")) {
                LOG.info(() -> "H2: the write delay given in TIERSLIEU_DB_URL is kept");
                return;
            }
            if (isH2(c)) {
                try (Statement s = c.createStatement()) {
                    s.execute("SET WRITE_DELAY 0");
                    LOG.info("H2: every commit is written to disk before it is acknowledged (WRITE_DELAY 0)");
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
