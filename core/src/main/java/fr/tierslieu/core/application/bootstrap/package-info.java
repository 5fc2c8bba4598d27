/**
 * Start-up in order: modules checked, schema migrated per module (with a backup of an existing H2 database first), demo data loaded.
 */
package fr.tierslieu.core.application.bootstrap;
