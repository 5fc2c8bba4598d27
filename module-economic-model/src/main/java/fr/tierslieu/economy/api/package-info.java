/**
 * REST resource of the economic model: models, forecast, exports, FEC import.
 */
package fr.tierslieu.economy.api;
