package fr.tierslieu.core.domain.actor;

/**
 * How ripe the partner's own thinking about the project is ("niveau de maturité"), an ordinal
 * scale from 1 to 5, independent of what it has committed:
 * <ol>
 * <li>UNAWARE — ne connaît pas le projet;</li>
 * <li>AWARE — en a entendu parler, n'en voit pas encore l'intérêt pour lui;</li>
 * <li>INTERESTED — y voit un intérêt, pose des questions;</li>
 * <li>CONVINCED — partage les objectifs, identifie ce qu'il pourrait apporter;</li>
 * <li>OWNER — s'approprie le projet, le porte auprès d'autres.</li>
 * </ol>
 */
public enum MaturityLevel {
    UNAWARE,
    AWARE,
    INTERESTED,
    CONVINCED,
    OWNER;

    /** 1 (unaware) to 5 (owner). */
    public int rank() {
        return ordinal() + 1;
    }
}
