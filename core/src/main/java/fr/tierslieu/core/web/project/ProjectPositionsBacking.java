package fr.tierslieu.core.web.project;

import fr.tierslieu.core.application.project.ProjectPositions;
import fr.tierslieu.core.domain.actor.Stance;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * The project page's part on positions: each partner's stance, influence and interest on this
 * project — its general position unless the team assessed one for the project — and the form to
 * assess or forget one.
 */
@Named
@ViewScoped
public class ProjectPositionsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ProjectPositions positions;

    @Inject
    Msg msg;

    private Long projectId;
    private transient List<ProjectPositions.Row> rows;
    private Long actorId;
    private Stance stance;
    private Integer influence = 3;
    private Integer interest = 3;

    private long project() {
        if (projectId == null) {
            projectId = Long.valueOf(FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .getRequestParameterMap()
                    .get("id"));
        }
        return projectId;
    }

    public List<ProjectPositions.Row> getRows() {
        if (rows == null) {
            rows = positions.of(project());
        }
        return rows;
    }

    /** Loads an actor's current position on the project into the form. */
    public void edit(ProjectPositions.Row row) {
        actorId = row.actor().getId();
        stance = row.stance();
        influence = row.influence();
        interest = row.interest();
    }

    public void save() {
        if (actorId == null) {
            FacesSupport.error(msg.get("core.position.choose"));
            return;
        }
        if (FacesSupport.attempt(
                msg,
                "positionsForm",
                () -> positions.assess(
                        project(),
                        actorId,
                        stance,
                        influence == null ? 0 : influence,
                        interest == null ? 0 : interest,
                        Msg.locale()))) {
            FacesSupport.info(msg.get("core.position.saved"));
            rows = null;
            actorId = null;
        }
    }

    public void clear(long actor) {
        if (FacesSupport.attempt(msg, "positionsForm", () -> positions.clear(project(), actor))) {
            FacesSupport.info(msg.get("core.position.cleared"));
            rows = null;
        }
    }

    public Stance[] getStances() {
        return Stance.values();
    }

    public void setProjectId(Long projectId) {
        this.projectId = projectId;
    }

    public Long getActorId() {
        return actorId;
    }

    public void setActorId(Long actorId) {
        this.actorId = actorId;
    }

    public Stance getStance() {
        return stance;
    }

    public void setStance(Stance stance) {
        this.stance = stance;
    }

    public Integer getInfluence() {
        return influence;
    }

    public void setInfluence(Integer influence) {
        this.influence = influence;
    }

    public Integer getInterest() {
        return interest;
    }

    public void setInterest(Integer interest) {
        this.interest = interest;
    }
}
