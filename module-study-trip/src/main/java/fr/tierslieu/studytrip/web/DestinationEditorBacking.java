package fr.tierslieu.studytrip.web;

import fr.tierslieu.core.application.Choice;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import fr.tierslieu.studytrip.application.PlanningService;
import fr.tierslieu.studytrip.domain.Destination;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** The destinations page's editor: a candidate destination typed, or created from the experience library. */
@Named
@ViewScoped
public class DestinationEditorBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    PlanningService planning;

    @Inject
    DestinationsBacking page;

    @Inject
    fr.tierslieu.core.module.ExperienceLibrary library;

    @Inject
    Msg msg;

    private Long editing;
    private String name;
    private String commune;
    private BigDecimal lat;
    private BigDecimal lon;
    private String themes;
    private Long hostActorId;
    private String learningGoals;
    private List<Long> questionIds = new ArrayList<>();
    private Long experienceId;
    private List<fr.tierslieu.core.module.ExperienceView> sheets;

    public List<Choice> getActorChoices() {
        return page.getActorChoices();
    }

    public List<Choice> getQuestionChoices() {
        return page.getQuestionChoices();
    }

    public void edit(Destination d) {
        editing = d.getId();
        name = d.getName();
        commune = d.getCommune();
        lat = d.getLat();
        lon = d.getLon();
        themes = d.getThemes();
        hostActorId = d.getHostActorId();
        learningGoals = d.getLearningGoals();
        questionIds = new ArrayList<>(d.getQuestionIds());
    }

    public void newDestination() {
        editing = null;
        name = null;
        commune = null;
        lat = null;
        lon = null;
        themes = null;
        hostActorId = null;
        learningGoals = null;
        questionIds = new ArrayList<>();
    }

    public void saveDestination() {
        PlanningService.DestinationDraft draft = new PlanningService.DestinationDraft(
                name, commune, lat, lon, themes, hostActorId, learningGoals, new LinkedHashSet<>(questionIds));
        if (FacesSupport.attempt(
                msg, "destinationForm", () -> planning.saveDestination(page.getId(), editing, draft, Msg.locale()))) {
            FacesSupport.info(msg.get("studytrip.saved"));
            newDestination();
            page.refresh();
        }
    }

    /** The library's sheets to create a destination from (by name, the first 500). */
    public List<fr.tierslieu.core.module.ExperienceView> getSheets() {
        if (sheets == null) {
            sheets = library.experiences(500, Msg.locale());
        }
        return sheets;
    }

    /** Adds the sheet chosen as a candidate destination (it will receive the debrief's lessons). */
    public void addFromLibrary() {
        if (experienceId == null) {
            FacesSupport.error(msg.get("studytrip.error.experienceChoose"));
            return;
        }
        if (FacesSupport.attempt(
                msg,
                "libraryForm",
                () -> planning.destinationFromExperience(page.getId(), experienceId, library, Msg.locale()))) {
            FacesSupport.info(msg.get("studytrip.saved"));
            experienceId = null;
            page.refresh();
        }
    }

    public Long getExperienceId() {
        return experienceId;
    }

    public void setExperienceId(Long experienceId) {
        this.experienceId = experienceId;
    }

    public boolean isEditingExisting() {
        return editing != null;
    }

    public String getName() {
        return name;
    }

    public void setName(String v) {
        name = v;
    }

    public String getCommune() {
        return commune;
    }

    public void setCommune(String v) {
        commune = v;
    }

    public BigDecimal getLat() {
        return lat;
    }

    public void setLat(BigDecimal v) {
        lat = v;
    }

    public BigDecimal getLon() {
        return lon;
    }

    public void setLon(BigDecimal v) {
        lon = v;
    }

    public String getThemes() {
        return themes;
    }

    public void setThemes(String v) {
        themes = v;
    }

    public Long getHostActorId() {
        return hostActorId;
    }

    public void setHostActorId(Long v) {
        hostActorId = v;
    }

    public String getLearningGoals() {
        return learningGoals;
    }

    public void setLearningGoals(String v) {
        learningGoals = v;
    }

    public List<Long> getQuestionIds() {
        return questionIds;
    }

    public void setQuestionIds(List<Long> v) {
        questionIds = v;
    }
}
