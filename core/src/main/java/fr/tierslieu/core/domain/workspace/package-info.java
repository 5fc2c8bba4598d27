/** The workspaces of an installation (one tiers-lieu or accompanied project each) and who takes part in which. */
package fr.tierslieu.core.domain.workspace;
