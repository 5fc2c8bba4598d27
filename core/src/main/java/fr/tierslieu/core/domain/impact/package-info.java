/**
 * Activity and impact indicators: the common base every tiers-lieu reports (publics, activity,
 * employment, volunteering, governance, economic model, territorial anchoring), the team's own
 * indicators, and their yearly figures with the source of each.
 */
package fr.tierslieu.core.domain.impact;
