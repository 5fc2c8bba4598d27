/**
 * The core's domain: entities, value objects and pure rules of the actor registry, users and audit. No container, no web: tested with plain JUnit.
 */
package fr.tierslieu.core.domain;
