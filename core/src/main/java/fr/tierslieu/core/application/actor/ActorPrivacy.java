package fr.tierslieu.core.application.actor;

import fr.tierslieu.core.application.security.CurrentUser;
import fr.tierslieu.core.application.security.RequiresRole;
import fr.tierslieu.core.application.workspace.Workspaces;
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
import java.util.List;
import java.util.Map;

/**
 * The installation's {@link PrivacyPolicy}, kept in {@code core_setting} ({@code privacy.POSITION},
 * {@code privacy.NOTES}, {@code privacy.ASSESSMENTS}, {@code privacy.retention-months}) and applied to
 * the signed-in user: services, REST resources, exports and pages ask {@link #reader()} before
 * showing a sensitive field of a person. Read once per {@value #REFRESH_MILLIS} ms at most, so that a
 * change made on another instance applies within that delay.
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

    private volatile PrivacyPolicy cached;
    private volatile long readAt;

    public ActorPrivacy() {}

    /** For plain Java SE tests. */
    public ActorPrivacy(EntityManager em) {
        this.em = em;
    }

    /** What the signed-in user may read. */
    public PrivacyPolicy.Reader reader() {
        return policy().reader(currentUser.getRoles());
    }

    @Transactional
    public PrivacyPolicy policy() {
        PrivacyPolicy p = cached;
        if (p == null || System.currentTimeMillis() - readAt > REFRESH_MILLIS) {
            p = load();
            cached = p;
            readAt = System.currentTimeMillis();
        }
        return p;
    }

    private PrivacyPolicy load() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Workspaces.nativeQuery(
                        em, "SELECT setting_key, setting_value FROM core_setting WHERE setting_key LIKE ?")
                .setParameter(1, PREFIX + "%")
                .getResultList();
        Map<SensitiveField, Visibility> levels = new EnumMap<>(SensitiveField.class);
        int retention = PrivacyPolicy.RETENTION_DEFAULT;
        for (Object[] row : rows) {
            String key = String.valueOf(row[0]);
            String value = String.valueOf(row[1]);
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

    /** Saves the policy for the whole installation (administrators only). */
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
        cached = policy;
        readAt = System.currentTimeMillis();
        return policy;
    }

    private void put(String key, String value) {
        Workspaces.nativeQuery(em, "DELETE FROM core_setting WHERE setting_key = ?")
                .setParameter(1, key)
                .executeUpdate();
        Workspaces.nativeQuery(em, "INSERT INTO core_setting (setting_key, setting_value, version) VALUES (?, ?, 0)")
                .setParameter(1, key)
                .setParameter(2, value)
                .executeUpdate();
    }

    /** Forgets the cached policy (after a backup is restored). */
    public void forget() {
        cached = null;
    }
}
