/**
 * Use cases of the MACTOR analysis: saved analyses, matrices read from spreadsheet files, exports
 * (Excel, PDF).
 */
package fr.tierslieu.core.application.strategy;
