package fr.tierslieu.core.web.impact;

import fr.tierslieu.core.application.impact.PanoramaReader;
import fr.tierslieu.core.application.impact.PublicImpact;
import fr.tierslieu.core.application.workspace.WorkspaceContext;
import fr.tierslieu.core.application.workspace.WorkspaceService;
import fr.tierslieu.core.domain.impact.Indicator;
import fr.tierslieu.core.domain.impact.Theme;
import fr.tierslieu.core.domain.workspace.Workspace;
import fr.tierslieu.core.web.i18n.Msg;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The public page of the panorama: nothing until the team publishes it; then three years by theme.
 * {@code ?w=slug} names another workspace than the installation's first (each publishes its own).
 */
@Named
@RequestScoped
public class PublicImpactBacking {

    @Inject
    PublicImpact publicImpact;

    @Inject
    PanoramaReader reader;

    @Inject
    WorkspaceService workspaces;

    private Map<Integer, List<PanoramaReader.Line>> byYear;
    private Long workspace;

    /** A line of the public table: the indicator and its figure for each year shown. */
    public record Row(String name, List<String> figures) {}

    /** The workspace the page shows: {@code w}'s, the first without it, none for an unknown one. */
    private long workspace() {
        if (workspace == null) {
            String slug = FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .getRequestParameterMap()
                    .get("w");
            workspace = slug == null || slug.isBlank()
                    ? Workspace.FIRST
                    : workspaces.bySlug(slug).map(Workspace::getId).orElse(-1L);
        }
        return workspace;
    }

    public boolean isPublished() {
        return workspace() > 0 && WorkspaceContext.in(workspace(), publicImpact::isPublished);
    }

    public List<Integer> getYears() {
        return publicImpact.years();
    }

    private Map<Integer, List<PanoramaReader.Line>> lines() {
        if (byYear == null) {
            byYear = new HashMap<>();
            for (int y : getYears()) {
                byYear.put(
                        y,
                        workspace() > 0
                                ? WorkspaceContext.in(workspace(), () -> publicImpact.lines(y, Msg.locale()))
                                : List.of());
            }
        }
        return byYear;
    }

    public List<Theme> getThemes() {
        List<PanoramaReader.Line> last = lines().get(getYears().get(getYears().size() - 1));
        return last.stream().map(l -> l.indicator().getTheme()).distinct().toList();
    }

    /** The rows of a theme that have at least one figure over the years shown. */
    public List<Row> rowsOf(Theme theme) {
        List<Row> out = new ArrayList<>();
        List<PanoramaReader.Line> last = lines().get(getYears().get(getYears().size() - 1));
        for (PanoramaReader.Line l : last) {
            if (l.indicator().getTheme() != theme) {
                continue;
            }
            Indicator i = l.indicator();
            List<String> figures = new ArrayList<>();
            boolean any = false;
            for (int y : getYears()) {
                Double v = lines().get(y).stream()
                        .filter(x -> x.indicator().getId().equals(i.getId()))
                        .findFirst()
                        .map(PanoramaReader.Line::value)
                        .orElse(null);
                any |= v != null;
                figures.add(reader.figure(v, i, Msg.locale()));
            }
            if (any) {
                out.add(new Row(l.name(), figures));
            }
        }
        return out;
    }
}
