package fr.tierslieu.core.testsupport;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A persistence unit of the application on a fresh database, migrated with the real Flyway
 * migrations, outside any container (plain Java SE, resource-local transactions). Each call to
 * {@link #open} gets its own database, so tests never share state. Modules reuse it through the
 * core's test jar.
 *
 * <p>The database is an in-memory H2 one, or, when the system property
 * {@value #POSTGRES_ADMIN_URL} names a PostgreSQL server (the test script's private cluster,
 * with {@code tierslieu.jpa.postgres.user} and {@code …password}, set by the parent pom's
 * {@code postgres} lane only), a new database
 * created on it for the test and dropped by {@link #close()}: the same tests then prove the
 * migrations, sequences, locking and queries on PostgreSQL.
 */
public final class JpaTestSupport implements AutoCloseable {

    /** System property: JDBC URL of a PostgreSQL server's maintenance database (e.g. {@code …/postgres}). */
    public static final String POSTGRES_ADMIN_URL = "tierslieu.jpa.postgres.admin.url";

    private final EntityManagerFactory emf;
    private final DataSource dataSource;
    private final Runnable drop;

    private JpaTestSupport(EntityManagerFactory emf, DataSource dataSource, Runnable drop) {
        this.emf = emf;
        this.dataSource = dataSource;
        this.drop = drop;
    }

    /** Whether the tests run on PostgreSQL ({@value #POSTGRES_ADMIN_URL} is set). */
    public static boolean onPostgres() {
        String admin = System.getProperty(POSTGRES_ADMIN_URL);
        return admin != null && admin.startsWith("jdbc:postgresql:");
    }

    /**
     * @param unit               persistence unit name (the module id)
     * @param migrationLocations Flyway locations with their module ids, core first, e.g.
     *                           {@code "core", "classpath:db/migration/core"}
     */
    public static JpaTestSupport open(String unit, String... migrationLocations) {
        return open(onPostgres(), unit, migrationLocations);
    }

    /** On H2 whatever the lane (the source of a copy from H2 to the lane's database). */
    public static JpaTestSupport openH2(String unit, String... migrationLocations) {
        return open(false, unit, migrationLocations);
    }

    private static JpaTestSupport open(boolean postgres, String unit, String... migrationLocations) {
        String url;
        String user;
        String password;
        String driver;
        DataSource ds;
        Runnable drop = () -> {};
        if (postgres) {
            String admin = System.getProperty(POSTGRES_ADMIN_URL);
            user = System.getProperty("tierslieu.jpa.postgres.user", "tierslieu");
            password = System.getProperty("tierslieu.jpa.postgres.password", "");
            String name = "tl_test_" + UUID.randomUUID().toString().replace("-", "");
            execute(admin, user, password, "CREATE DATABASE " + name);
            url = admin.substring(0, admin.lastIndexOf('/') + 1) + name;
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(url);
            pg.setUser(user);
            pg.setPassword(password);
            ds = pg;
            driver = "org.postgresql.Driver";
            drop = () -> execute(admin, user, password, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } else {
            url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
            user = "sa";
            password = "";
            driver = "org.h2.Driver";
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            h2.setUser(user);
            h2.setPassword(password);
            ds = h2;
        }
        for (int i = 0; i + 1 < migrationLocations.length; i += 2) {
            Flyway.configure()
                    .dataSource(ds)
                    .locations(migrationLocations[i + 1])
                    .table("flyway_schema_history_" + migrationLocations[i])
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
        }
        Map<String, Object> props = new HashMap<>();
        props.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        props.put("jakarta.persistence.jtaDataSource", "");
        props.put("jakarta.persistence.nonJtaDataSource", "");
        props.put("jakarta.persistence.jdbc.url", url);
        props.put("jakarta.persistence.jdbc.user", user);
        props.put("jakarta.persistence.jdbc.password", password);
        props.put("jakarta.persistence.jdbc.driver", driver);
        props.put(
                "eclipselink.logging.level",
                "SEVERE"); // no weaving outside the container: lazy to-one warnings are expected
        EntityManagerFactory emf = Persistence.createEntityManagerFactory(unit, props);
        return new JpaTestSupport(emf, ds, drop);
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL for the tests: " + e.getMessage(), e);
        }
    }

    /** The core's unit on a migrated database. */
    public static JpaTestSupport core() {
        return open("core", "core", "classpath:db/migration/core");
    }

    public EntityManagerFactory emf() {
        return emf;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Runs {@code work} in a transaction of a fresh entity manager; rolls back if it throws. */
    public <T> T tx(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        tx.begin();
        try {
            T result = work.apply(em);
            tx.commit();
            return result;
        } catch (RuntimeException e) {
            if (tx.isActive()) {
                tx.rollback();
            }
            throw e;
        } finally {
            em.close();
        }
    }

    public void run(Consumer<EntityManager> work) {
        tx(em -> {
            work.accept(em);
            return null;
        });
    }

    @Override
    public void close() {
        emf.close();
        drop.run();
    }
}
