/**
 * Backing beans of the core's pages (in META-INF/resources/core): thin, they call services and never compute.
 */
package fr.tierslieu.core.web;
