package fr.tierslieu.core.application.workspace;

/**
 * Fired by {@link WorkspaceService#create} for observers to prepare what a new workspace starts
 * with (e.g. the common base of impact indicators); observe it after the transaction succeeded and
 * work in the workspace ({@link WorkspaceContext#run}), in a transaction of your own.
 */
public record WorkspaceCreated(long workspaceId, String slug) {}
