package fr.tierslieu.core.web.project;

import fr.tierslieu.core.application.Choice;
import fr.tierslieu.core.application.config.AppConfig;
import fr.tierslieu.core.application.project.WorkshopService;
import fr.tierslieu.core.domain.actor.ActorKind;
import fr.tierslieu.core.domain.actor.EngagementLevel;
import fr.tierslieu.core.domain.actor.RelationshipType;
import fr.tierslieu.core.domain.project.JourneyStep;
import fr.tierslieu.core.domain.project.ProposalKind;
import fr.tierslieu.core.domain.project.ProposalStatus;
import fr.tierslieu.core.domain.project.Workshop;
import fr.tierslieu.core.domain.project.WorkshopGuest;
import fr.tierslieu.core.domain.project.WorkshopProposal;
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
import java.time.LocalDate;
import java.util.List;

/**
 * A co-construction workshop: for the team, the guests and their personal links, the proposals to
 * merge or set aside, closing it; for everyone signed in, proposing (as on the guests' page). Also
 * creates a workshop from the project page.
 */
@Named
@ViewScoped
public class WorkshopBacking extends ProposalForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    WorkshopService workshops;

    @Inject
    AppConfig config;

    private Long id;
    private transient Workshop workshop;
    private transient List<WorkshopProposal> proposals;
    private String guestName;
    private Long guestActor;
    private String lastLink;
    private String lastGuest;
    // a new workshop (project page)
    private String title;
    private JourneyStep step = JourneyStep.QUALIFICATION;
    private LocalDate closesOn;

    public void load() throws IOException {
        if (id == null) {
            FacesSupport.notFound();
            return;
        }
        try {
            workshop = workshops.get(id);
        } catch (NotFoundException e) {
            FacesSupport.notFound();
        }
    }

    public Workshop getWorkshop() {
        if (workshop == null && id != null) {
            workshop = workshops.get(id);
        }
        return workshop;
    }

    public boolean isOpen() {
        return workshops.isOpen(getWorkshop());
    }

    public List<WorkshopGuest> getGuests() {
        return workshops.guests(id);
    }

    public List<WorkshopProposal> getProposals() {
        if (proposals == null) {
            proposals = workshops.proposals(id);
        }
        return proposals;
    }

    public long getPending() {
        return getProposals().stream()
                .filter(p -> p.getStatus() == ProposalStatus.PENDING)
                .count();
    }

    @Override
    public List<Choice> getOrganisations() {
        return workshops.organisations();
    }

    @Override
    protected WorkshopProposal submit(WorkshopService.Draft draft) {
        return workshops.propose(id, draft, Msg.locale());
    }

    @Override
    protected void submitted() {
        proposals = null;
    }

    public void invite() {
        FacesSupport.attempt(msg, "guestForm", () -> {
            WorkshopService.Invitation inv = workshops.invite(id, guestName, guestActor, Msg.locale());
            String base = config.publicUrl(
                    FacesContext.getCurrentInstance().getExternalContext().getRequest());
            lastLink = base + "/public/core/workshop.xhtml?t=" + inv.token();
            lastGuest = inv.guest().getName();
            guestName = null;
            guestActor = null;
        });
    }

    public void accept(long proposalId) {
        if (FacesSupport.attempt(msg, "proposalsForm", () -> workshops.accept(proposalId, Msg.locale()))) {
            FacesSupport.info(msg.get("core.workshop.accepted"));
            proposals = null;
        }
    }

    public void reject(long proposalId) {
        if (FacesSupport.attempt(msg, "proposalsForm", () -> workshops.reject(proposalId, Msg.locale()))) {
            FacesSupport.info(msg.get("core.workshop.rejected"));
            proposals = null;
        }
    }

    public void close() {
        if (FacesSupport.attempt(msg, null, () -> workshops.close(id))) {
            workshop = null;
            FacesSupport.info(msg.get("core.workshop.closedNow"));
        }
    }

    /** From the project page: opens a workshop of that project and goes to it. */
    public void create(long projectId) {
        FacesSupport.attempt(msg, "workshopsForm", () -> {
            Workshop w = workshops.create(projectId, title, step, closesOn, Msg.locale());
            FacesSupport.redirect("/core/workshops/view.xhtml?id=" + w.getId());
        });
    }

    public List<Workshop> of(long projectId) {
        return workshops.of(projectId);
    }

    public JourneyStep[] getSteps() {
        return new JourneyStep[] {JourneyStep.QUALIFICATION, JourneyStep.CO_CONSTRUCTION};
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getGuestName() {
        return guestName;
    }

    public void setGuestName(String guestName) {
        this.guestName = guestName;
    }

    public Long getGuestActor() {
        return guestActor;
    }

    public void setGuestActor(Long guestActor) {
        this.guestActor = guestActor;
    }

    public String getLastLink() {
        return lastLink;
    }

    public String getLastGuest() {
        return lastGuest;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public JourneyStep getStep() {
        return step;
    }

    public void setStep(JourneyStep step) {
        this.step = step;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(LocalDate closesOn) {
        this.closesOn = closesOn;
    }

    // choices of the form, shared with the guests' page
    public ProposalKind[] getKinds() {
        return ProposalKind.values();
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
