/**
 * Use cases of the study trip: planning, poll, registrations, debrief published to the project,
 * exports, demo data and contributions to the core.
 */
package fr.tierslieu.studytrip.application;
