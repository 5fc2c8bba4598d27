/**
 * The core's REST resources (/api/core/...), JSON in English camelCase, and the error mapping shared by every module's API.
 */
package fr.tierslieu.core.api;
