package fr.tierslieu.core.web.actor;

import fr.tierslieu.core.application.actor.ActorFilter;
import fr.tierslieu.core.application.actor.ActorInsights;
import fr.tierslieu.core.domain.actor.ActorKind;
import fr.tierslieu.core.domain.actor.Quadrant;
import fr.tierslieu.core.domain.actor.Stance;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.ChartConfig;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.event.ItemSelectEvent;

/**
 * Mendelow's power–interest grid: one point per actor, coloured by stance; clicking a point opens
 * the actor. The four quadrants are also listed under the chart (readable without the chart).
 */
@Named
@ViewScoped
public class ActorGridBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final Map<Stance, String> COLOURS =
            Map.of(Stance.ALLY, "#2e7d32", Stance.NEUTRAL, "#8d6e63", Stance.OPPONENT, "#c62828");

    @Inject
    ActorInsights insights;

    @Inject
    Msg msg;

    @Inject
    fr.tierslieu.core.application.project.ProjectPositions projectPositions;

    @Inject
    fr.tierslieu.core.application.project.ProjectService projects;

    /** A project: its partners at the position that counts on it (its own, or the general one). */
    private Long projectId;

    private List<fr.tierslieu.core.application.Choice> projectChoices;

    private ActorKind[] kinds = new ActorKind[0];
    private Stance[] stances = new Stance[0];
    /** Actor ids per dataset (one dataset per stance) in chart order, to open the clicked actor. */
    private final List<List<Long>> idsByDataset = new ArrayList<>();

    private transient List<ActorInsights.GridPoint> points;

    public List<ActorInsights.GridPoint> getPoints() {
        if (points == null) {
            if (projectId == null) {
                points = insights.powerInterestGrid(
                        new ActorFilter(null, null, Set.of(kinds), null, Set.of(stances), null, null));
            } else {
                Set<ActorKind> kindSet = Set.of(kinds);
                Set<Stance> stanceSet = Set.of(stances);
                points = projectPositions.of(projectId).stream()
                        .filter(r -> r.visible())
                        .filter(r ->
                                kindSet.isEmpty() || kindSet.contains(r.actor().getKind()))
                        .filter(r -> stanceSet.isEmpty() || stanceSet.contains(r.stance()))
                        .map(r -> ActorInsights.point(r.actor(), r.stance(), r.influence(), r.interest()))
                        .toList();
            }
        }
        return points;
    }

    public void refresh() {
        points = null;
    }

    public String getChart() {
        idsByDataset.clear();
        ChartConfig chart = ChartConfig.of("scatter");
        for (Stance stance : Stance.values()) {
            List<Map<String, Object>> data = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            for (ActorInsights.GridPoint p : getPoints()) {
                if (p.stance().equals(stance.name())) {
                    Map<String, Object> point = new LinkedHashMap<>();
                    point.put("x", p.x());
                    point.put("y", p.y());
                    point.put("name", p.name());
                    data.add(point);
                    ids.add(p.actorId());
                }
            }
            idsByDataset.add(ids);
            chart.dataset(
                    msg.label(stance),
                    data,
                    Map.of(
                            "backgroundColor",
                            COLOURS.get(stance),
                            "borderColor",
                            COLOURS.get(stance),
                            "pointRadius",
                            7,
                            "pointHoverRadius",
                            9));
        }
        return chart.option("scales.x.min", 0.5)
                .option("scales.x.max", 5.5)
                .option("scales.y.min", 0.5)
                .option("scales.y.max", 5.5)
                .option("scales.x.title.display", true)
                .option("scales.x.title.text", msg.get("core.actor.interest"))
                .option("scales.y.title.display", true)
                .option("scales.y.title.text", msg.get("core.actor.influence"))
                .option("scales.x.ticks.stepSize", 1)
                .option("scales.y.ticks.stepSize", 1)
                .option("plugins.tlQuadrants.threshold", Quadrant.THRESHOLD)
                .option(
                        "plugins.tlQuadrants.labels",
                        List.of(
                                msg.label(Quadrant.KEEP_SATISFIED), msg.label(Quadrant.MANAGE_CLOSELY),
                                msg.label(Quadrant.MONITOR), msg.label(Quadrant.KEEP_INFORMED)))
                .toJson();
    }

    /** The actors of each quadrant, by name, for the lists under the chart. */
    public Map<Quadrant, List<ActorInsights.GridPoint>> getQuadrants() {
        Map<Quadrant, List<ActorInsights.GridPoint>> result = new EnumMap<>(Quadrant.class);
        for (Quadrant q : Quadrant.values()) {
            result.put(q, new ArrayList<>());
        }
        getPoints().forEach(p -> result.get(p.quadrant()).add(p));
        return result;
    }

    public Quadrant[] getQuadrantOrder() {
        return Quadrant.values();
    }

    /** A point was clicked: open that actor. */
    public void open(ItemSelectEvent event) throws IOException {
        int dataset = event.getDataSetIndex();
        int item = event.getItemIndex();
        if (idsByDataset.isEmpty()) {
            getChart();
        }
        if (dataset >= 0
                && dataset < idsByDataset.size()
                && item >= 0
                && item < idsByDataset.get(dataset).size()) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/core/actors/view.xhtml?id="
                    + idsByDataset.get(dataset).get(item));
        }
    }

    public List<fr.tierslieu.core.application.Choice> getProjectChoices() {
        if (projectChoices == null) {
            projectChoices = projects.choices();
        }
        return projectChoices;
    }

    public Long getProjectId() {
        return projectId;
    }

    public void setProjectId(Long projectId) {
        this.projectId = projectId;
    }

    public ActorKind[] getKindOptions() {
        return ActorKind.values();
    }

    public Stance[] getStanceOptions() {
        return Stance.values();
    }

    public ActorKind[] getKinds() {
        return kinds;
    }

    public void setKinds(ActorKind[] kinds) {
        this.kinds = kinds == null ? new ActorKind[0] : kinds;
    }

    public Stance[] getStances() {
        return stances;
    }

    public void setStances(Stance[] stances) {
        this.stances = stances == null ? new Stance[0] : stances;
    }
}
