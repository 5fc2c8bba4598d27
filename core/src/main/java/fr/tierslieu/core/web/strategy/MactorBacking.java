package fr.tierslieu.core.web.strategy;

import fr.tierslieu.core.application.Choice;
import fr.tierslieu.core.application.actor.ActorService;
import fr.tierslieu.core.application.strategy.MactorService;
import fr.tierslieu.core.domain.actor.Actor;
import fr.tierslieu.core.domain.shared.NotFoundException;
import fr.tierslieu.core.domain.strategy.MactorAnalysis;
import fr.tierslieu.core.domain.strategy.MactorObjective;
import fr.tierslieu.core.domain.strategy.MactorResize;
import fr.tierslieu.core.domain.strategy.MactorResult;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A MACTOR analysis: choose actors and objectives, fill MID and 2MAO (typed cell by cell, or pasted
 * from a spreadsheet), save, and read the results — ranking, plane, objectives, convergence and
 * divergence graphs, who could rally or block.
 */
@Named
@ViewScoped
public class MactorBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    MactorService mactor;

    @Inject
    ActorService actors;

    @Inject
    Msg msg;

    private Long id;
    private long version;
    private long projectId;
    private String projectName;
    private String title;
    private LocalDate analysedOn;
    private String notes;
    private List<Long> actorIds = new ArrayList<>();
    private List<String> actorNames = new ArrayList<>();
    private String objectivesText = "";
    private List<MactorObjective> objectives = new ArrayList<>();
    private List<MatrixRow> midRows = new ArrayList<>();
    private List<MatrixRow> maoRows = new ArrayList<>();
    private Long[] selectedActors = new Long[0];
    private List<Choice> actorChoices;
    private transient MactorResult result;
    private boolean resultLoaded;

    public void load() throws IOException {
        if (title != null) {
            return;
        }
        try {
            if (id == null) {
                FacesSupport.notFound();
                return;
            }
            fill(mactor.get(id));
        } catch (NotFoundException e) {
            FacesSupport.notFound();
        }
    }

    private void fill(MactorAnalysis a) {
        version = a.getVersion();
        projectId = a.getProject().getId();
        projectName = a.getProject().getName();
        title = a.getTitle();
        analysedOn = a.getAnalysedOn();
        notes = a.getNotes();
        actorIds = new ArrayList<>(a.getActors().stream().map(Actor::getId).toList());
        actorNames = new ArrayList<>(a.getActors().stream().map(Actor::getName).toList());
        selectedActors = actorIds.toArray(new Long[0]);
        objectives = new ArrayList<>(a.getObjectives());
        objectivesText = MactorResize.formatObjectives(objectives);
        midRows = rows(a.mid());
        maoRows = rows(a.positions());
        result = null;
        resultLoaded = false;
    }

    /**
     * Resizes both matrices to the chosen actors and objectives, keeping the values already typed
     * (the rule is {@link MactorResize}'s).
     */
    public void apply() {
        Map<Long, String> names = new HashMap<>();
        for (Choice c : getActorChoices()) {
            names.put(c.id(), c.label());
        }
        List<Long> newIds = new ArrayList<>();
        for (Long selected : selectedActors) {
            if (selected != null && names.containsKey(selected) && !newIds.contains(selected)) {
                newIds.add(selected);
            }
        }
        List<MactorObjective> newObjectives = MactorResize.parseObjectives(objectivesText);
        int[][] mid = MactorResize.influences(actorIds, values(midRows), newIds);
        int[][] pos = MactorResize.positions(actorIds, objectives, values(maoRows), newIds, newObjectives);
        actorIds = newIds;
        actorNames = newIds.stream().map(names::get).collect(Collectors.toCollection(ArrayList::new));
        objectives = newObjectives;
        midRows = rows(mid);
        maoRows = rows(pos);
    }

    private static int[][] values(List<MatrixRow> rows) {
        return rows.stream().map(MatrixRow::values).toArray(int[][]::new);
    }

    private List<MatrixRow> rows(int[][] values) {
        List<MatrixRow> out = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            out.add(new MatrixRow(actorNames.get(i), values[i]));
        }
        return out;
    }

    public void save() {
        int[][] mid = values(midRows);
        int[][] pos = values(maoRows);
        FacesSupport.attempt(msg, "editForm", () -> {
            MactorAnalysis saved =
                    mactor.save(id, version, title, analysedOn, notes, actorIds, objectives, mid, pos, Msg.locale());
            fill(mactor.get(saved.getId()));
            FacesSupport.info(msg.get("core.mactor.saved"));
        });
    }

    public MactorResult getResult() {
        if (!resultLoaded) {
            result = id == null ? null : mactor.result(mactor.get(id));
            resultLoaded = true;
        }
        return result;
    }

    /** Which objectives of the analysis are key ones, in the result's order. */
    public boolean[] keyFlags() {
        MactorResult r = getResult();
        boolean[] key = new boolean[r == null ? 0 : r.input().objectives().size()];
        for (int j = 0; j < key.length && j < objectives.size(); j++) {
            key[j] = objectives.get(j).isKey();
        }
        return key;
    }

    public boolean hasKeyObjective() {
        return objectives.stream().anyMatch(MactorObjective::isKey);
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

    public long getProjectId() {
        return projectId;
    }

    public String getProjectName() {
        return projectName;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getAnalysedOn() {
        return analysedOn;
    }

    public void setAnalysedOn(LocalDate analysedOn) {
        this.analysedOn = analysedOn;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public List<String> getActorNames() {
        return actorNames;
    }

    public List<MactorObjective> getObjectives() {
        return objectives;
    }

    public String getObjectivesText() {
        return objectivesText;
    }

    public void setObjectivesText(String objectivesText) {
        this.objectivesText = objectivesText;
    }

    public List<MatrixRow> getMidRows() {
        return midRows;
    }

    public List<MatrixRow> getMaoRows() {
        return maoRows;
    }

    public Long[] getSelectedActors() {
        return selectedActors;
    }

    public void setSelectedActors(Long[] selectedActors) {
        this.selectedActors = selectedActors == null ? new Long[0] : selectedActors;
    }
}
