/**
 * What the mail preference selects offer, shared by the pages that let a user choose what they
 * receive.
 */
package fr.tierslieu.core.web.mail;
