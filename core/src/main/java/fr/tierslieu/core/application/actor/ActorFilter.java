package fr.tierslieu.core.application.actor;

import fr.tierslieu.core.domain.actor.ActorKind;
import fr.tierslieu.core.domain.actor.ActorType;
import fr.tierslieu.core.domain.actor.MobilisationStatus;
import fr.tierslieu.core.domain.actor.Stance;
import java.util.Set;

/**
 * What the actor table, its exports and the REST list filter on. Empty sets and blank strings mean
 * "any". {@code text} matches name, commune, contact and e-mail, ignoring case and accents; an actor
 * matches {@code tags} if it has at least one of them.
 */
public record ActorFilter(
        String text,
        ActorType type,
        Set<ActorKind> kinds,
        Set<MobilisationStatus> statuses,
        Set<Stance> stances,
        Set<String> tags,
        String commune) {

    public ActorFilter {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        stances = stances == null ? Set.of() : Set.copyOf(stances);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        text = text == null || text.isBlank() ? null : text.trim();
        commune = commune == null || commune.isBlank() ? null : commune.trim();
    }

    public static ActorFilter none() {
        return new ActorFilter(null, null, null, null, null, null, null);
    }
}
