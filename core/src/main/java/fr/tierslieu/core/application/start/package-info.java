/**
 * The « Pour commencer » guide: the steps every module contributes and whether the data already
 * ticks them.
 */
package fr.tierslieu.core.application.start;
