package fr.tierslieu.core.application.strategy;

import fr.tierslieu.core.application.export.PdfDocument;
import fr.tierslieu.core.application.export.XlsxTable;
import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.domain.strategy.MactorAnalysis;
import fr.tierslieu.core.domain.strategy.MactorResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A MACTOR analysis as an Excel workbook (every matrix) and as a PDF summary. */
@ApplicationScoped
public class MactorExporter {

    @Inject
    MessageBundles messages;

    public MactorExporter() {}

    public MactorExporter(MessageBundles messages) {
        this.messages = messages;
    }

    public byte[] xlsx(MactorAnalysis analysis, MactorResult r, Locale locale) {
        List<String> actors =
                analysis.getActors().stream().map(a -> a.getName()).toList();
        List<String> objectives =
                analysis.getObjectives().stream().map(o -> o.getLabel()).toList();
        List<XlsxTable.Sheet> sheets = new ArrayList<>();
        sheets.add(matrix("MID", actors, actors, toDouble(analysis.mid())));
        sheets.add(matrix("2MAO", actors, objectives, toDouble(analysis.positions())));
        if (r != null) {
            sheets.add(matrix("MIDI", actors, actors, toDouble(r.midi())));
            List<List<Object>> rows = new ArrayList<>();
            for (int i : r.ranking()) {
                rows.add(List.of(
                        actors.get(i),
                        r.influence()[i],
                        r.dependence()[i],
                        r.ri()[i],
                        r.riStar()[i],
                        messages.label(locale, r.role(i))));
            }
            sheets.add(new XlsxTable.Sheet(
                    "r*",
                    List.of(
                            messages.get(locale, "core.mactor.actors"),
                            "Mi",
                            "Di",
                            "ri",
                            "r*",
                            messages.get(locale, "core.mactor.role")),
                    rows));
            sheets.add(matrix("1MAO", actors, objectives, r.mao1()));
            sheets.add(matrix("3MAO", actors, objectives, r.mao3()));
            sheets.add(matrix("1CAA", actors, actors, r.convergence().simple()));
            sheets.add(matrix("2CAA", actors, actors, r.convergence().valued()));
            sheets.add(matrix("3CAA", actors, actors, r.convergence().weighted()));
            sheets.add(matrix("1DAA", actors, actors, r.divergence().simple()));
            sheets.add(matrix("2DAA", actors, actors, r.divergence().valued()));
            sheets.add(matrix("3DAA", actors, actors, r.divergence().weighted()));
            List<List<Object>> per = new ArrayList<>();
            for (int j = 0; j < objectives.size(); j++) {
                per.add(List.of(objectives.get(j), r.mobilisation()[j], r.support()[j], r.opposition()[j]));
            }
            sheets.add(new XlsxTable.Sheet(
                    messages.get(locale, "core.mactor.objectives"),
                    List.of(
                            messages.get(locale, "core.mactor.objectives"),
                                    messages.get(locale, "core.mactor.mobilisation"),
                            messages.get(locale, "core.mactor.support"),
                                    messages.get(locale, "core.mactor.opposition")),
                    per));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxTable.write(out, sheets);
        return out.toByteArray();
    }

    public byte[] pdf(MactorAnalysis analysis, MactorResult r, Locale locale) {
        DateTimeFormatter f =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
        PdfDocument pdf = new PdfDocument(false, analysis.getTitle())
                .title(messages.get(locale, "core.mactor.title") + " – " + analysis.getTitle())
                .subtitle(analysis.getProject().getName() + " · "
                        + analysis.getAnalysedOn().format(f));
        if (analysis.getNotes() != null) {
            pdf.paragraph(analysis.getNotes());
        }
        if (r == null) {
            return pdf.paragraph(messages.get(locale, "core.mactor.empty")).toBytes();
        }
        List<List<String>> ranking = new ArrayList<>();
        int rank = 1;
        for (int i : r.ranking()) {
            ranking.add(List.of(
                    String.valueOf(rank++),
                    r.input().actors().get(i),
                    fmt(r.influence()[i], locale),
                    fmt(r.dependence()[i], locale),
                    fmt(r.riStar()[i], locale),
                    messages.label(locale, r.role(i))));
        }
        pdf.heading(messages.get(locale, "core.mactor.ranking"))
                .table(
                        List.of(
                                messages.get(locale, "core.mactor.rank"),
                                messages.get(locale, "core.mactor.actors"),
                                "Mi",
                                "Di",
                                "r*",
                                messages.get(locale, "core.mactor.role")),
                        ranking,
                        new float[] {0.6f, 4, 1, 1, 1, 1.6f},
                        null);
        List<List<String>> per = new ArrayList<>();
        for (int j = 0; j < r.input().objectives().size(); j++) {
            per.add(List.of(
                    (analysis.getObjectives().get(j).isKey() ? "* " : "")
                            + r.input().objectives().get(j),
                    fmt(r.mobilisation()[j], locale),
                    fmt(r.support()[j], locale),
                    fmt(r.opposition()[j], locale)));
        }
        pdf.heading(messages.get(locale, "core.mactor.objectiveBars"))
                .table(
                        List.of(
                                messages.get(locale, "core.mactor.objectives"),
                                messages.get(locale, "core.mactor.mobilisation"),
                                messages.get(locale, "core.mactor.support"),
                                messages.get(locale, "core.mactor.opposition")),
                        per,
                        new float[] {5, 1.4f, 1.4f, 1.4f},
                        null);
        boolean[] key = analysis.keyObjectives();
        pdf.heading(messages.get(locale, "core.mactor.rallyBlock"));
        pdf.paragraph(messages.get(locale, "core.mactor.rallyBlock.help"));
        for (int i : r.ranking()) {
            if (r.riStar()[i] >= 1) {
                int s = r.stanceOn(i, key);
                String group = s > 0 ? "core.mactor.allies" : s < 0 ? "core.mactor.blockers" : "core.mactor.undecided";
                pdf.bullet(messages.format(
                        locale,
                        "core.mactor.rallyLine",
                        messages.get(locale, group),
                        r.input().actors().get(i),
                        fmt(r.riStar()[i], locale),
                        fr.tierslieu.core.application.i18n.Numbers.decimal(locale, s, 0)));
            }
        }
        return pdf.toBytes();
    }

    private static String fmt(double v, Locale locale) {
        return fr.tierslieu.core.application.i18n.Numbers.decimal(locale, v, 2);
    }

    private static double[][] toDouble(int[][] m) {
        double[][] d = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            d[i] = new double[m[i].length];
            for (int j = 0; j < m[i].length; j++) {
                d[i][j] = m[i][j];
            }
        }
        return d;
    }

    private static XlsxTable.Sheet matrix(String name, List<String> rows, List<String> columns, double[][] values) {
        List<String> header = new ArrayList<>();
        header.add("");
        header.addAll(columns);
        List<List<Object>> data = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<Object> row = new ArrayList<>();
            row.add(rows.get(i));
            for (double v : values[i]) {
                row.add(v);
            }
            data.add(row);
        }
        return new XlsxTable.Sheet(name, header, data);
    }
}
