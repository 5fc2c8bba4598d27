/**
 * CSV and Excel writers shared by every module's exports.
 */
package fr.tierslieu.core.application.export;
