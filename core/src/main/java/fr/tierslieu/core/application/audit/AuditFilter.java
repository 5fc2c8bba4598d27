package fr.tierslieu.core.application.audit;

import fr.tierslieu.core.domain.audit.AuditAction;
import java.time.LocalDate;

/** Filters of the audit log page; null means "any". Dates are inclusive days. */
public record AuditFilter(
        String entityType, String username, AuditAction action, LocalDate from, LocalDate to, String text) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
