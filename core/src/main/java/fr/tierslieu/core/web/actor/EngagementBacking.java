package fr.tierslieu.core.web.actor;

import fr.tierslieu.core.application.actor.ActorInsights;
import fr.tierslieu.core.domain.actor.EngagementLevel;
import fr.tierslieu.core.domain.actor.EngagementOverview;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.ChartConfig;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** How many actors at each engagement level, and who moved since a chosen date. */
@Named
@ViewScoped
public class EngagementBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ActorInsights insights;

    @Inject
    Msg msg;

    private LocalDate since = LocalDate.now().minusMonths(3);
    private transient EngagementOverview overview;

    public EngagementOverview getOverview() {
        if (overview == null) {
            overview = insights.engagement(since);
        }
        return overview;
    }

    public void refresh() {
        overview = null;
    }

    public String getChart() {
        List<String> labels = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        for (EngagementLevel level : EngagementLevel.values()) {
            labels.add(msg.label(level));
            counts.add(getOverview().countsNow().get(level));
        }
        return ChartConfig.of("bar")
                .labels(labels)
                .dataset(msg.get("core.engagement.actors"), counts, Map.of("backgroundColor", "#2f6f4e"))
                .option("plugins.legend.display", false)
                .option("scales.y.beginAtZero", true)
                .option("scales.y.ticks.precision", 0)
                .toJson();
    }

    public LocalDate getSince() {
        return since;
    }

    public void setSince(LocalDate since) {
        this.since = since == null ? LocalDate.now().minusMonths(3) : since;
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }
}
