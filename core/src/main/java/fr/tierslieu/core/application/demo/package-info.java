/**
 * The core's part of the demo data set (Atelier Z, Névez).
 */
package fr.tierslieu.core.application.demo;
