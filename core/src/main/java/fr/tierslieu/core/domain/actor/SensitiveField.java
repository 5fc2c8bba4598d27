package fr.tierslieu.core.domain.actor;

/**
 * What the registry records about a person that is an opinion about them rather than a fact they
 * gave: each has its own {@link Visibility} in the {@link PrivacyPolicy}. Organisations' fields are
 * not personal data and stay readable by every account.
 */
public enum SensitiveField {
    /** Stance (ally, neutral, opponent), influence, interest and the quadrant they give. */
    POSITION(Visibility.BOARD),
    /** Free notes. */
    NOTES(Visibility.TEAM),
    /** The dated history of assessments with their comments. */
    ASSESSMENTS(Visibility.TEAM);

    private final Visibility byDefault;

    SensitiveField(Visibility byDefault) {
        this.byDefault = byDefault;
    }

    /** The level of a new installation: protective (RGPD art. 25, data protection by default). */
    public Visibility byDefault() {
        return byDefault;
    }
}
