/**
 * The page of a project's roadmap: tasks and milestones, the Gantt, warnings and exports.
 */
package fr.tierslieu.core.web.roadmap;
