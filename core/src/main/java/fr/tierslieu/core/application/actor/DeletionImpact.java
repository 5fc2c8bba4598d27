package fr.tierslieu.core.application.actor;

import java.util.List;

/**
 * What deleting an actor would take with it, shown to the user before they confirm.
 *
 * @param relationships relationships to or from the actor (deleted with it)
 * @param memberships   memberships of or in the actor (deleted with it)
 * @param assessments   dated assessments (deleted with it)
 * @param moduleUsages  lines from modules that use the actor (detached or deleted by them)
 */
public record DeletionImpact(
        long actorId, String name, long relationships, long memberships, long assessments, List<String> moduleUsages) {

    /** Whether anything besides the actor's own history refers to it. */
    public boolean isUsedElsewhere() {
        return relationships > 0 || memberships > 0 || !moduleUsages.isEmpty();
    }
}
