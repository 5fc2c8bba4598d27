package fr.tierslieu.core.application.workspace;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The current workspace's settings ({@code core_workspace_setting}: privacy levels, the panorama's
 * publication, the checklist hidden), in the caller's transaction. Each is a key and a text value;
 * the installation's own stay in {@code core_setting}. The workspace is the one the persistence
 * context was opened in ({@link WorkspaceContext#current()}), as for every workspace-scoped row.
 */
public final class WorkspaceSettings {

    private WorkspaceSettings() {}

    public static Optional<String> get(EntityManager em, String key) {
        List<?> rows = Workspaces.nativeQuery(
                        em,
                        "SELECT setting_value FROM core_workspace_setting WHERE workspace_id = ? AND setting_key = ?")
                .setParameter(1, WorkspaceContext.current())
                .setParameter(2, key)
                .getResultList();
        return rows.isEmpty() || rows.get(0) == null ? Optional.empty() : Optional.of(String.valueOf(rows.get(0)));
    }

    /** The settings whose key starts with {@code prefix}, by key. */
    public static Map<String, String> withPrefix(EntityManager em, String prefix) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Workspaces.nativeQuery(
                        em,
                        "SELECT setting_key, setting_value FROM core_workspace_setting"
                                + " WHERE workspace_id = ? AND setting_key LIKE ? ORDER BY setting_key")
                .setParameter(1, WorkspaceContext.current())
                .setParameter(2, prefix.replace("%", "") + "%")
                .getResultList();
        Map<String, String> out = new LinkedHashMap<>();
        rows.forEach(r -> out.put(String.valueOf(r[0]), r[1] == null ? null : String.valueOf(r[1])));
        return out;
    }

    /** Sets {@code key} to {@code value}, or removes it when {@code value} is null. */
    public static void put(EntityManager em, String key, String value) {
        long workspace = WorkspaceContext.current();
        Workspaces.nativeQuery(em, "DELETE FROM core_workspace_setting WHERE workspace_id = ? AND setting_key = ?")
                .setParameter(1, workspace)
                .setParameter(2, key)
                .executeUpdate();
        if (value != null) {
            Workspaces.nativeQuery(
                            em,
                            "INSERT INTO core_workspace_setting (workspace_id, setting_key, setting_value, version)"
                                    + " VALUES (?, ?, ?, 0)")
                    .setParameter(1, workspace)
                    .setParameter(2, key)
                    .setParameter(3, value)
                    .executeUpdate();
        }
    }
}
