/**
 * Every module's bundle seen as one (French default, English), and Bean Validation messages in the user's language.
 */
package fr.tierslieu.core.application.i18n;
