/**
 * The core's dashboard widgets, including the « Pour commencer » guide.
 */
package fr.tierslieu.core.web.widget;
