/**
 * Governance rules (entities and pure rules: no service, page or query here): legal forms, colleges
 * and their weights, bodies, quorum and majorities, ballots and tallies, the charter's text and its
 * differences.
 */
package fr.tierslieu.governance.domain;
