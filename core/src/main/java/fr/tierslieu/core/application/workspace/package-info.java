/**
 * Workspaces: which one the thread works in, how every persistence context of every module gets it
 * (EclipseLink multitenancy does the rest), and the workspace of a native statement.
 */
package fr.tierslieu.core.application.workspace;
