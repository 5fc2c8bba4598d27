/**
 * Use cases: transactional services over the domain, each checking the caller's role; start-up (migrations, demo data); i18n; exports.
 */
package fr.tierslieu.core.application;
