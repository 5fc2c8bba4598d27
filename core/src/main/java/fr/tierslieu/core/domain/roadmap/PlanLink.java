package fr.tierslieu.core.domain.roadmap;

/**
 * A finish-to-start dependency: {@code successor} starts at the earliest {@code lag} working days
 * after {@code predecessor} is finished (a negative lag lets it start that many days before).
 */
public record PlanLink(long predecessor, long successor, int lag) {

    public static PlanLink of(long predecessor, long successor) {
        return new PlanLink(predecessor, successor, 0);
    }
}
