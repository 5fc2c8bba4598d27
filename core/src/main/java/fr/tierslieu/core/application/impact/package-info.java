/**
 * The impact panorama's services: indicators and their yearly figures, those computed by the core
 * and the modules ({@link fr.tierslieu.core.module.IndicatorSource}), the yearly activity report and
 * the public page the team may publish.
 */
package fr.tierslieu.core.application.impact;
