/** The module's use cases (services): transactions, roles, checks; what pages and REST call. */
package fr.tierslieu.example.application;
