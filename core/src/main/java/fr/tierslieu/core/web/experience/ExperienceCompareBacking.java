package fr.tierslieu.core.web.experience;

import fr.tierslieu.core.application.experience.ExperienceService;
import fr.tierslieu.core.domain.experience.Experience;
import fr.tierslieu.core.domain.experience.LessonKind;
import fr.tierslieu.core.domain.shared.NotFoundException;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.ChartConfig;
import fr.tierslieu.core.web.support.FacesSupport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Our place and up to three others side by side: where, legal form, age, offers, budget and its
 * share of own resources, staff, volunteers, surface, governance and lessons, with a chart of the
 * figures people compare first.
 */
@Named
@ViewScoped
public class ExperienceCompareBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ExperienceService experiences;

    @Inject
    Msg msg;

    private String ids;
    private transient List<Experience> places;

    /** One line of the comparison: what is compared, then one value per place. */
    public record Line(String label, List<String> values) {}

    public void load() throws IOException {
        List<Long> list = new ArrayList<>();
        try {
            for (String part : (ids == null ? "" : ids).split(",")) {
                if (!part.isBlank()) {
                    list.add(Long.parseLong(part.trim()));
                }
            }
        } catch (NumberFormatException e) {
            FacesSupport.notFound();
            return;
        }
        try {
            places = experiences.compare(list, Msg.locale());
        } catch (NotFoundException e) {
            FacesSupport.notFound();
        } catch (ValidationFailure e) {
            FacesSupport.showViolations(e, null);
            places = List.of();
        }
    }

    public List<Experience> getPlaces() {
        return places == null ? List.of() : places;
    }

    public List<Line> getLines() {
        Experience ours = experiences.ours().orElse(null);
        List<Line> out = new ArrayList<>();
        out.add(line("core.experience.commune", e -> join(e.getCommune(), e.getDepartment())));
        out.add(line("core.experience.distance", e -> {
            Double km = ours == null || e.equals(ours) ? null : e.distanceFrom(ours.getLatitude(), ours.getLongitude());
            return km == null ? "–" : msg.decimal(km, 0) + "\u00a0" + msg.get("core.unit.km");
        }));
        out.add(line("core.experience.legalForm", e -> msg.label(e.getLegalForm())));
        out.add(line(
                "core.experience.yearOpened",
                e -> e.getYearOpened() == null ? "–" : String.valueOf(e.getYearOpened())));
        out.add(line(
                "core.experience.offers",
                e -> e.getOffers().stream().map(msg::label).collect(Collectors.joining(", "))));
        out.add(line("core.experience.budget", e -> e.getBudget() == null ? "–" : msg.money(e.getBudget())));
        out.add(line(
                "core.experience.ownResourcesPct",
                e -> e.getOwnResourcesPct() == null ? "–" : msg.percent(e.getOwnResourcesPct() / 100.0, 0)));
        out.add(line("core.experience.staffFte", e -> e.getStaffFte() == null ? "–" : msg.decimal(e.getStaffFte(), 1)));
        out.add(line(
                "core.experience.volunteers",
                e -> e.getVolunteers() == null ? "–" : msg.decimal(e.getVolunteers(), 0)));
        out.add(line(
                "core.experience.surfaceM2",
                e -> e.getSurfaceM2() == null ? "–" : msg.decimal(e.getSurfaceM2(), 0) + "\u00a0m²"));
        out.add(line(
                "core.experience.budgetPerM2",
                e -> e.getBudget() == null || e.getSurfaceM2() == null || e.getSurfaceM2() == 0
                        ? "–"
                        : msg.money((double) e.getBudget() / e.getSurfaceM2())));
        out.add(line("core.experience.governance", e -> e.getGovernance() == null ? "–" : e.getGovernance()));
        out.add(line("core.enum.LessonKind.SUCCESS_FACTOR", e -> lessons(e, LessonKind.SUCCESS_FACTOR)));
        out.add(line("core.enum.LessonKind.VIGILANCE", e -> lessons(e, LessonKind.VIGILANCE)));
        return out;
    }

    private Line line(String key, Function<Experience, String> value) {
        return new Line(msg.get(key), getPlaces().stream().map(value).toList());
    }

    private static String join(String a, String b) {
        if (a == null) {
            return b == null ? "–" : "(" + b + ")";
        }
        return b == null ? a : a + " (" + b + ")";
    }

    private static String lessons(Experience e, LessonKind kind) {
        String s = e.getLessons().stream()
                .filter(l -> l.getKind() == kind)
                .map(l -> "• " + l.getText())
                .collect(Collectors.joining("\n"));
        return s.isEmpty() ? "–" : s;
    }

    /** The share of own resources, place by place: the figure a funder asks first. */
    public String getChart() {
        List<Experience> p = getPlaces();
        if (p.isEmpty()) {
            return "";
        }
        return ChartConfig.of("bar")
                .labels(p.stream().map(Experience::getName).toList())
                .dataset(
                        msg.get("core.experience.ownResourcesPct"),
                        p.stream()
                                .map(e -> e.getOwnResourcesPct() == null ? 0 : e.getOwnResourcesPct())
                                .toList(),
                        Map.of("backgroundColor", "#2f6f4e"))
                .option("maintainAspectRatio", false)
                .toJson();
    }

    public String getIds() {
        return ids;
    }

    public void setIds(String ids) {
        this.ids = ids;
    }
}
