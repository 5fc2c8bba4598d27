/**
 * REST resource of governance.
 */
package fr.tierslieu.governance.api;
