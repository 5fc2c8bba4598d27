/**
 * Use cases of the roadmap: tasks, links and milestones scheduled backward and forward, the digest
 * of what is late, and its exports (PDF, iCalendar, Excel).
 */
package fr.tierslieu.core.application.roadmap;
