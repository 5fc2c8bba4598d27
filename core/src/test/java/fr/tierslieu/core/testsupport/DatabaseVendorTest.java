package fr.tierslieu.core.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import org.junit.jupiter.api.Test;

/** The persistence tests run where the lane says: H2 by default, PostgreSQL in test.sh's second lane. */
class DatabaseVendorTest {

    @Test
    void theTestsRunOnTheDatabaseOfTheirLane() throws Exception {
        try (JpaTestSupport db = JpaTestSupport.core();
                Connection c = db.dataSource().getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName())
                    .isEqualTo(JpaTestSupport.onPostgres() ? "PostgreSQL" : "H2");
            // the migrations ran: the core's tables and sequence are there
            assertThat(c.getMetaData().getTables(null, null, "core_actor", null).next()
                            || c.getMetaData()
                                    .getTables(null, null, "CORE_ACTOR", null)
                                    .next())
                    .isTrue();
        }
    }
}
