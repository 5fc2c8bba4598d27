/**
 * Pages of a project: list, view and edit. Its journey, meetings and roadmap have their own packages
 * (web.journey, web.meeting, web.roadmap), named like their application packages.
 */
package fr.tierslieu.core.web.project;
