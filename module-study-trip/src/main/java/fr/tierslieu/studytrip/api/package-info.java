/**
 * REST resource of the study trip.
 */
package fr.tierslieu.studytrip.api;
