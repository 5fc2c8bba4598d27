package fr.tierslieu.core.web.roadmap;

import fr.tierslieu.core.application.Choice;
import fr.tierslieu.core.application.actor.ActorService;
import fr.tierslieu.core.application.project.ProjectService;
import fr.tierslieu.core.application.roadmap.RoadmapExporter;
import fr.tierslieu.core.application.roadmap.RoadmapService;
import fr.tierslieu.core.application.roadmap.RoadmapView;
import fr.tierslieu.core.application.roadmap.TaskDraft;
import fr.tierslieu.core.domain.project.Project;
import fr.tierslieu.core.domain.roadmap.RoadmapTask;
import fr.tierslieu.core.domain.shared.NotFoundException;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.core.module.RoadmapContributor;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * A project's roadmap: task form, dependencies, warnings, and the Gantt (one row per task; bars
 * from the earliest start to the earliest finish, milestones as points, critical path in red).
 * Dragging a bar or a milestone changes its date and recomputes at once.
 */
@Named
@ViewScoped
public class RoadmapBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    RoadmapService roadmap;

    @Inject
    ProjectService projects;

    @Inject
    ActorService actors;

    @Inject
    RoadmapExporter exporter;

    @Inject
    Msg msg;

    private Long id;
    private transient Project project;
    private transient RoadmapView view;
    private List<Choice> actorChoices;
    private TaskDraft draft = new TaskDraft();
    private Long predecessor;
    private Long successor;
    private int lag;

    public void load() throws IOException {
        try {
            if (id == null) {
                FacesSupport.notFound();
                return;
            }
            getProject();
        } catch (NotFoundException e) {
            FacesSupport.notFound();
        }
    }

    public Project getProject() {
        if (project == null) {
            project = projects.get(id);
        }
        return project;
    }

    public RoadmapView getView() {
        if (view == null) {
            view = roadmap.view(id, Msg.locale());
        }
        return view;
    }

    /** Forgets the plan read (after a change): the next getter reads it again, and the Gantt with it. */
    void refresh() {
        view = null;
    }

    public void edit(long taskId) {
        draft = TaskDraft.of(roadmap.task(taskId));
    }

    public void newTask() {
        draft = new TaskDraft();
    }

    public void saveTask() {
        FacesSupport.attempt(msg, "taskForm", () -> {
            roadmap.saveTask(id, draft, Msg.locale());
            draft = new TaskDraft();
            FacesSupport.info(msg.get("core.roadmap.task.saved"));
            refresh();
        });
    }

    public void deleteTask(long taskId) {
        FacesSupport.attempt(msg, null, () -> {
            roadmap.deleteTask(taskId);
            if (draft.getId() != null && draft.getId() == taskId) {
                draft = new TaskDraft();
            }
            refresh();
        });
    }

    public void toggleDone(long taskId, boolean done) {
        FacesSupport.attempt(msg, null, () -> {
            roadmap.setDone(taskId, done);
            refresh();
        });
    }

    public void addLink() {
        FacesSupport.attempt(msg, "linkForm", () -> {
            if (predecessor == null || successor == null) {
                throw ValidationFailure.of(
                        predecessor == null ? "predecessor" : "successor", msg.get("core.error.required"));
            }
            roadmap.addLink(predecessor, successor, lag, Msg.locale());
            predecessor = null;
            successor = null;
            lag = 0;
            refresh();
        });
    }

    public void removeLink(long linkId) {
        FacesSupport.attempt(msg, null, () -> {
            roadmap.removeLink(linkId);
            refresh();
        });
    }

    public String ownerOf(long taskId) {
        for (RoadmapTask t : getView().tasks()) {
            if (t.getId() == taskId) {
                return t.getOwner() == null ? "" : t.getOwner().getName();
            }
        }
        RoadmapContributor.Milestone m = getView().contributed().get(taskId);
        return m == null ? "" : msg.format("core.roadmap.contributed", msg.moduleName(m.source()));
    }

    public boolean isDone(long taskId) {
        return getView().tasks().stream().anyMatch(t -> t.getId() == taskId && t.isDone());
    }

    public StreamedContent getIcs() {
        return file(exporter.ics(getProject(), getView()), "jalons.ics", "text/calendar; charset=UTF-8");
    }

    public StreamedContent getXlsx() {
        return file(
                exporter.xlsx(
                        getProject(), getView(), projects.needs(getProject().getId()), Msg.locale()),
                "feuille-de-route.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    public StreamedContent getPdf() {
        return file(
                exporter.pdf(
                        getProject(), getView(), projects.needs(getProject().getId()), Msg.locale()),
                "feuille-de-route.pdf",
                "application/pdf");
    }

    private static StreamedContent file(byte[] bytes, String name, String type) {
        return DefaultStreamedContent.builder().name(name).contentType(type).contentLength((long) bytes.length).stream(
                        () -> new ByteArrayInputStream(bytes))
                .build();
    }

    public List<Choice> getActorChoices() {
        if (actorChoices == null) {
            actorChoices = actors.choices();
        }
        return actorChoices;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public TaskDraft getDraft() {
        return draft;
    }

    public Long getPredecessor() {
        return predecessor;
    }

    public void setPredecessor(Long predecessor) {
        this.predecessor = predecessor;
    }

    public Long getSuccessor() {
        return successor;
    }

    public void setSuccessor(Long successor) {
        this.successor = successor;
    }

    public int getLag() {
        return lag;
    }

    public void setLag(int lag) {
        this.lag = lag;
    }
}
