package fr.tierslieu.governance.application;

import fr.tierslieu.core.testsupport.JpaTestSupport;
import java.sql.Connection;
import java.sql.PreparedStatement;

/**
 * The governance unit on a fresh database migrated with the core's and the module's migrations,
 * plus actor rows in the core's registry (the module keeps only their ids).
 */
final class GovernanceDb implements AutoCloseable {

    final JpaTestSupport db;
    private final long firstActor;
    private long nextActor;

    GovernanceDb(long firstActor) {
        this.db = JpaTestSupport.open(
                "governance", "core", "classpath:db/migration/core", "governance", "classpath:db/migration/governance");
        this.firstActor = firstActor;
        this.nextActor = firstActor;
    }

    long actor(String name) throws Exception {
        long id = nextActor++;
        try (Connection c = db.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement(
                        "INSERT INTO core_actor (id, version, actor_type, name, kind, search_key, status, stance, influence, interest, "
                                + "engagement, maturity, created_at, updated_at) VALUES (?, 1, 'ORGANISATION', ?, 'ASSOCIATION', ?, 'MOBILISED', "
                                + "'ALLY', 3, 3, 'INFORMED', 'AWARE', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")) {
            s.setLong(1, id);
            s.setString(2, name);
            s.setString(3, name.toLowerCase());
            s.executeUpdate();
        }
        return id;
    }

    /** Whether the id is one of the actors added here. */
    boolean isActor(long id) {
        return id >= firstActor && id < nextActor;
    }

    @Override
    public void close() {
        db.close();
    }
}
