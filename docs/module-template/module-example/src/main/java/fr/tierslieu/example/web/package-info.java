/** The module's pages: backing beans only; rules live in the domain and the services. */
package fr.tierslieu.example.web;
