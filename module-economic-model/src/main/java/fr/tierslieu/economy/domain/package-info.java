/**
 * The economic model's rules (entities and pure rules: no service, page or query here): the
 * assumptions ({@code ModelSpec}) and their checks, the forecast by month and year, loans and
 * depreciation, scenarios, risk, the Cerfa budget, the FEC and the chart of accounts.
 */
package fr.tierslieu.economy.domain;
