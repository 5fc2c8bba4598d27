/**
 * Users, roles, PBKDF2 password hashing and login throttling (pure).
 */
package fr.tierslieu.core.domain.security;
