package fr.tierslieu.testmod;

import fr.tierslieu.core.application.bootstrap.Database;
import fr.tierslieu.core.module.ActorDeleted;
import fr.tierslieu.core.module.ActorUsageProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/** Notes that refer to actors, in the module's own table; removed when their actor is deleted. */
@Named("testNotes")
@ApplicationScoped
public class TestNotes implements ActorUsageProvider {

    /** Actor ids whose deletion this module was told about. */
    public static final List<Long> DELETED = new CopyOnWriteArrayList<>();

    @PersistenceContext(unitName = "testmod")
    EntityManager em;

    /** Stored through the module's own persistence unit, so it feeds the core's audit log. */
    @Transactional
    public long add(long actorId, String text) {
        TestNote note = new TestNote(actorId, text);
        em.persist(note);
        em.flush();
        return note.getId();
    }

    public int count(long actorId) {
        try (Connection c = Database.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM testmod_note WHERE actor_id = ?")) {
            s.setLong(1, actorId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Text of the row the migration inserted. */
    public String migratedText() {
        try (Connection c = Database.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("SELECT text FROM testmod_note WHERE id = 0")) {
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<String> usagesOf(long actorId, Locale locale) {
        int n = count(actorId);
        return n == 0 ? List.of() : List.of(n + " note(s) du module de test");
    }

    void onActorDeleted(@Observes ActorDeleted event) {
        DELETED.add(event.actorId());
        update("DELETE FROM testmod_note WHERE actor_id = ?", event.actorId());
    }

    private void update(String sql, Object... args) {
        try (Connection c = Database.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
