/**
 * Authentication (form, personal access tokens, HTTP Basic), page access by role, security headers,
 * the address of the client behind a proxy.
 */
package fr.tierslieu.web.security;
