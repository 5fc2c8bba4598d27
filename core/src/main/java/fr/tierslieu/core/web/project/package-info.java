/**
 * Pages of a project: list, view, edit, the accompaniment journey, meetings and the roadmap
 * (Gantt).
 */
package fr.tierslieu.core.web.project;
