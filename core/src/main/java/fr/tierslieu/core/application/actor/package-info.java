/**
 * The actor registry's use cases: search, create, edit, reassess, tie, delete (with impact), import and export, and the views computed over the registry (grid, network, engagement).
 */
package fr.tierslieu.core.application.actor;
