package fr.tierslieu.core.domain.actor;

import fr.tierslieu.core.domain.security.Role;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The installation's rules on what is recorded about persons: the {@link Visibility} of each
 * {@link SensitiveField}, and how many months a person no longer involved is kept before the team is
 * asked to erase them.
 *
 * @param levels          a level for every field (missing ones take the default)
 * @param retentionMonths months without any change to a person, after which they are proposed for
 *                        erasure ({@value #RETENTION_MIN}–{@value #RETENTION_MAX})
 */
public record PrivacyPolicy(Map<SensitiveField, Visibility> levels, int retentionMonths) {

    public static final int RETENTION_MIN = 6;
    public static final int RETENTION_MAX = 120;
    public static final int RETENTION_DEFAULT = 36;

    public PrivacyPolicy {
        EnumMap<SensitiveField, Visibility> all = new EnumMap<>(SensitiveField.class);
        for (SensitiveField f : SensitiveField.values()) {
            Visibility v = levels == null ? null : levels.get(f);
            all.put(f, v == null ? f.byDefault() : v);
        }
        levels = Map.copyOf(all);
        if (retentionMonths < RETENTION_MIN || retentionMonths > RETENTION_MAX) {
            retentionMonths = RETENTION_DEFAULT;
        }
    }

    public static PrivacyPolicy defaults() {
        return new PrivacyPolicy(Map.of(), RETENTION_DEFAULT);
    }

    public Visibility level(SensitiveField field) {
        return levels.get(field);
    }

    /** What one reader may see, under this policy. */
    public Reader reader(Set<Role> roles) {
        return new Reader(this, Set.copyOf(roles));
    }

    /** The policy applied to one user's roles. */
    public record Reader(PrivacyPolicy policy, Set<Role> roles) {

        /** A reader who sees everything: the team, or code that runs for no user (exports to the person). */
        public static Reader everything() {
            return new Reader(defaults(), Set.of(Role.ADMIN));
        }

        /** Whether this reader may read the field on actors of this type. */
        public boolean sees(SensitiveField field, ActorType type) {
            return type != ActorType.PERSON || policy.level(field).allows(roles);
        }

        public boolean sees(SensitiveField field, Actor actor) {
            return sees(field, actor.getType());
        }

        /** Whether some persons' value of this field is hidden from this reader. */
        public boolean hidesFromPersons(SensitiveField field) {
            return !sees(field, ActorType.PERSON);
        }
    }
}
