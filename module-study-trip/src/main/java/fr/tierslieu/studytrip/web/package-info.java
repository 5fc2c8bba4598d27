/**
 * Pages of the study trip: destinations, date poll (also public, by link), registrations, the day's
 * programme, carpool, budget, debrief.
 */
package fr.tierslieu.studytrip.web;
