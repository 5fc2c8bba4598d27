package fr.tierslieu.core.application.actor;

import fr.tierslieu.core.application.security.RequiresRole;
import fr.tierslieu.core.domain.actor.Actor;
import fr.tierslieu.core.domain.actor.EngagementLevel;
import fr.tierslieu.core.domain.actor.EngagementOverview;
import fr.tierslieu.core.domain.actor.Membership;
import fr.tierslieu.core.domain.actor.PrivacyPolicy;
import fr.tierslieu.core.domain.actor.Quadrant;
import fr.tierslieu.core.domain.actor.Relationship;
import fr.tierslieu.core.domain.actor.SensitiveField;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Views computed over the whole registry: the power–interest grid, the network of actors and the
 * engagement overview. Pages only display what this returns.
 */
@ApplicationScoped
@Transactional
@RequiresRole
public class ActorInsights {

    /** Maximum offset added to a point of the grid so that actors with the same ratings stay visible. */
    static final double JITTER = 0.3;

    @Inject
    ActorRepository repository;

    @Inject
    ActorPrivacy privacy;

    public ActorInsights() {}

    /** Outside the container (tests): everything readable. */
    public ActorInsights(ActorRepository repository) {
        this.repository = repository;
    }

    /** Stance of a network node whose position the reader may not see. */
    public static final String HIDDEN = "HIDDEN";

    /** What the signed-in user may read (everything outside a container). */
    protected PrivacyPolicy.Reader reader() {
        return privacy == null ? PrivacyPolicy.Reader.everything() : privacy.reader();
    }

    /** A point of the power–interest grid. */
    public record GridPoint(
            long actorId,
            String name,
            double x,
            double y,
            int interest,
            int influence,
            Quadrant quadrant,
            String stance) {}

    /**
     * The actors matching {@code filter} as grid points: x = interest, y = influence, each moved by
     * less than {@link #JITTER} (deterministically, from its id) so that several actors rated alike
     * do not hide each other; the move never crosses a quadrant line (at 2.5). Persons whose position
     * the reader may not see are left out.
     */
    public List<GridPoint> powerInterestGrid(ActorFilter filter) {
        List<GridPoint> points = new ArrayList<>();
        PrivacyPolicy.Reader reader = reader();
        ActorFilter visible = ActorService.visibleFilter(filter, reader);
        for (Actor a : visible == null ? List.<Actor>of() : repository.list(visible)) {
            if (!reader.sees(SensitiveField.POSITION, a)) {
                continue;
            }
            var p = a.getPosition();
            points.add(new GridPoint(
                    a.getId(),
                    a.getName(),
                    p.getInterest() + jitter(a.getId(), 17),
                    p.getInfluence() + jitter(a.getId(), 31),
                    p.getInterest(),
                    p.getInfluence(),
                    p.quadrant(),
                    p.getStance().name()));
        }
        return points;
    }

    /**
     * An actor as a grid point at the given position (its position on one project, for instance):
     * the same placement and jitter as {@link #powerInterestGrid}.
     */
    public static GridPoint point(Actor a, fr.tierslieu.core.domain.actor.Stance stance, int influence, int interest) {
        return new GridPoint(
                a.getId(),
                a.getName(),
                interest + jitter(a.getId(), 17),
                influence + jitter(a.getId(), 31),
                interest,
                influence,
                fr.tierslieu.core.domain.actor.Quadrant.of(influence, interest),
                stance.name());
    }

    static double jitter(long id, int salt) {
        long h = (id * 0x9E3779B97F4A7C15L) ^ (salt * 0xC2B2AE3D27D4EB4FL);
        h ^= (h >>> 29);
        double unit = ((h & 0xFFFF) / 65535.0) * 2 - 1; // -1..1
        return Math.round(unit * JITTER * 100) / 100.0;
    }

    /** Node of the network map. */
    public record Node(
            long id,
            String name,
            String type,
            String kind,
            String stance,
            String status,
            int influence,
            int interest,
            String engagement) {}

    /** Edge of the network map; {@code type} is a RelationshipType name or MEMBERSHIP. */
    public record Edge(long source, long target, String type, int strength, String label) {}

    public record Network(List<Node> nodes, List<Edge> edges) {}

    /**
     * All actors and ties; filtering happens in the browser so it is instant. A person whose position
     * the reader may not see has the stance {@value #HIDDEN} and influence and interest 0.
     */
    public Network network() {
        List<Node> nodes = new ArrayList<>();
        PrivacyPolicy.Reader reader = reader();
        for (Actor a : repository.list(ActorFilter.none())) {
            var p = a.getPosition();
            boolean seen = reader.sees(SensitiveField.POSITION, a);
            nodes.add(new Node(
                    a.getId(),
                    a.getName(),
                    a.getType().name(),
                    a.getKind().name(),
                    seen ? p.getStance().name() : HIDDEN,
                    p.getStatus().name(),
                    seen ? p.getInfluence() : 0,
                    seen ? p.getInterest() : 0,
                    p.getEngagement().name()));
        }
        List<Edge> edges = new ArrayList<>();
        for (Relationship r : repository.allRelationships()) {
            edges.add(new Edge(
                    r.getSource().getId(), r.getTarget().getId(), r.getType().name(), r.getStrength(), r.getNote()));
        }
        for (Membership m : repository.allMemberships()) {
            edges.add(new Edge(m.getPerson().getId(), m.getOrganisation().getId(), "MEMBERSHIP", 2, m.getRole()));
        }
        return new Network(nodes, edges);
    }

    /**
     * Actors who could block the project or must still be won over: opponents or "to convince",
     * with an influence of 3 or more, the most influential first.
     */
    public List<Actor> needingAttention(int limit) {
        return repository.needingAttention(limit, !reader().hidesFromPersons(SensitiveField.POSITION));
    }

    /** Engagement levels today and movements since {@code since} (projections only: no entity is loaded). */
    public EngagementOverview engagement(LocalDate since) {
        Map<Long, List<EngagementOverview.Dated>> byActor = new HashMap<>();
        for (Object[] row : repository.engagementHistory()) {
            byActor.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                    .add(new EngagementOverview.Dated((LocalDate) row[1], (EngagementLevel) row[2]));
        }
        List<EngagementOverview.History> histories = new ArrayList<>();
        for (Object[] row : repository.currentEngagement()) {
            histories.add(new EngagementOverview.History(
                    (Long) row[0],
                    (String) row[1],
                    (EngagementLevel) row[2],
                    byActor.getOrDefault((Long) row[0], List.of())));
        }
        return EngagementOverview.compute(histories, since);
    }
}
