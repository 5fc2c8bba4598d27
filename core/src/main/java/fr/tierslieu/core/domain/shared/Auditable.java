package fr.tierslieu.core.domain.shared;

/** Implemented by entities that have a human-readable name to show in the audit log. */
public interface Auditable {

    /** Short label of the record, e.g. the actor's name. */
    String auditLabel();
}
