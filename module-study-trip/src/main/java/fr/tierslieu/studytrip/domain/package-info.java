/**
 * Study trip rules (entities and pure rules: no service, page or query here): travel times,
 * carpool, CO₂, costs and their sharing, criteria and ranking of destinations, the poll.
 */
package fr.tierslieu.studytrip.domain;
