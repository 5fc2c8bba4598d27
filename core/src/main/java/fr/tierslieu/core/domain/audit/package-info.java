/**
 * The audit log entry (written by the audit listener, read by administrators).
 */
package fr.tierslieu.core.domain.audit;
