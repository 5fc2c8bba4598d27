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
        ActorInsights.Network network = insights.network();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("nodes", network.nodes());
        data.put("edges", network.edges());
        data.put("labels", labels);
        return Json.of(data);
    }

    public ActorKind[] getKinds() {
        return ActorKind.values();
    }

    public Stance[] getStances() {
        return Stance.values();
    }
}
