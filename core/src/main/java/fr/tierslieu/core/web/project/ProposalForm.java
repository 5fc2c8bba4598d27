package fr.tierslieu.core.web.project;

import fr.tierslieu.core.application.Choice;
import fr.tierslieu.core.application.project.WorkshopService;
import fr.tierslieu.core.domain.actor.ActorKind;
import fr.tierslieu.core.domain.actor.EngagementLevel;
import fr.tierslieu.core.domain.actor.RelationshipType;
import fr.tierslieu.core.domain.project.ProposalKind;
import fr.tierslieu.core.domain.project.WorkshopProposal;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import jakarta.inject.Inject;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * The proposal form of a workshop, the same for partners signed in and for guests by their link: what
 * kind of proposal, then the fields it needs; {@link #submit} sends it through the right door.
 */
public abstract class ProposalForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    protected Msg msg;

    private ProposalKind kind = ProposalKind.ACTOR;
    private String actorName;
    private ActorKind actorKind;
    private String commune;
    private Long actorId;
    private Long otherActorId;
    private RelationshipType relationshipType = RelationshipType.PARTNER;
    private EngagementLevel engagement;
    private String text;

    public abstract List<Choice> getOrganisations();

    protected abstract WorkshopProposal submit(WorkshopService.Draft draft);

    protected abstract void submitted();

    public void propose() {
        WorkshopService.Draft d = new WorkshopService.Draft(
                kind, actorName, actorKind, commune, actorId, otherActorId, relationshipType, engagement, text);
        if (FacesSupport.attempt(msg, "proposalForm", () -> submit(d))) {
            FacesSupport.info(msg.get("core.workshop.proposed"));
            actorName = null;
            actorKind = null;
            commune = null;
            actorId = null;
            otherActorId = null;
            engagement = null;
            text = null;
            submitted();
        }
    }

    public String locale() {
        return Msg.locale().getLanguage();
    }

    public ProposalKind getKind() {
        return kind;
    }

    public void setKind(ProposalKind kind) {
        this.kind = kind;
    }

    public String getActorName() {
        return actorName;
    }

    public void setActorName(String actorName) {
        this.actorName = actorName;
    }

    public ActorKind getActorKind() {
        return actorKind;
    }

    public void setActorKind(ActorKind actorKind) {
        this.actorKind = actorKind;
    }

    public String getCommune() {
        return commune;
    }

    public void setCommune(String commune) {
        this.commune = commune;
    }

    public Long getActorId() {
        return actorId;
    }

    public void setActorId(Long actorId) {
        this.actorId = actorId;
    }

    public Long getOtherActorId() {
        return otherActorId;
    }

    public void setOtherActorId(Long otherActorId) {
        this.otherActorId = otherActorId;
    }

    public RelationshipType getRelationshipType() {
        return relationshipType;
    }

    public void setRelationshipType(RelationshipType relationshipType) {
        this.relationshipType = relationshipType;
    }

    public EngagementLevel getEngagement() {
        return engagement;
    }

    public void setEngagement(EngagementLevel engagement) {
        this.engagement = engagement;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
