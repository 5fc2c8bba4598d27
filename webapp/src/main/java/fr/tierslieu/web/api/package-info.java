/**
 * The JAX-RS application and the limits every request body is checked against before any work.
 */
package fr.tierslieu.web.api;
