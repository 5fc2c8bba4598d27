package fr.tierslieu.core.web.impact;

import fr.tierslieu.core.application.impact.ImpactService;
import fr.tierslieu.core.application.impact.PanoramaReader;
import fr.tierslieu.core.domain.impact.Indicator;
import fr.tierslieu.core.domain.impact.Theme;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.ChartConfig;
import fr.tierslieu.core.web.support.FacesSupport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The activity and impact panorama of a year: every indicator by theme; one selected to enter its
 * figure with its source (or to read where a computed one comes from), with its trend as a chart;
 * the yearly report (PDF); publishing on the public page. The team's own new indicators are
 * {@link NewIndicatorBacking}'s.
 */
@Named
@ViewScoped
public class ImpactBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ImpactService impact;

    @Inject
    Msg msg;

    private Integer year;
    private transient List<PanoramaReader.Line> lines;
    // the selected indicator
    private Long selected;
    private Double value;
    private String source;
    private Long valueVersion;
    private Double target;

    public int getYear() {
        if (year == null) {
            year = impact.lastYear() - 1;
        }
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public void yearChanged() {
        lines = null;
        if (selected != null) {
            select(selected);
        }
    }

    public List<Integer> getYears() {
        return IntStream.rangeClosed(impact.firstYear(), impact.lastYear())
                .map(y -> impact.lastYear() - y + impact.firstYear())
                .boxed()
                .toList();
    }

    public List<PanoramaReader.Line> getLines() {
        if (lines == null) {
            lines = impact.panorama(getYear(), Msg.locale());
        }
        return lines;
    }

    public List<Theme> getThemes() {
        return getLines().stream().map(l -> l.indicator().getTheme()).distinct().toList();
    }

    public List<PanoramaReader.Line> linesOf(Theme theme) {
        return getLines().stream()
                .filter(l -> l.indicator().getTheme() == theme)
                .toList();
    }

    public long getFilled() {
        return getLines().stream().filter(l -> l.value() != null).count();
    }

    public String figure(Double v, Indicator i) {
        return impact.figure(v, i, Msg.locale());
    }

    // ---- the selected indicator ------------------------------------------------------------------

    public void select(long indicatorId) {
        selected = indicatorId;
        PanoramaReader.Line line = getSelectedLine();
        value = line == null || line.computed() ? null : line.value();
        source = line == null || line.computed() ? null : line.source();
        valueVersion = line == null ? null : line.valueVersion();
        target = line == null ? null : line.indicator().getTarget();
    }

    public PanoramaReader.Line getSelectedLine() {
        if (selected == null) {
            return null;
        }
        return getLines().stream()
                .filter(l -> l.indicator().getId().equals(selected))
                .findFirst()
                .orElse(null);
    }

    public void save() {
        if (FacesSupport.attempt(
                msg,
                "impactForm",
                () -> impact.enter(selected, getYear(), value, source, valueVersion, Msg.locale()))) {
            FacesSupport.info(msg.get(value == null ? "core.impact.cleared" : "core.impact.saved"));
            lines = null;
            select(selected);
        }
    }

    public void saveTarget() {
        PanoramaReader.Line line = getSelectedLine();
        if (line == null) {
            return;
        }
        Indicator i = line.indicator();
        if (FacesSupport.attempt(
                msg,
                "impactForm",
                () -> impact.define(i.getId(), i.getName(), i.getUnit(), target, i.getFrequency(), Msg.locale()))) {
            FacesSupport.info(msg.get("core.impact.targetSaved"));
            lines = null;
        }
    }

    public void deleteSelected() {
        if (selected != null && FacesSupport.attempt(msg, "impactForm", () -> impact.delete(selected, Msg.locale()))) {
            FacesSupport.info(msg.get("core.impact.deleted"));
            selected = null;
            lines = null;
        }
    }

    /** The selected indicator's figures over ten years, as a line chart (with its target as a second line). */
    public String getTrendChart() {
        PanoramaReader.Line line = getSelectedLine();
        if (line == null) {
            return "";
        }
        Map<Integer, Double> trend = impact.trend(selected, getYear(), Msg.locale());
        List<String> labels = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        List<Object> targets = new ArrayList<>();
        for (int y = getYear() - PanoramaReader.MAX_YEARS + 1; y <= getYear(); y++) {
            labels.add(String.valueOf(y));
            values.add(trend.get(y));
            targets.add(line.indicator().getTarget());
        }
        ChartConfig chart = ChartConfig.of("line")
                .labels(labels)
                .dataset(
                        line.name(),
                        values,
                        Map.of("borderColor", "#2f6f4e", "backgroundColor", "#2f6f4e", "spanGaps", true));
        if (line.indicator().getTarget() != null) {
            chart.dataset(
                    msg.get("core.impact.target"),
                    targets,
                    Map.of("borderColor", "#c58b00", "borderDash", List.of(6, 4), "pointRadius", 0));
        }
        return chart.option("maintainAspectRatio", false).toJson();
    }

    public boolean isHasTrend() {
        return selected != null
                && !impact.trend(selected, getYear(), Msg.locale()).isEmpty();
    }

    /** A new indicator of the team was created ({@link NewIndicatorBacking}): it is listed and selected. */
    void created(long indicatorId) {
        lines = null;
        select(indicatorId);
    }

    // ---- report and publishing -------------------------------------------------------------------

    public StreamedContent getReport() {
        byte[] pdf = impact.reportPdf(getYear(), Msg.locale());
        return DefaultStreamedContent.builder()
                .name(msg.format("core.impact.reportFile", String.valueOf(getYear())))
                .contentType("application/pdf")
                .contentLength((long) pdf.length)
                .stream(() -> new ByteArrayInputStream(pdf))
                .build();
    }

    public boolean isPublished() {
        return impact.isPublished();
    }

    public void togglePublished() {
        boolean next = !impact.isPublished();
        if (FacesSupport.attempt(msg, null, () -> impact.publish(next))) {
            FacesSupport.info(msg.get(next ? "core.impact.publishedNow" : "core.impact.withdrawn"));
        }
    }

    // ---- fields ----------------------------------------------------------------------------------

    public Long getSelected() {
        return selected;
    }

    public Double getValue() {
        return value;
    }

    public void setValue(Double value) {
        this.value = value;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public Double getTarget() {
        return target;
    }

    public void setTarget(Double target) {
        this.target = target;
    }
}
