package fr.tierslieu.core.domain.experience;

/** A place's size by its yearly budget: under 100 k€, up to 500 k€, over 500 k€, or not known. */
public enum SizeClass {
    SMALL,
    MEDIUM,
    LARGE,
    UNKNOWN;

    public static SizeClass of(Long budget) {
        if (budget == null) {
            return UNKNOWN;
        }
        return budget < 100_000 ? SMALL : budget <= 500_000 ? MEDIUM : LARGE;
    }
}
