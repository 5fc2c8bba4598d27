/**
 * The study trip module: {@code StudyTripModule} is its plug into the core's contract.
 */
package fr.tierslieu.studytrip;
