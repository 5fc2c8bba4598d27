/**
 * The project aggregate and what hangs on it: partners, resources, needs, findings (open questions,
 * success factors, points of vigilance), the journey's steps and activities.
 */
package fr.tierslieu.core.domain.project;
