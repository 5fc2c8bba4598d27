/**
 * Health checks: ready once start-up has migrated the schema and the web layer answers.
 */
package fr.tierslieu.web.health;
