package fr.tierslieu.core.web.project;

import fr.tierslieu.core.application.Choice;
import fr.tierslieu.core.application.project.GuestWorkshop;
import fr.tierslieu.core.application.project.WorkshopService;
import fr.tierslieu.core.domain.actor.ActorKind;
import fr.tierslieu.core.domain.actor.EngagementLevel;
import fr.tierslieu.core.domain.actor.RelationshipType;
import fr.tierslieu.core.domain.project.ProposalKind;
import fr.tierslieu.core.domain.project.WorkshopGuest;
import fr.tierslieu.core.domain.project.WorkshopProposal;
import fr.tierslieu.core.web.i18n.Msg;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.util.List;

/** A guest's page of a workshop, opened by their personal link (no account): propose, and see what became of it. */
@Named
@ViewScoped
public class GuestWorkshopBacking extends ProposalForm {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    GuestWorkshop workshops;

    private String token;
    private transient WorkshopGuest guest;
    private transient List<WorkshopProposal> mine;

    public WorkshopGuest getGuest() {
        if (guest == null && token != null) {
            guest = workshops.guest(token).orElse(null);
        }
        return guest;
    }

    public boolean isOpen() {
        return getGuest() != null && workshops.isOpen(getGuest());
    }

    public List<WorkshopProposal> getMine() {
        if (mine == null) {
            mine = workshops.proposals(token);
        }
        return mine;
    }

    @Override
    public List<Choice> getOrganisations() {
        return workshops.organisations(token);
    }

    @Override
    protected WorkshopProposal submit(WorkshopService.Draft draft) {
        return workshops.propose(token, draft, Msg.locale());
    }

    @Override
    protected void submitted() {
        mine = null;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public ProposalKind[] getKinds() {
        return getGuest() != null && getGuest().getActor() != null
                ? ProposalKind.values()
                : new ProposalKind[] {ProposalKind.ACTOR, ProposalKind.RELATIONSHIP, ProposalKind.EXPECTATION};
    }

    public ActorKind[] getActorKinds() {
        return ActorKind.values();
    }

    public RelationshipType[] getRelationshipTypes() {
        return RelationshipType.values();
    }

    public EngagementLevel[] getEngagements() {
        return EngagementLevel.values();
    }
}
