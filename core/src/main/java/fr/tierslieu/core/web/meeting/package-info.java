/**
 * The page of a project's meetings: planning, attendance, minutes, and their iCalendar.
 */
package fr.tierslieu.core.web.meeting;
