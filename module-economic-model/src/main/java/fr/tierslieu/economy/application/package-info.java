/**
 * Use cases of the economic model: save with checks at the field, scenarios, risk, actual figures
 * and FEC import, exports for funders and the bank, demo data and contributions to the core.
 */
package fr.tierslieu.economy.application;
