/**
 * Pages of governance: legal forms, colleges, bodies and their meetings, decisions, the register of
 * members, the charter.
 */
package fr.tierslieu.governance.web;
