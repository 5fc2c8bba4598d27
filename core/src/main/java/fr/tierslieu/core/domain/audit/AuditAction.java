package fr.tierslieu.core.domain.audit;

public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE
}
