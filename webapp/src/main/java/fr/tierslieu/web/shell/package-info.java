/**
 * The shell around every page: sign-in, first administrator, language, error page, expired views.
 */
package fr.tierslieu.web.shell;
