/**
 * Use cases of projects: create, edit, partners and RACI roles, resources, needs, findings; drafts
 * carry the pages' input.
 */
package fr.tierslieu.core.application.project;
