package fr.tierslieu.core.domain.actor;

/**
 * Mendelow's power–interest grid. Influence (power) and interest are rated 1–5; 1–2 is "low" and
 * 3–5 is "high", so the dividing lines sit at 2.5 and no rated actor lies on them.
 */
public enum Quadrant {
    /** High influence, high interest: involve them, manage closely. */
    MANAGE_CLOSELY,
    /** High influence, low interest: keep satisfied. */
    KEEP_SATISFIED,
    /** Low influence, high interest: keep informed. */
    KEEP_INFORMED,
    /** Low influence, low interest: monitor. */
    MONITOR;

    /** The value separating low from high on both axes. */
    public static final double THRESHOLD = 2.5;

    public static Quadrant of(int influence, int interest) {
        boolean powerful = influence > THRESHOLD;
        boolean interested = interest > THRESHOLD;
        if (powerful) {
            return interested ? MANAGE_CLOSELY : KEEP_SATISFIED;
        }
        return interested ? KEEP_INFORMED : MONITOR;
    }
}
