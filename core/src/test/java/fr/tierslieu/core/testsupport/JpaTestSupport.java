package fr.tierslieu.core.testsupport;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A persistence unit of the application on a fresh in-memory H2 database, migrated with the real
 * Flyway migrations, outside any container (plain Java SE, resource-local transactions). Each call
 * to {@link #open} gets its own database, so tests never share state. Modules reuse it through the
 * core's test jar.
 */
public final class JpaTestSupport implements AutoCloseable {

    private final EntityManagerFactory emf;
    private final JdbcDataSource dataSource;

    private JpaTestSupport(EntityManagerFactory emf, JdbcDataSource dataSource) {
        this.emf = emf;
        this.dataSource = dataSource;
    }

    /**
     * @param unit               persistence unit name (the module id)
     * @param migrationLocations Flyway locations with their module ids, core first, e.g.
     *                           {@code "core", "classpath:db/migration/core"}
     */
    public static JpaTestSupport open(String unit, String... migrationLocations) {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url);
        ds.setUser("sa");
        ds.setPassword("");
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
        props.put("jakarta.persistence.jdbc.user", "sa");
        props.put("jakarta.persistence.jdbc.password", "");
        props.put("jakarta.persistence.jdbc.driver", "org.h2.Driver");
        props.put("eclipselink.logging.level", "SEVERE"); // no weaving outside the container: lazy to-one warnings are expected
        EntityManagerFactory emf = Persistence.createEntityManagerFactory(unit, props);
        return new JpaTestSupport(emf, ds);
    }

    /** The core's unit on a migrated database. */
    public static JpaTestSupport core() {
        return open("core", "core", "classpath:db/migration/core");
    }

    public EntityManagerFactory emf() {
        return emf;
    }

    public JdbcDataSource dataSource() {
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
    }
}
