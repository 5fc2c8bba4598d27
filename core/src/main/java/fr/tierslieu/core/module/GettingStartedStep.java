package fr.tierslieu.core.module;

import fr.tierslieu.core.domain.security.Role;
import java.util.Objects;
import java.util.Set;

/**
 * One step of the « Pour commencer » checklist a new installation sees on its dashboard,
 * contributed by a module ({@link GettingStartedContributor}). Whether it is done is read from the
 * data itself when the dashboard is drawn, never ticked by hand.
 *
 * @param id       stable id within the module, e.g. {@code project}
 * @param order    position in the checklist (lower first): the method's order — project, actors,
 *                 team, legal form, economic model, study trip
 * @param titleKey bundle key of the step, said as an action (« Créer le projet du tiers-lieu »)
 * @param hintKey  bundle key of one sentence saying why and how
 * @param outcome  the page that does it, with its query if any (« one click from its form »)
 * @param done     whether the data already shows it done
 * @param optional an optional step (the study trip) does not keep the checklist open
 * @param roles    roles that may do it; empty means every signed-in user
 */
public record GettingStartedStep(
        String id,
        int order,
        String titleKey,
        String hintKey,
        String outcome,
        boolean done,
        boolean optional,
        Set<Role> roles) {

    public GettingStartedStep {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(titleKey, "titleKey");
        Objects.requireNonNull(hintKey, "hintKey");
        if (outcome == null || !outcome.startsWith("/") || outcome.startsWith("//")) {
            throw new IllegalArgumentException("A step's outcome is a path of this application: " + outcome);
        }
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public boolean visibleTo(Set<Role> userRoles) {
        return Access.allows(roles, userRoles);
    }
}
