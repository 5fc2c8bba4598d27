package fr.tierslieu.core.web.widget;

import fr.tierslieu.core.application.actor.ActorInsights;
import fr.tierslieu.core.domain.actor.Actor;
import fr.tierslieu.core.domain.actor.EngagementOverview;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;

/** The core's dashboard widgets: engagement at a glance, and the actors needing attention. */
@Named
@RequestScoped
public class CoreWidgetsBacking {

    /** The widget compares with this many days ago. */
    public static final int WINDOW_DAYS = 90;

    @Inject
    ActorInsights insights;

    private EngagementOverview overview;
    private List<Actor> attention;

    public EngagementOverview getOverview() {
        if (overview == null) {
            overview = insights.engagement(LocalDate.now().minusDays(WINDOW_DAYS));
        }
        return overview;
    }

    /** Actors at co-builder level or above. */
    public long getCommitted() {
        return getOverview().committed();
    }

    public List<Actor> getAttention() {
        if (attention == null) {
            attention = insights.needingAttention(5);
        }
        return attention;
    }

    public int getWindowDays() {
        return WINDOW_DAYS;
    }
}
