/**
 * The experience library's services: sheets on other places (search, distances, comparison), their
 * CSV import and export in a format close to the France Tiers-Lieux census, the lessons modules write
 * back, and the demo's illustrative places.
 */
package fr.tierslieu.core.application.experience;
