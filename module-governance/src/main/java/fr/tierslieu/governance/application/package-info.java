/**
 * Use cases of governance: bodies and mandates, meetings from convocation to minutes and registers,
 * the charter and its versions, the register of members, demo data and contributions to the core.
 */
package fr.tierslieu.governance.application;
