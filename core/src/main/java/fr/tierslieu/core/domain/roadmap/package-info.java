/**
 * Roadmap rules (entities and pure rules: no service, page or query here): the scheduler (French
 * working days and public holidays, lags, fixed dates, critical path, cycles), the Gantt's window,
 * tasks and links.
 */
package fr.tierslieu.core.domain.roadmap;
