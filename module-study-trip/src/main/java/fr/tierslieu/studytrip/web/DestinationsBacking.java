package fr.tierslieu.studytrip.web;

import fr.tierslieu.core.application.Choice;
import fr.tierslieu.core.application.actor.ActorService;
import fr.tierslieu.core.application.project.ProjectService;
import fr.tierslieu.core.domain.project.FindingKind;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import fr.tierslieu.studytrip.application.PlanningService;
import fr.tierslieu.studytrip.domain.CriteriaGrid;
import fr.tierslieu.studytrip.domain.Criterion;
import fr.tierslieu.studytrip.domain.Destination;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Choosing where to go: candidate destinations, the weighted criteria grid, the ranking and the choice;
 * a destination is written in {@link DestinationEditorBacking}.
 */
@Named
@ViewScoped
public class DestinationsBacking extends TripPage {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    PlanningService planning;

    @Inject
    ActorService actors;

    @Inject
    ProjectService projects;

    private transient List<Destination> destinations;
    private transient List<Criterion> criteria;
    private transient List<CriteriaGrid.Ranked> ranking;
    private transient fr.tierslieu.studytrip.domain.Travel.Point departure;
    private transient boolean departureRead;
    private List<Choice> actorChoices;
    private List<Choice> questionChoices;
    // criterion form
    private String criterionName;
    private Integer criterionWeight = 3;
    // grid: "destinationId:criterionId" -> score as typed (map-bound inputs submit text)
    private Map<String, String> grid;
    // choice
    private Long chosen;
    private String reasons;

    @Override
    void refresh() {
        super.refresh();
        destinations = null;
        criteria = null;
        ranking = null;
        grid = null;
        departureRead = false;
    }

    public List<Destination> getDestinations() {
        if (destinations == null) {
            destinations = planning.destinations(id);
        }
        return destinations;
    }

    public List<Criterion> getCriteria() {
        if (criteria == null) {
            criteria = planning.criteria(id);
        }
        return criteria;
    }

    public List<CriteriaGrid.Ranked> getRanking() {
        if (ranking == null) {
            ranking = planning.ranking(id);
        }
        return ranking;
    }

    /** The ranking as bars (score out of 5). */
    public String getRankingChart() {
        List<CriteriaGrid.Ranked> r = getRanking();
        if (r.isEmpty()) {
            return "";
        }
        return fr.tierslieu.core.web.support.ChartConfig.of("bar")
                .labels(r.stream().map(CriteriaGrid.Ranked::name).toList())
                .dataset(
                        msg.get("studytrip.grid.score"),
                        r.stream().map(x -> Math.round(x.score() * 100) / 100.0).toList(),
                        java.util.Map.of("backgroundColor", "#2f6f4e"))
                .option("indexAxis", "y")
                .option("scales.x.min", 0)
                .option("scales.x.max", 5)
                .option("plugins.legend.display", false)
                .option("maintainAspectRatio", false)
                .toJson();
    }

    public String score(double s) {
        return fr.tierslieu.core.application.i18n.Numbers.decimal(Msg.locale(), s, 2) + "\u00A0/\u00A05";
    }

    public Map<String, String> getGrid() {
        if (grid == null) {
            grid = new HashMap<>();
            for (Destination d : getDestinations()) {
                d.getScores().forEach((c, s) -> grid.put(d.getId() + ":" + c, String.valueOf(s)));
            }
        }
        return grid;
    }

    public void saveGrid() {
        Map<Long, Map<Long, Integer>> scores = new HashMap<>();
        for (Destination d : getDestinations()) {
            Map<Long, Integer> row = new HashMap<>();
            for (Criterion c : getCriteria()) {
                String typed = grid.get(d.getId() + ":" + c.getId());
                try {
                    row.put(c.getId(), typed == null || typed.isBlank() ? null : Integer.valueOf(typed.trim()));
                } catch (NumberFormatException e) {
                    row.put(c.getId(), -1); // refused by the service with the grid's message
                }
            }
            scores.put(d.getId(), row);
        }
        if (FacesSupport.attempt(msg, "gridForm", () -> planning.score(id, scores, Msg.locale()))) {
            FacesSupport.info(msg.get("studytrip.saved"));
            refresh();
        }
    }

    public void removeDestination(long destinationId) {
        if (FacesSupport.attempt(msg, "destinationsForm", () -> planning.removeDestination(id, destinationId))) {
            refresh();
        }
    }

    public void addCriterion() {
        if (FacesSupport.attempt(
                msg, "criteriaForm", () -> planning.addCriterion(id, criterionName, criterionWeight, Msg.locale()))) {
            criterionName = null;
            refresh();
        }
    }

    public void removeCriterion(long criterionId) {
        if (FacesSupport.attempt(msg, "criteriaForm", () -> planning.removeCriterion(id, criterionId))) {
            refresh();
        }
    }

    public void choose() {
        if (FacesSupport.attempt(msg, "choiceForm", () -> planning.choose(id, chosen, reasons, Msg.locale()))) {
            FacesSupport.info(msg.get("studytrip.destination.chosenSaved"));
            refresh();
        }
    }

    public String actorName(Long actorId) {
        if (actorId == null) {
            return "";
        }
        return getActorChoices().stream()
                .filter(c -> c.id() == actorId)
                .map(Choice::label)
                .findFirst()
                .orElse("");
    }

    /** Road distance from the trip's departure (first stop of the day, else the first participant's commune). */
    public String km(Destination d) {
        if (!departureRead) {
            departure = planning.departure(id); // once for the page, not once per destination row
            departureRead = true;
        }
        fr.tierslieu.studytrip.domain.Travel.Point from = departure;
        return from == null
                ? "–"
                : fr.tierslieu.core.application.i18n.Numbers.withUnit(
                        Msg.locale(),
                        fr.tierslieu.studytrip.domain.Travel.RURAL_BRITTANY.roadKm(from, d.point()),
                        0,
                        "km");
    }

    public List<Choice> getActorChoices() {
        if (actorChoices == null) {
            actorChoices = actors.choices();
        }
        return actorChoices;
    }

    /** The project's open questions, to link to a destination. */
    public List<Choice> getQuestionChoices() {
        if (questionChoices == null) {
            Long project = getTrip().getProjectId();
            questionChoices = project == null
                    ? List.of()
                    : projects.findingViews(project).stream()
                            .filter(f -> f.kind() == FindingKind.OPEN_QUESTION)
                            .map(f -> new Choice(
                                    f.id(), f.text().length() > 90 ? f.text().substring(0, 89) + "…" : f.text()))
                            .toList();
        }
        return questionChoices;
    }

    public String questionText(Long findingId) {
        return getQuestionChoices().stream()
                .filter(c -> c.id() == findingId)
                .map(Choice::label)
                .findFirst()
                .orElse("");
    }

    public String getCriterionName() {
        return criterionName;
    }

    public void setCriterionName(String v) {
        criterionName = v;
    }

    public Integer getCriterionWeight() {
        return criterionWeight;
    }

    public void setCriterionWeight(Integer v) {
        criterionWeight = v;
    }

    public Long getChosen() {
        return chosen;
    }

    public void setChosen(Long v) {
        chosen = v;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String v) {
        reasons = v;
    }
}
