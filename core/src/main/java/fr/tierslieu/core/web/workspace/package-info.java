/**
 * The pages about workspaces as a whole: a person's workspaces side by side (the accompanying
 * consultant's home).
 */
package fr.tierslieu.core.web.workspace;
