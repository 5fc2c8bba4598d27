/**
 * E-mail: the outbox (written in the business transaction, sent after it), delivery through SMTP,
 * digests, preferences and the secret of unsubscribe links.
 */
package fr.tierslieu.core.application.mail;
