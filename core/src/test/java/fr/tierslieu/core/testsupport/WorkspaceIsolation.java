package fr.tierslieu.core.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import fr.tierslieu.core.application.workspace.WorkspaceContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Table;
import jakarta.persistence.metamodel.EntityType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.eclipse.persistence.jpa.JpaEntityManager;

/**
 * Proves that a persistence unit keeps its workspaces apart, for every one of its entities at once
 * (no list of queries to keep up to date): whatever JPQL, {@code find}, a bulk update or a bulk
 * delete does in one workspace never reads or touches a row of another, read back by plain JDBC.
 */
public final class WorkspaceIsolation {

    private WorkspaceIsolation() {}

    /** Adds workspace {@code id} to the installation (its row in {@code core_workspace}). */
    public static void create(JpaTestSupport db, long id, String slug) {
        try (Connection c = db.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement(
                        "INSERT INTO core_workspace (id, version, slug, name, created_at) VALUES (?, 0, ?, ?, ?)")) {
            s.setLong(1, id);
            s.setString(2, slug);
            s.setString(3, "Espace " + slug);
            s.setTimestamp(4, Timestamp.from(Instant.now()));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code work} in a transaction of a fresh entity manager in workspace {@code ws}. */
    public static <T> T in(JpaTestSupport db, long ws, Function<EntityManager, T> work) {
        return WorkspaceContext.in(ws, () -> db.tx(work));
    }

    /** One workspace-scoped entity of the unit, with the ids each workspace holds. */
    public record Checked(String entity, String table, int inA, int inB) {}

    /**
     * For every workspace-scoped entity of {@code db}'s unit: a JPQL query in workspace {@code a}
     * (then {@code b}) reads exactly the rows whose {@code workspace_id} is {@code a} (then
     * {@code b}), and no other workspace holds any row; then, for each entity with rows in
     * {@code a}, workspace {@code b} can neither find one of them, nor update nor delete it by id
     * (the row is read back unchanged).
     *
     * @return what was checked, entity by entity (for the test to require coverage)
     */
    public static List<Checked> assertIsolated(JpaTestSupport db, long a, long b) {
        List<Checked> checked = new ArrayList<>();
        List<EntityType<?>> entities = new ArrayList<>(db.emf().getMetamodel().getEntities());
        entities.sort(Comparator.comparing(EntityType::getName));
        for (EntityType<?> type : entities) {
            Class<?> java = type.getJavaType();
            boolean scoped = in(
                    db,
                    a,
                    em -> em.unwrap(JpaEntityManager.class)
                            .getServerSession()
                            .getDescriptor(java)
                            .hasMultitenantPolicy());
            if (!scoped) {
                continue;
            }
            String table = java.getAnnotation(Table.class).name();
            Set<String> jpqlA = ids(db, a, type);
            Set<String> jpqlB = ids(db, b, type);
            assertThat(jpqlA).as("%s read in workspace %d", type.getName(), a).isEqualTo(rows(db, table, a));
            assertThat(jpqlB).as("%s read in workspace %d", type.getName(), b).isEqualTo(rows(db, table, b));
            assertThat(count(db, "SELECT COUNT(*) FROM " + table + " WHERE workspace_id NOT IN (" + a + ", " + b + ")"))
                    .as("%s rows in no workspace of the test", table)
                    .isZero();
            if (!jpqlA.isEmpty()) {
                cannotTouch(db, type, table, jpqlA.iterator().next(), a, b);
            }
            checked.add(new Checked(type.getName(), table, jpqlA.size(), jpqlB.size()));
        }
        return checked;
    }

    /**
     * A module's whole demonstration ({@code load}), loaded under the same names in workspaces 1
     * and 2 (created here): {@link #assertIsolated} holds, each entity has as many rows in one as in
     * the other, and at least the entities named in {@code filled} have rows, so they were checked
     * both ways (a demonstration that stops filling one is noticed).
     */
    public static void assertDemonstrationStaysInItsWorkspace(
            JpaTestSupport db, Consumer<EntityManager> load, List<String> filled) {
        create(db, 2, "kerlouan");
        for (long ws : new long[] {1, 2}) {
            in(db, ws, em -> {
                load.accept(em);
                return null;
            });
        }
        List<Checked> checked = assertIsolated(db, 1, 2);
        assertThat(checked)
                .as("the same demonstration in both workspaces")
                .allSatisfy(c -> assertThat(c.inB()).as(c.entity()).isEqualTo(c.inA()));
        assertThat(checked.stream()
                        .filter(c -> c.inA() > 0)
                        .map(Checked::entity)
                        .toList())
                .as("entities the demonstration fills, so checked both ways")
                .containsAll(filled);
    }

    private static void cannotTouch(JpaTestSupport db, EntityType<?> type, String table, String id, long a, long b) {
        Object key = id(type, id);
        String before = row(db, table, id);
        Object found = in(db, b, em -> em.find(type.getJavaType(), key));
        assertThat(found)
                .as("%s #%s of workspace %d found from workspace %d", type.getName(), id, a, b)
                .isNull();
        String versioned =
                type.getAttributes().stream().anyMatch(x -> x.getName().equals("version"))
                        ? "e.version = e.version + 1"
                        : null;
        if (versioned != null) {
            int updated = in(
                    db,
                    b,
                    em -> em.createQuery("update " + type.getName() + " e set " + versioned + " where e.id = :id")
                            .setParameter("id", key)
                            .executeUpdate());
            assertThat(updated)
                    .as("%s #%s updated from workspace %d", type.getName(), id, b)
                    .isZero();
        }
        int deleted = in(
                db,
                b,
                em -> em.createQuery("delete from " + type.getName() + " e where e.id = :id")
                        .setParameter("id", key)
                        .executeUpdate());
        assertThat(deleted)
                .as("%s #%s deleted from workspace %d", type.getName(), id, b)
                .isZero();
        assertThat(row(db, table, id))
                .as("%s #%s after workspace %d tried", table, id, b)
                .isEqualTo(before);
    }

    private static Object id(EntityType<?> type, String id) {
        return type.getIdType().getJavaType() == String.class ? id : (Object) Long.valueOf(id);
    }

    private static Set<String> ids(JpaTestSupport db, long ws, EntityType<?> type) {
        return new HashSet<>(in(
                db,
                ws,
                em -> em.createQuery("select e.id from " + type.getName() + " e").getResultList().stream()
                        .map(String::valueOf)
                        .toList()));
    }

    private static Set<String> rows(JpaTestSupport db, String table, long ws) {
        Set<String> ids = new HashSet<>();
        try (Connection c = db.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("SELECT id FROM " + table + " WHERE workspace_id = ?")) {
            s.setLong(1, ws);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    private static String row(JpaTestSupport db, String table, String id) {
        try (Connection c = db.dataSource().getConnection();
                PreparedStatement s =
                        c.prepareStatement("SELECT * FROM " + table + " WHERE CAST(id AS VARCHAR(60)) = ?")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return null;
                }
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                    b.append(r.getMetaData().getColumnName(i))
                            .append('=')
                            .append(r.getString(i))
                            .append(';');
                }
                return b.toString();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(JpaTestSupport db, String sql) {
        try (Connection c = db.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement(sql);
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
