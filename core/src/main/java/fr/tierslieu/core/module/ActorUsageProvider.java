package fr.tierslieu.core.module;

import java.util.List;
import java.util.Locale;

/**
 * Tells which of a module's records refer to an actor, so that deleting the actor first shows the
 * user what will be affected. When the deletion is confirmed the core fires
 * {@link fr.tierslieu.core.module.ActorDeleted}, which the module observes to remove
 * or detach those records in the same transaction.
 */
public interface ActorUsageProvider {

    /**
     * @return human-readable lines in {@code locale}, e.g. "Membre du CA (gouvernance)"; empty if
     *         the module has no record using this actor
     */
    List<String> usagesOf(long actorId, Locale locale);

    /**
     * The records a law requires the module to keep with the person's name even when they ask for
     * their data to be erased (register of members, officers in the registre spécial, minutes):
     * the erasure then keeps the name and says why. Empty by default.
     */
    default List<String> legalRecordsOf(long actorId, Locale locale) {
        return List.of();
    }
}
