/**
 * Settings read from environment variables through MicroProfile Config.
 */
package fr.tierslieu.core.application.config;
