/**
 * The WAR's configuration: the data source (H2 or PostgreSQL, from the environment) and the public
 * address.
 */
package fr.tierslieu.web.config;
