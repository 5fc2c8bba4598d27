/** The module's REST resources, under /api/example. */
package fr.tierslieu.example.api;
