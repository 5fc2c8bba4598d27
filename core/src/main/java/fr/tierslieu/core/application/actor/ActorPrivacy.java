package fr.tierslieu.core.application.actor;

import fr.tierslieu.core.application.security.CurrentUser;
import fr.tierslieu.core.application.security.RequiresRole;
import fr.tierslieu.core.application.workspace.WorkspaceContext;
import fr.tierslieu.core.application.workspace.WorkspaceSettings;
import fr.tierslieu.core.domain.actor.PrivacyPolicy;
import fr.tierslieu.core.domain.actor.SensitiveField;
import fr.tierslieu.core.domain.actor.Visibility;
import fr.tierslieu.core.domain.security.Role;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.Map;

/**
 * Each workspace's {@link PrivacyPolicy}, kept in its settings ({@link WorkspaceSettings}:
 * {@code privacy.POSITION}, {@code privacy.NOTES}, {@code privacy.ASSESSMENTS},
 * {@code privacy.retention-months}) and applied to the signed-in user: services, REST resources,
 * exports and pages ask {@link #reader()} before showing a sensitive field of a person. Read once per
 * {@value #REFRESH_MILLIS} ms at most per workspace, so that a change made on another instance
 * applies within that delay.
 */
@ApplicationScoped
public class ActorPrivacy {

    static final String PREFIX = "privacy.";
    static final String RETENTION = PREFIX + "retention-months";
    private static final long REFRESH_MILLIS = 10_000;

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    fr.tierslieu.core.application.i18n.MessageBundles messages;

    /** By workspace: the policy and when it was read. */
    private final java.util.concurrent.ConcurrentHashMap<Long, Cached> cache =
            new java.util.concurrent.ConcurrentHashMap<>();

    private record Cached(PrivacyPolicy policy, long readAt) {}

    public ActorPrivacy() {}

    /** For plain Java SE tests. */
    public ActorPrivacy(EntityManager em) {
        this.em = em;
    }

    /** What the signed-in user may read. */
    public PrivacyPolicy.Reader reader() {
        return policy().reader(currentUser.getRoles());
    }

    /** The current workspace's policy. */
    @Transactional
    public PrivacyPolicy policy() {
        long workspace = WorkspaceContext.current();
        Cached c = cache.get(workspace);
        if (c == null || System.currentTimeMillis() - c.readAt() > REFRESH_MILLIS) {
            c = new Cached(load(), System.currentTimeMillis());
            cache.put(workspace, c);
        }
        return c.policy();
    }

    private PrivacyPolicy load() {
        Map<SensitiveField, Visibility> levels = new EnumMap<>(SensitiveField.class);
        int retention = PrivacyPolicy.RETENTION_DEFAULT;
        for (Map.Entry<String, String> row :
                WorkspaceSettings.withPrefix(em, PREFIX).entrySet()) {
            String key = row.getKey();
            String value = String.valueOf(row.getValue());
            try {
                if (key.equals(RETENTION)) {
                    retention = Integer.parseInt(value);
                } else {
                    levels.put(SensitiveField.valueOf(key.substring(PREFIX.length())), Visibility.valueOf(value));
                }
            } catch (IllegalArgumentException ignored) {
                // a value written by a later version: keep the default, which is the protective one
            }
        }
        return new PrivacyPolicy(levels, retention);
    }

    /** Saves the current workspace's policy (its administrators). */
    @Transactional
    @RequiresRole({Role.ADMIN})
    public PrivacyPolicy save(Map<SensitiveField, Visibility> levels, int retentionMonths, java.util.Locale locale) {
        if (retentionMonths < PrivacyPolicy.RETENTION_MIN || retentionMonths > PrivacyPolicy.RETENTION_MAX) {
            throw ValidationFailure.of(
                    "retentionMonths",
                    messages.format(
                            locale,
                            "core.privacy.error.retention",
                            PrivacyPolicy.RETENTION_MIN,
                            PrivacyPolicy.RETENTION_MAX));
        }
        PrivacyPolicy policy = new PrivacyPolicy(levels, retentionMonths);
        for (SensitiveField f : SensitiveField.values()) {
            put(PREFIX + f.name(), policy.level(f).name());
        }
        put(RETENTION, Integer.toString(policy.retentionMonths()));
        cache.put(WorkspaceContext.current(), new Cached(policy, System.currentTimeMillis()));
        return policy;
    }

    private void put(String key, String value) {
        WorkspaceSettings.put(em, key, value);
    }

    /** Forgets the cached policies (after a backup is restored). */
    public void forget() {
        cache.clear();
    }
}
