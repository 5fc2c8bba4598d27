/**
 * The audit trail: an EclipseLink listener every persistence unit installs, and the log's queries.
 */
package fr.tierslieu.core.application.audit;
