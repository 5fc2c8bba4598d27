package fr.tierslieu.core.web.journey;

import fr.tierslieu.core.application.Choice;
import fr.tierslieu.core.application.actor.ActorService;
import fr.tierslieu.core.application.journey.ActivityDraft;
import fr.tierslieu.core.application.journey.JourneyService;
import fr.tierslieu.core.application.journey.StepProgress;
import fr.tierslieu.core.application.project.ProjectService;
import fr.tierslieu.core.domain.project.ActivityStatus;
import fr.tierslieu.core.domain.project.JourneyActivity;
import fr.tierslieu.core.domain.project.JourneyOutcome;
import fr.tierslieu.core.domain.project.JourneyStep;
import fr.tierslieu.core.domain.project.Project;
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

/** The accompaniment journey of a project: progress, activities by step, expected outcomes. */
@Named
@ViewScoped
public class JourneyBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    JourneyService journey;

    @Inject
    ProjectService projects;

    @Inject
    ActorService actors;

    @Inject
    Msg msg;

    private Long id;
    private transient Project project;
    private transient List<JourneyActivity> activities;
    private transient List<JourneyOutcome> outcomes;
    private transient List<StepProgress> progress;
    private List<Choice> actorChoices;
    private ActivityDraft draft;
    private JourneyStep newStep = JourneyStep.QUALIFICATION;
    private String newTitle;

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

    private void refresh() {
        activities = null;
        outcomes = null;
        progress = null;
    }

    private void attempt(Runnable action, String form) {
        if (FacesSupport.attempt(msg, form, action)) {
            refresh();
        }
    }

    public void start() {
        attempt(
                () -> {
                    journey.start(id, Msg.locale());
                    FacesSupport.info(msg.get("core.journey.started"));
                },
                "journeyForm");
    }

    public void toggle(long activityId, boolean done) {
        attempt(() -> journey.setDone(activityId, done), "journeyForm");
    }

    public void toggleOutcome(long outcomeId, boolean reached) {
        attempt(() -> journey.setOutcomeReached(outcomeId, reached), "journeyForm");
    }

    public void move(long activityId, int delta) {
        attempt(() -> journey.move(activityId, delta), "journeyForm");
    }

    public void remove(long activityId) {
        attempt(
                () -> {
                    journey.removeActivity(activityId);
                    if (draft != null && draft.getId() == activityId) {
                        draft = null;
                    }
                },
                "journeyForm");
    }

    public void add() {
        attempt(
                () -> {
                    journey.addActivity(id, newStep, newTitle, Msg.locale());
                    newTitle = null;
                },
                "addForm");
    }

    public void edit(long activityId) {
        draft = ActivityDraft.of(journey.activity(activityId));
    }

    public void save() {
        attempt(
                () -> {
                    journey.save(draft, Msg.locale());
                    draft = null;
                    FacesSupport.info(msg.get("core.journey.activity.saved"));
                },
                "activityForm");
    }

    public void cancel() {
        draft = null;
    }

    public Project getProject() {
        if (project == null) {
            project = projects.get(id);
        }
        return project;
    }

    public boolean isStarted() {
        return !getActivities().isEmpty() || !getOutcomes().isEmpty();
    }

    public List<JourneyActivity> getActivities() {
        if (activities == null) {
            activities = journey.activities(id);
        }
        return activities;
    }

    public List<JourneyActivity> activitiesOf(JourneyStep step) {
        return getActivities().stream().filter(a -> a.getStep() == step).toList();
    }

    public List<JourneyOutcome> getOutcomes() {
        if (outcomes == null) {
            outcomes = journey.outcomes(id);
        }
        return outcomes;
    }

    public List<JourneyOutcome> outcomesOf(JourneyStep step) {
        return getOutcomes().stream().filter(o -> o.getStep() == step).toList();
    }

    public List<StepProgress> getProgress() {
        if (progress == null) {
            progress = journey.progress(id);
        }
        return progress;
    }

    public StepProgress progressOf(JourneyStep step) {
        return getProgress().stream().filter(p -> p.step() == step).findFirst().orElse(null);
    }

    public StepProgress getOverall() {
        return getProgress().get(getProgress().size() - 1);
    }

    public String line(StepProgress p) {
        return msg.formatAll("core.journey.progress.line", p.done(), p.total(), p.outcomesReached(), p.outcomes());
    }

    public String participantNames(JourneyActivity a) {
        return String.join(
                ", ", a.getParticipants().stream().map(x -> x.getName()).toList());
    }

    public JourneyStep[] getSteps() {
        return JourneyStep.values();
    }

    public ActivityStatus[] getStatuses() {
        return ActivityStatus.values();
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

    public ActivityDraft getDraft() {
        return draft;
    }

    public JourneyStep getNewStep() {
        return newStep;
    }

    public void setNewStep(JourneyStep newStep) {
        this.newStep = newStep;
    }

    public String getNewTitle() {
        return newTitle;
    }

    public void setNewTitle(String newTitle) {
        this.newTitle = newTitle;
    }
}
