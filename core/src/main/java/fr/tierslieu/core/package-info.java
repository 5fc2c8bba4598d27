/**
 * The core as a module of its own: {@code CoreModule} plugs the registry, projects, journey,
 * roadmap, strategy and administration into the contract every module uses.
 */
package fr.tierslieu.core;
