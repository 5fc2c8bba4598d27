/**
 * Pages of the actor registry: list (lazy, filterable), actor page, edit form, power–interest grid,
 * network map, CSV import.
 */
package fr.tierslieu.core.web.actor;
