/**
 * What every module's domain shares: the versioned base entity, the Instant converter, and the exceptions for refused input, stale versions and unknown ids.
 */
package fr.tierslieu.core.domain.shared;
