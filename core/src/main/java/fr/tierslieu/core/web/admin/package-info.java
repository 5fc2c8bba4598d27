/**
 * Administration pages: users and invitations, audit log, backups, outgoing mail, privacy levels
 * and personal-data requests. Backing beans only; rules live in the application services.
 */
package fr.tierslieu.core.web.admin;
