/**
 * Use cases of the accompaniment journey: the seed's three steps as a template, activities and
 * their progress.
 */
package fr.tierslieu.core.application.journey;
