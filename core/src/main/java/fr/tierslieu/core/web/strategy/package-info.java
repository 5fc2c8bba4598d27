/**
 * Pages of the actor-strategy analysis (MACTOR): the analysis with its matrices and charts, and two
 * dated analyses compared.
 */
package fr.tierslieu.core.web.strategy;
