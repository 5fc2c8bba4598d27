/**
 * Actors of the territory, their dated positions toward the project (assessments), relationships and memberships; the engagement and power–interest calculations.
 */
package fr.tierslieu.core.domain.actor;
