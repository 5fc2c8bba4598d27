package fr.tierslieu.core.web.actor;

import fr.tierslieu.core.application.actor.ActorPrivacy;
import fr.tierslieu.core.domain.actor.Actor;
import fr.tierslieu.core.domain.actor.PrivacyPolicy;
import fr.tierslieu.core.domain.actor.SensitiveField;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * For pages: whether the signed-in user may read a person's sensitive fields, e.g.
 * {@code rendered="#{privacyView.position(actor)}"}. Organisations' fields are always readable.
 */
@Named
@RequestScoped
public class PrivacyView {

    @Inject
    ActorPrivacy privacy;

    private PrivacyPolicy.Reader reader;

    private PrivacyPolicy.Reader reader() {
        if (reader == null) {
            reader = privacy.reader();
        }
        return reader;
    }

    public boolean position(Actor actor) {
        return actor == null || reader().sees(SensitiveField.POSITION, actor);
    }

    public boolean notes(Actor actor) {
        return actor == null || reader().sees(SensitiveField.NOTES, actor);
    }

    public boolean assessments(Actor actor) {
        return actor == null || reader().sees(SensitiveField.ASSESSMENTS, actor);
    }

    /** Whether some persons' positions are hidden from this user (the grid and the map say so). */
    public boolean hidesPositions() {
        return reader().hidesFromPersons(SensitiveField.POSITION);
    }
}
