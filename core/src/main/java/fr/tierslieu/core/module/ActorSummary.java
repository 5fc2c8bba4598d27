package fr.tierslieu.core.module;

import fr.tierslieu.core.domain.actor.ActorKind;

/** What a module may read of an actor of the registry (it keeps only the id). */
public record ActorSummary(long id, String name, ActorKind kind, String email) {}
