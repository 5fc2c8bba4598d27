/**
 * The experience library: sheets on other tiers-lieux and hybrid places (where, legal form, what they
 * offer, their figures, how they are governed) and the lessons learnt there, to compare with ours and
 * to prepare a study trip.
 */
package fr.tierslieu.core.domain.experience;
