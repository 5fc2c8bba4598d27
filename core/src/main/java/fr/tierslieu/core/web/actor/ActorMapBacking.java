package fr.tierslieu.core.web.actor;

import fr.tierslieu.core.application.actor.ActorInsights;
import fr.tierslieu.core.domain.actor.ActorKind;
import fr.tierslieu.core.domain.actor.RelationshipType;
import fr.tierslieu.core.domain.actor.Stance;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.Json;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The network map's data: actors (coloured by stance, sized by influence) and their ties, as JSON
 * read by the page's script; filtering happens in the browser.
 */
@Named
@RequestScoped
public class ActorMapBacking {

    @Inject
    ActorInsights insights;

    @Inject
    Msg msg;

    /** {@code {nodes, edges, labels}} where labels translate kinds, stances and tie types. */
    public String getData() {
        Map<String, Object> labels = new LinkedHashMap<>();
        for (ActorKind k : ActorKind.values()) {
            labels.put(k.name(), msg.label(k));
        }
        for (Stance s : Stance.values()) {
            labels.put(s.name(), msg.label(s));
        }
        for (RelationshipType t : RelationshipType.values()) {
            labels.put(t.name(), msg.label(t));
        }
        labels.put("MEMBERSHIP", msg.get("core.membership.edge"));
        ActorInsights.Network network = network();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("nodes", network.nodes());
        data.put("edges", network.edges());
        data.put("labels", labels);
        return Json.of(data);
    }

    private ActorInsights.Network network;

    private ActorInsights.Network network() {
        if (network == null) {
            network = insights.network();
        }
        return network;
    }

    /** A tie of the map in words, for the list beside it (text alternative of the drawing). */
    public record Link(String from, String type, String to, int strength) {}

    /** Every tie of the map, by actor name then tie type. */
    public java.util.List<Link> getLinks() {
        Map<Long, String> names = new java.util.HashMap<>();
        network().nodes().forEach(n -> names.put(n.id(), n.name()));
        return network().edges().stream()
                .map(e -> new Link(
                        names.getOrDefault(e.source(), "#" + e.source()),
                        "MEMBERSHIP".equals(e.type())
                                ? msg.get("core.membership.edge")
                                : msg.label(RelationshipType.valueOf(e.type())),
                        names.getOrDefault(e.target(), "#" + e.target()),
                        e.strength()))
                .sorted(java.util.Comparator.comparing(Link::from, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(Link::type))
                .toList();
    }

    public ActorKind[] getKinds() {
        return ActorKind.values();
    }

    public Stance[] getStances() {
        return Stance.values();
    }
}
