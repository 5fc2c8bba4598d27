package fr.tierslieu.core.module;

/**
 * CDI event fired inside the transaction that deletes an actor, before the actor row goes: modules
 * observe it to remove or detach their records that refer to the actor, so nothing dangles. If an
 * observer throws, the deletion is rolled back.
 */
public record ActorDeleted(long actorId, String name) {}
