package fr.tierslieu.core.web.actor;

import fr.tierslieu.core.application.actor.ActorDraft;
import fr.tierslieu.core.application.actor.ActorService;
import fr.tierslieu.core.domain.actor.Actor;
import fr.tierslieu.core.domain.actor.ActorKind;
import fr.tierslieu.core.domain.actor.ActorType;
import fr.tierslieu.core.domain.actor.EngagementLevel;
import fr.tierslieu.core.domain.actor.MaturityLevel;
import fr.tierslieu.core.domain.actor.MobilisationStatus;
import fr.tierslieu.core.domain.actor.Stance;
import fr.tierslieu.core.domain.shared.NotFoundException;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;

/**
 * Creates or edits an actor. The form works on a draft carrying the version it started from: if
 * someone saved the actor meanwhile, saving is refused with a message, the user's input stays in
 * the form, and "reload" shows the other person's version.
 */
@Named
@ViewScoped
public class ActorEditBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ActorService actors;

    @Inject
    Msg msg;

    @Inject
    fr.tierslieu.core.application.actor.ActorPrivacy privacy;

    private Long id;
    private ActorDraft draft;
    private boolean conflict;
    private boolean positionHidden;
    private boolean notesHidden;

    /** f:viewAction: a new draft, or the actor's current values. */
    public void load() throws IOException {
        if (draft != null) {
            return;
        }
        if (id == null) {
            draft = new ActorDraft();
            return;
        }
        try {
            draft = hideWhatIsHidden(ActorDraft.of(actors.get(id)));
        } catch (NotFoundException e) {
            FacesSupport.notFound();
        }
    }

    /**
     * A person's fields this user may not read are not shown in the form, and their notes do not
     * even enter the view; the service keeps the stored values on save.
     */
    private ActorDraft hideWhatIsHidden(ActorDraft d) {
        var reader = privacy.reader();
        positionHidden = !reader.sees(fr.tierslieu.core.domain.actor.SensitiveField.POSITION, d.getType());
        notesHidden = !reader.sees(fr.tierslieu.core.domain.actor.SensitiveField.NOTES, d.getType());
        if (notesHidden) {
            d.setNotes(null);
        }
        return d;
    }

    public boolean isPositionHidden() {
        return positionHidden;
    }

    public boolean isNotesHidden() {
        return notesHidden;
    }

    public void save() {
        conflict = FacesSupport.outcome(msg, "actorForm", () -> {
                    Actor saved = draft.getId() == null
                            ? actors.create(draft, Msg.locale())
                            : actors.update(draft, Msg.locale());
                    FacesSupport.info(msg.format("core.actor.saved", saved.getName()));
                    FacesSupport.keepMessages();
                    FacesSupport.redirect("/core/actors/view.xhtml?id=" + saved.getId());
                })
                == FacesSupport.Outcome.CONFLICT;
    }

    /** After a conflict: replaces the form with the version now stored (the user's input is dropped). */
    public void reloadStored() {
        draft = hideWhatIsHidden(ActorDraft.of(actors.get(draft.getId())));
        conflict = false;
        FacesSupport.info(msg.get("core.actor.reloaded"));
    }

    public boolean isNew() {
        ActorDraft current = getDraft();
        return current == null || current.getId() == null;
    }

    public boolean isConflict() {
        return conflict;
    }

    /**
     * The draft; on a postback that finds none, the bean's state stayed on an instance of the cluster
     * that has died (Payara does not carry every {@code @ViewScoped} bean over, payara#2739): it is
     * rebuilt from the page's own state — the actor of its address and the version the form carries
     * (a hidden field), so that a save over someone else's newer save is still refused.
     */
    public ActorDraft getDraft() {
        if (draft == null
                && FacesContext.getCurrentInstance() != null
                && FacesContext.getCurrentInstance().isPostback()) {
            Object restored = FacesSupport.viewParameter("id");
            id = restored == null || restored.toString().isBlank() ? null : Long.valueOf(restored.toString());
            draft = id == null ? new ActorDraft() : hideWhatIsHidden(ActorDraft.of(actors.get(id)));
        }
        return draft;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ActorType[] getTypes() {
        return ActorType.values();
    }

    public ActorKind[] getKinds() {
        return ActorKind.values();
    }

    public MobilisationStatus[] getStatuses() {
        return MobilisationStatus.values();
    }

    public Stance[] getStances() {
        return Stance.values();
    }

    public EngagementLevel[] getEngagementLevels() {
        return EngagementLevel.values();
    }

    public MaturityLevel[] getMaturityLevels() {
        return MaturityLevel.values();
    }
}
