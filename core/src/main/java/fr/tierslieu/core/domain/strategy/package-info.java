/**
 * The MACTOR method (entities and pure rules: no service, page or query here): MID, MIDI, influence
 * and dependence, r*, 1MAO–3MAO, convergences and divergences, who could rally or block; inputs
 * checked cell by cell.
 */
package fr.tierslieu.core.domain.strategy;
