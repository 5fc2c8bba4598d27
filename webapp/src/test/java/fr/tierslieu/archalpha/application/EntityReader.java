package fr.tierslieu.archalpha.application;

import fr.tierslieu.core.domain.actor.Actor;
import fr.tierslieu.core.module.ActorSummary;

/** Test fixture: a module reading a core entity (refused) beside a published read model (allowed). */
public class EntityReader {

    public String name(Actor actor) {
        return actor.getName();
    }

    public String name(ActorSummary actor) {
        return actor.name();
    }
}
