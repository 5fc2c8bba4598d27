package fr.tierslieu.core.domain.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How many actors stand at each engagement level today, and who moved since a chosen date
 * ("mesure du niveau d'engagement des parties prenantes"). An actor's level at a date is the level
 * of its latest assessment on or before that date; an actor with no assessment by then was not yet
 * on the map ({@link Direction#NEW}). Pure calculation.
 */
public record EngagementOverview(Map<EngagementLevel, Long> countsNow, LocalDate since, List<Movement> movements) {

    public enum Direction {
        UP,
        DOWN,
        SAME,
        NEW
    }

    /** One actor's change of level between {@code since} and today. */
    public record Movement(
            long actorId, String name, EngagementLevel before, EngagementLevel now, Direction direction) {
        /** Levels climbed (negative when it went down; 0 for NEW). */
        public int steps() {
            return before == null ? 0 : now.rank() - before.rank();
        }
    }

    /** One actor's assessments, oldest first. */
    public record History(long actorId, String name, EngagementLevel current, List<Dated> assessments) {}

    public record Dated(LocalDate on, EngagementLevel level) {}

    public static EngagementOverview compute(List<History> actors, LocalDate since) {
        Map<EngagementLevel, Long> counts = new EnumMap<>(EngagementLevel.class);
        for (EngagementLevel level : EngagementLevel.values()) {
            counts.put(level, 0L);
        }
        List<Movement> movements = new ArrayList<>();
        for (History h : actors) {
            counts.merge(h.current(), 1L, Long::sum);
            EngagementLevel before = levelAt(h.assessments(), since);
            Direction direction;
            if (before == null) {
                direction = Direction.NEW;
            } else if (h.current().rank() > before.rank()) {
                direction = Direction.UP;
            } else if (h.current().rank() < before.rank()) {
                direction = Direction.DOWN;
            } else {
                direction = Direction.SAME;
            }
            movements.add(new Movement(h.actorId(), h.name(), before, h.current(), direction));
        }
        movements.sort(Comparator.comparing((Movement m) -> m.direction().ordinal())
                .thenComparing(m -> -Math.abs(m.steps()))
                .thenComparing(Movement::name, String.CASE_INSENSITIVE_ORDER));
        return new EngagementOverview(counts, since, List.copyOf(movements));
    }

    static EngagementLevel levelAt(List<Dated> assessments, LocalDate date) {
        EngagementLevel level = null;
        for (Dated d : assessments) {
            if (!d.on().isAfter(date)) {
                level = d.level();
            }
        }
        return level;
    }

    public long count(Direction direction) {
        return movements.stream().filter(m -> m.direction() == direction).count();
    }

    /** Movements other than SAME, for the "who moved" table. */
    public List<Movement> changes() {
        return movements.stream().filter(m -> m.direction() != Direction.SAME).toList();
    }

    public long total() {
        return countsNow.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Actors at co-builder level or above: those who build the project with it. */
    public long committed() {
        return countsNow.entrySet().stream()
                .filter(e -> e.getKey().rank() >= EngagementLevel.CO_BUILDER.rank())
                .mapToLong(Map.Entry::getValue)
                .sum();
    }
}
