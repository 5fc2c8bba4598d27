/**
 * Use cases of meetings: planning, attendance, minutes.
 */
package fr.tierslieu.core.application.meeting;
