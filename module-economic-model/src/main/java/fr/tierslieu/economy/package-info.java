/**
 * The economic model module: {@code EconomyModule} is its plug into the core's contract.
 */
package fr.tierslieu.economy;
