package fr.tierslieu.core.domain.actor;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;

/**
 * An actor's position toward the project at one moment: mobilisation status, stance, influence and
 * interest (1–5), engagement and maturity. Immutable value; the actor keeps its current position
 * and every {@link Assessment} keeps the position it recorded.
 */
@Embeddable
public class Position implements java.io.Serializable {

    @java.io.Serial
    private static final long serialVersionUID = 1L;

    public static final int MIN_RATING = 1;
    public static final int MAX_RATING = 5;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private MobilisationStatus status;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "stance", nullable = false, length = 20)
    private Stance stance;

    @Min(MIN_RATING)
    @Max(MAX_RATING)
    @Column(name = "influence", nullable = false)
    private int influence;

    @Min(MIN_RATING)
    @Max(MAX_RATING)
    @Column(name = "interest", nullable = false)
    private int interest;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "engagement", nullable = false, length = 20)
    private EngagementLevel engagement;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "maturity", nullable = false, length = 20)
    private MaturityLevel maturity;

    protected Position() {
        // JPA
    }

    public Position(
            MobilisationStatus status,
            Stance stance,
            int influence,
            int interest,
            EngagementLevel engagement,
            MaturityLevel maturity) {
        this.status = Objects.requireNonNull(status, "status");
        this.stance = Objects.requireNonNull(stance, "stance");
        this.influence = influence;
        this.interest = interest;
        this.engagement = Objects.requireNonNull(engagement, "engagement");
        this.maturity = Objects.requireNonNull(maturity, "maturity");
    }

    /** The position of an actor just put on the map, about whom nothing is known yet. */
    public static Position initial() {
        return new Position(
                MobilisationStatus.UNKNOWN, Stance.NEUTRAL, 3, 3, EngagementLevel.IDENTIFIED, MaturityLevel.UNAWARE);
    }

    public MobilisationStatus getStatus() {
        return status;
    }

    public Stance getStance() {
        return stance;
    }

    public int getInfluence() {
        return influence;
    }

    public int getInterest() {
        return interest;
    }

    public EngagementLevel getEngagement() {
        return engagement;
    }

    public MaturityLevel getMaturity() {
        return maturity;
    }

    public Quadrant quadrant() {
        return Quadrant.of(influence, interest);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Position p)) {
            return false;
        }
        return influence == p.influence
                && interest == p.interest
                && status == p.status
                && stance == p.stance
                && engagement == p.engagement
                && maturity == p.maturity;
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, stance, influence, interest, engagement, maturity);
    }

    @Override
    public String toString() {
        return status + "/" + stance + "/I" + influence + "/i" + interest + "/" + engagement + "/" + maturity;
    }
}
