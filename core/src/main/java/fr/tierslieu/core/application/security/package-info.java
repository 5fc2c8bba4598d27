/**
 * Accounts, the identity store, role checks on services (RequiresRole) and the current user.
 */
package fr.tierslieu.core.application.security;
