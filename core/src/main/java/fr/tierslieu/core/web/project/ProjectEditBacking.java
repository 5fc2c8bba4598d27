package fr.tierslieu.core.web.project;

import fr.tierslieu.core.application.Choice;
import fr.tierslieu.core.application.actor.ActorService;
import fr.tierslieu.core.application.project.ProjectDraft;
import fr.tierslieu.core.application.project.ProjectService;
import fr.tierslieu.core.domain.project.Project;
import fr.tierslieu.core.domain.project.ProjectStatus;
import fr.tierslieu.core.domain.shared.NotFoundException;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** Creates or edits a project; a concurrent save is refused with the user's input kept. */
@Named
@ViewScoped
public class ProjectEditBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ProjectService projects;

    @Inject
    ActorService actors;

    @Inject
    Msg msg;

    private Long id;
    private ProjectDraft draft;
    private boolean conflict;
    private List<Choice> actorChoices;

    public void load() throws IOException {
        if (draft != null) {
            return;
        }
        if (id == null) {
            draft = new ProjectDraft();
            return;
        }
        try {
            draft = ProjectDraft.of(projects.get(id));
        } catch (NotFoundException e) {
            FacesSupport.notFound();
        }
    }

    public void save() {
        conflict = FacesSupport.outcome(msg, "projectForm", () -> {
                    Project saved = draft.getId() == null
                            ? projects.create(draft, Msg.locale())
                            : projects.update(draft, Msg.locale());
                    FacesSupport.info(msg.get("core.project.saved"));
                    FacesSupport.keepMessages();
                    FacesSupport.redirect("/core/projects/view.xhtml?id=" + saved.getId());
                })
                == FacesSupport.Outcome.CONFLICT;
    }

    public void reloadStored() {
        draft = ProjectDraft.of(projects.get(draft.getId()));
        conflict = false;
    }

    public List<Choice> getActorChoices() {
        if (actorChoices == null) {
            actorChoices = actors.choices();
        }
        return actorChoices;
    }

    public ProjectStatus[] getStatuses() {
        return ProjectStatus.values();
    }

    public boolean isNew() {
        return draft == null || draft.getId() == null;
    }

    public boolean isConflict() {
        return conflict;
    }

    public ProjectDraft getDraft() {
        return draft;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
