/**
 * The governance module: {@code GovernanceModule} is its plug into the core's contract.
 */
package fr.tierslieu.governance;
