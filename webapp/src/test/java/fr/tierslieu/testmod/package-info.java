/**
 * A module that exists only in tests: packaged as its own jar by the Arquillian test and added to
 * the real WAR, it proves the plug-in contract end to end (discovery, menu, widget, bundle,
 * migrations in its own history table, REST, actor usage and the actor-deleted event) without the
 * core or the webapp knowing it.
 */
package fr.tierslieu.testmod;
