/**
 * The plug-in contract: what a module declares (TiersLieuModule, menu entries, dashboard widgets, page access, demo data, actor usages) and the registry that discovers, checks and orders the installed modules.
 */
package fr.tierslieu.core.module;
