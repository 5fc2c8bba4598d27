/**
 * What every page bean of the core and of the modules uses: one way to report errors ({@code
 * FacesSupport.attempt}), chart configurations and their data tables, JSON for charts, EL support
 * for records.
 */
package fr.tierslieu.core.web.support;
