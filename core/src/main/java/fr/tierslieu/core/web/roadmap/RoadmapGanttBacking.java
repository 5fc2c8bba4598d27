package fr.tierslieu.core.web.roadmap;

import fr.tierslieu.core.application.roadmap.RoadmapService;
import fr.tierslieu.core.application.roadmap.RoadmapView;
import fr.tierslieu.core.domain.roadmap.GanttWindow;
import fr.tierslieu.core.domain.roadmap.RoadmapTask;
import fr.tierslieu.core.domain.roadmap.TaskSchedule;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import org.primefaces.event.timeline.TimelineModificationEvent;
import org.primefaces.model.timeline.TimelineEvent;
import org.primefaces.model.timeline.TimelineGroup;
import org.primefaces.model.timeline.TimelineModel;
import org.primefaces.util.EscapeUtils;

/**
 * The roadmap's Gantt: one bar or milestone per task (critical, late, contributed by a module),
 * its zoom windows, and a bar dragged to a new start. The plan is {@link RoadmapBacking}'s.
 */
@Named
@ViewScoped
public class RoadmapGanttBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    RoadmapBacking page;

    @Inject
    RoadmapService roadmap;

    @Inject
    Msg msg;

    private transient TimelineModel<TaskSchedule, String> timeline;
    private transient RoadmapView builtFrom;

    public TimelineModel<TaskSchedule, String> getTimeline() {
        if (timeline == null || builtFrom != page.getView()) {
            builtFrom = page.getView();
            timeline = new TimelineModel<>();
            RoadmapView v = page.getView();
            for (TaskSchedule t : v.schedule().tasks()) {
                String group = String.valueOf(t.id());
                timeline.addGroup(new TimelineGroup<>(group, t.name()));
                boolean contributed = v.isContributed(t.id());
                String style = (t.milestone() ? "tl-gantt-milestone" : "tl-gantt-task")
                        + (t.critical() ? " tl-gantt-critical" : "")
                        + (contributed ? " tl-gantt-contributed" : "")
                        + (t.lateStart() ? " tl-gantt-late" : "");
                TimelineEvent.Builder<TaskSchedule> b = TimelineEvent.<TaskSchedule>builder()
                        .id("t" + (t.id() < 0 ? "m" + -t.id() : t.id()))
                        .data(t)
                        .group(group)
                        .styleClass(style)
                        .startDate(t.earliestStart())
                        .editable(!contributed)
                        .editableRemove(false)
                        .editableGroup(false)
                        // the timeline shows its tooltips as HTML (PrimeFaces turns vis' own filter off): escape
                        .title(EscapeUtils.forHtml(t.name()
                                + (contributed
                                        ? " – "
                                                + msg.format(
                                                        "core.roadmap.contributed",
                                                        msg.moduleName(v.contributed()
                                                                .get(t.id())
                                                                .source()))
                                        : "")
                                + tip(t)));
                if (!t.milestone()) {
                    b.endDate(t.earliestFinish().plusDays(1));
                } else {
                    b.type("point");
                }
                timeline.add(b.build());
            }
        }
        return timeline;
    }

    /** Earliest and latest dates and the slack, for a bar's tooltip. */
    private String tip(TaskSchedule t) {
        if (t.earliestStart() == null || t.latestStart() == null) {
            return "";
        }
        LocalDate earlyEnd = t.earliestFinish() == null ? t.earliestStart() : t.earliestFinish();
        LocalDate lateEnd = t.latestFinish() == null ? t.latestStart() : t.latestFinish();
        return " — "
                + msg.formatAll(
                        "core.roadmap.gantt.tip",
                        msg.date(t.earliestStart()),
                        msg.date(earlyEnd),
                        msg.date(t.latestStart()),
                        msg.date(lateEnd),
                        t.slack());
    }

    /** The week, month or quarter holding today (inside the plan), for the Gantt's zoom buttons. */
    public GanttWindow ganttZoom(String zoom) {
        return GanttWindow.zoom(page.getView().schedule(), LocalDate.now(), GanttWindow.Zoom.valueOf(zoom))
                .orElse(null);
    }

    /**
     * Six months around today inside a long plan, for the Gantt's zoom button (it opens on the
     * whole plan); null when the plan is short enough to read whole.
     */
    public GanttWindow getGanttWindow() {
        return GanttWindow.around(page.getView().schedule(), LocalDate.now()).orElse(null);
    }

    /** What the Gantt opens on: the whole plan (null without dates: the timeline's own default). */
    public java.time.LocalDateTime getGanttStart() {
        return GanttWindow.whole(page.getView().schedule())
                .map(w -> w.from().atStartOfDay())
                .orElse(null);
    }

    public java.time.LocalDateTime getGanttEnd() {
        return GanttWindow.whole(page.getView().schedule())
                .map(w -> w.to().atStartOfDay())
                .orElse(null);
    }

    /** A user's text made safe for the timeline, which shows item and group contents as HTML. */
    public String html(String text) {
        return text == null ? "" : EscapeUtils.forHtml(text);
    }

    /** Gantt drag: the new start becomes the milestone's date or the task's "not before". */
    public void onMoved(TimelineModificationEvent<TaskSchedule> event) {
        TaskSchedule t = event.getTimelineEvent().getData();
        if (t == null || t.id() < 0 || event.getTimelineEvent().getStartDate() == null) {
            page.refresh();
            return;
        }
        LocalDate to = event.getTimelineEvent().getStartDate().toLocalDate();
        if (FacesSupport.attempt(msg, null, () -> {
            RoadmapTask task = roadmap.task(t.id());
            roadmap.move(t.id(), task.getVersion(), to);
        })) {
            FacesSupport.info(msg.get("core.roadmap.task.moved"));
        }
        page.refresh();
    }
}
