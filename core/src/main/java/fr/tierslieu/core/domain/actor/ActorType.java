package fr.tierslieu.core.domain.actor;

/** An actor is an organisation or a person (persons may belong to organisations). */
public enum ActorType {
    ORGANISATION,
    PERSON
}
