/** Pages of the experience library: search with its distance map, a sheet, its form, the comparison. */
package fr.tierslieu.core.web.experience;
