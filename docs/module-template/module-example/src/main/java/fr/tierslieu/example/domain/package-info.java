/** The module's entities and pure rules: no service, page or query here. */
package fr.tierslieu.example.domain;
