/**
 * Messages for pages: {@code Msg}, the bundles of the core and of every module in the user's
 * language, with French typography.
 */
package fr.tierslieu.core.web.i18n;
