/**
 * Entities of e-mail: an outgoing mail waiting in the outbox, a user's mail preferences.
 */
package fr.tierslieu.core.domain.mail;
