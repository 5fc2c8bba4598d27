/**
 * The page of a project's accompaniment journey: the seed's three steps, their activities and progress.
 */
package fr.tierslieu.core.web.journey;
