package fr.tierslieu.core.application.roadmap;

import fr.tierslieu.core.application.export.ICalendar;
import fr.tierslieu.core.application.export.PdfDocument;
import fr.tierslieu.core.application.export.XlsxTable;
import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.domain.project.Project;
import fr.tierslieu.core.domain.roadmap.RoadmapTask;
import fr.tierslieu.core.domain.roadmap.TaskSchedule;
import fr.tierslieu.core.module.RoadmapContributor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The roadmap as files people share: milestones in iCalendar, tasks in Excel, a PDF for a meeting. */
@ApplicationScoped
public class RoadmapExporter {

    @Inject
    MessageBundles messages;

    public RoadmapExporter() {}

    public RoadmapExporter(MessageBundles messages) {
        this.messages = messages;
    }

    /** Every milestone (the team's and the modules') with its date: fixed date, else earliest date. */
    public byte[] ics(Project project, RoadmapView view) {
        ICalendar cal = new ICalendar(project.getName());
        for (TaskSchedule t : view.schedule().tasks()) {
            if (!t.milestone()) {
                continue;
            }
            RoadmapContributor.Milestone m = view.contributed().get(t.id());
            String uid = (m == null ? "task-" + t.id() : m.source() + "-" + m.key()) + "-p" + project.getId()
                    + "@tiers-lieu-studio";
            cal.allDay(uid, t.earliestStart(), t.name(), project.getName());
        }
        return cal.toBytes();
    }

    public byte[] xlsx(Project project, RoadmapView view, Locale locale) {
        return xlsx(project, view, List.of(), locale);
    }

    /** The roadmap's tasks, then a sheet of the needs still to mobilise (amounts as numbers) when there are any. */
    public byte[] xlsx(
            Project project,
            RoadmapView view,
            List<fr.tierslieu.core.domain.project.ProjectNeed> needs,
            Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<XlsxTable.Sheet> sheets = new ArrayList<>();
        sheets.add(new XlsxTable.Sheet(
                messages.get(locale, "core.roadmap.tasks"), header(locale), rows(view, locale, false)));
        if (!needs.isEmpty()) {
            List<List<Object>> rows = new ArrayList<>();
            for (fr.tierslieu.core.domain.project.ProjectNeed n : needs) {
                List<Object> row = new ArrayList<>();
                row.add(messages.label(locale, n.getKind()));
                row.add(n.getDescription());
                row.add(n.getAmount());
                row.add(n.getDays());
                row.add(n.getActor() == null ? "" : n.getActor().getName());
                row.add(messages.label(locale, n.getStatus()));
                rows.add(row);
            }
            sheets.add(new XlsxTable.Sheet(messages.get(locale, "core.project.needs"), needHeader(locale), rows));
        }
        XlsxTable.write(out, sheets);
        return out.toByteArray();
    }

    private List<String> needHeader(Locale locale) {
        return List.of(
                messages.get(locale, "core.project.need.kind"),
                messages.get(locale, "core.project.need.description"),
                messages.get(locale, "core.project.need.amount"),
                messages.get(locale, "core.project.need.days"),
                messages.get(locale, "core.project.need.actor"),
                messages.get(locale, "core.project.need.status"));
    }

    public byte[] pdf(Project project, RoadmapView view, Locale locale) {
        return pdf(project, view, List.of(), locale);
    }

    /** The roadmap as a PDF, then the needs still to mobilise and the recommendations of the project. */
    public byte[] pdf(
            Project project,
            RoadmapView view,
            List<fr.tierslieu.core.domain.project.ProjectNeed> needs,
            Locale locale) {
        DateTimeFormatter f =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
        PdfDocument pdf = new PdfDocument(true, project.getName())
                .title(messages.get(locale, "core.roadmap.title") + " – " + project.getName())
                .subtitle(LocalDate.now().format(f) + " · "
                        + messages.format(
                                locale,
                                "core.roadmap.end",
                                view.schedule().end() == null
                                        ? "–"
                                        : view.schedule().end().format(f)));
        List<Boolean> critical = new ArrayList<>();
        for (TaskSchedule t : view.schedule().tasks()) {
            critical.add(t.critical());
        }
        pdf.table(
                header(locale),
                rows(view, locale, true),
                new float[] {4, 1.2f, 1.5f, 1.5f, 1.5f, 1.5f, 1.5f, 1, 1, 2.2f},
                critical);
        pdf.heading(messages.get(locale, "core.roadmap.warnings"));
        if (view.warnings().isEmpty()) {
            pdf.paragraph(messages.get(locale, "core.roadmap.noWarning"));
        }
        view.warnings().forEach(pdf::bullet);
        if (!needs.isEmpty()) {
            pdf.heading(messages.get(locale, "core.project.needs"));
            java.text.NumberFormat money = fr.tierslieu.core.application.i18n.Numbers.integerFormat(locale);
            List<List<String>> rows = new ArrayList<>();
            for (fr.tierslieu.core.domain.project.ProjectNeed n : needs) {
                rows.add(List.of(
                        messages.label(locale, n.getKind()),
                        n.getDescription(),
                        n.getAmount() == null ? "" : money.format(n.getAmount()) + " €",
                        n.getDays() == null ? "" : String.valueOf(n.getDays()),
                        n.getActor() == null ? "" : n.getActor().getName(),
                        messages.label(locale, n.getStatus())));
            }
            pdf.table(needHeader(locale), rows, new float[] {1.6f, 4, 1.3f, 1, 2.2f, 1.3f}, null);
        }
        return pdf.toBytes();
    }

    private List<String> header(Locale locale) {
        return List.of(
                messages.get(locale, "core.roadmap.task.name"),
                messages.get(locale, "core.roadmap.task.duration"),
                messages.get(locale, "core.roadmap.task.fixedDate"),
                messages.get(locale, "core.roadmap.earliestStart"),
                messages.get(locale, "core.roadmap.earliestFinish"),
                messages.get(locale, "core.roadmap.latestStart"),
                messages.get(locale, "core.roadmap.latestFinish"),
                messages.get(locale, "core.roadmap.slack"),
                messages.get(locale, "core.roadmap.critical"),
                messages.get(locale, "core.roadmap.task.owner"));
    }

    private <T> List<List<T>> rows(RoadmapView view, Locale locale, boolean asText) {
        Map<Long, RoadmapTask> byId = new HashMap<>();
        view.tasks().forEach(t -> byId.put(t.getId(), t));
        DateTimeFormatter f =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
        List<List<T>> rows = new ArrayList<>();
        for (TaskSchedule s : view.schedule().tasks()) {
            RoadmapTask task = byId.get(s.id());
            List<Object> row = new ArrayList<>();
            row.add(s.name());
            row.add(
                    s.milestone()
                            ? messages.get(locale, "core.roadmap.task.milestone")
                            : (Object) (task == null ? 0 : task.getDurationDays()));
            LocalDate fixed = task != null ? task.getFixedDate() : s.earliestStart();
            row.add(fixed);
            row.add(s.earliestStart());
            row.add(s.earliestFinish());
            row.add(s.latestStart());
            row.add(s.latestFinish());
            row.add(s.slack());
            row.add(s.critical() ? messages.get(locale, "core.action.yes") : "");
            row.add(
                    task == null || task.getOwner() == null
                            ? (view.isContributed(s.id())
                                    ? messages.moduleName(
                                            locale,
                                            view.contributed().get(s.id()).source())
                                    : "")
                            : task.getOwner().getName());
            if (asText) {
                List<Object> text = new ArrayList<>();
                for (Object o : row) {
                    text.add(o == null ? "" : o instanceof LocalDate d ? d.format(f) : o.toString());
                }
                row = text;
            }
            @SuppressWarnings("unchecked")
            List<T> typed = (List<T>) row;
            rows.add(typed);
        }
        return rows;
    }
}
