/**
 * Backups of the whole workspace (every module's data, one archive), nightly and on demand, and
 * their restore.
 */
package fr.tierslieu.core.application.backup;
