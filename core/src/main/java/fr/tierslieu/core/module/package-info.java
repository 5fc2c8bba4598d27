/**
 * The plug-in contract, published for modules ({@link fr.tierslieu.core.module.PublishedApi} lists all
 * a module may use): what a module declares (TiersLieuModule, menu entries, dashboard widgets, page
 * access, demo data, actor usages, roadmap and journey contributions), the events it observes or
 * fires (ActorDeleted, FindingPublished, TaskSuggested), the read models of the core's records
 * (ActorSummary, ProjectSummary, PartnerView, FindingView), and the registry that discovers, checks
 * and orders the installed modules.
 */
package fr.tierslieu.core.module;
