package fr.tierslieu.core.web.i18n;

import fr.tierslieu.core.application.config.AppConfig;
import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.application.i18n.Numbers;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.AbstractMap;
import java.util.Locale;
import java.util.Set;

/**
 * Every module's bundle for pages: {@code #{msg['core.actors.title']}}, in the language of the view.
 * A Map so that EL reads keys with dots; {@code #{msg.format('key', arg)}} formats with arguments.
 */
@Named("msg")
@RequestScoped
public class Msg extends AbstractMap<String, String> {

    @Inject
    MessageBundles bundles;

    @Inject
    AppConfig config;

    @Override
    public String get(Object key) {
        return bundles.get(locale(), String.valueOf(key));
    }

    @Override
    public boolean containsKey(Object key) {
        return true;
    }

    public String format(String key, Object arg) {
        return bundles.format(locale(), key, arg);
    }

    /** For Java callers (EL resolves the fixed-arity methods above more reliably). */
    public String formatAll(String key, Object... args) {
        return bundles.format(locale(), key, args);
    }

    public String format2(String key, Object arg0, Object arg1) {
        return bundles.format(locale(), key, arg0, arg1);
    }

    /** An instant as date and time in the application's time zone, e.g. "25/11/2026 21:04". */
    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(locale())
                .format(instant.atZone(config.zone()));
    }

    /** A date in the user's format, e.g. "25/11/2026". */
    public String date(LocalDate date) {
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT)
                        .withLocale(locale())
                        .format(date);
    }

    /** An amount in euros without cents: « 55 176 € » / "€55,176" (see {@link Numbers}). */
    public String money(double v) {
        return Numbers.money(locale(), v, 0);
    }

    /** An amount in euros with cents: « 1 234,56 € ». */
    public String cents(double v) {
        return Numbers.money(locale(), v, 2);
    }

    /** A share as a percentage: « 66,67 % » / "66.67%". */
    public String percent(double fraction, int decimals) {
        return Numbers.percent(locale(), fraction, decimals);
    }

    /** A number with {@code decimals} decimals: « 1 234,5 ». */
    public String decimal(double v, int decimals) {
        return Numbers.decimal(locale(), v, decimals);
    }

    /**
     * A chart's data as a table in the reader's language (whole numbers without decimals), for
     * {@code <tl:chartData>}; {@code firstHeaderKey} names the first column.
     */
    public fr.tierslieu.core.web.support.ChartTable chartTable(String chartJson, String firstHeaderKey) {
        // the tag reads the table several times per render (rendered, headers, rows): parse once per request
        return chartTables.computeIfAbsent(
                firstHeaderKey + "\u0000" + chartJson,
                k -> fr.tierslieu.core.web.support.ChartTable.of(
                        chartJson,
                        firstHeaderKey == null ? "" : get(firstHeaderKey),
                        v -> decimal(v, v == Math.rint(v) ? 0 : 2)));
    }

    private final java.util.Map<String, fr.tierslieu.core.web.support.ChartTable> chartTables =
            new java.util.HashMap<>();

    /** A measure: « 12,5 km ». */
    public String unit(double v, int decimals, String unit) {
        return Numbers.withUnit(locale(), v, decimals, unit);
    }

    /** A size in bytes as people read it: « 1,2 Mo », « 85 ko » ("1.2 MB" in English). */
    public String size(long bytes) {
        return bundles.format(
                locale(),
                bytes >= 1024 * 1024 ? "core.size.mb" : "core.size.kb",
                bytes >= 1024 * 1024 ? bytes / (1024.0 * 1024) : Math.max(1, Math.round(bytes / 1024.0)));
    }

    /** A module's name for its id (« Gouvernance » for {@code governance}). */
    public String moduleName(String moduleId) {
        return bundles.moduleName(locale(), moduleId);
    }

    /** Label of an enum constant. */
    public String label(Enum<?> value) {
        return bundles.label(locale(), value);
    }

    /** The view's locale (French unless the user switched to English). */
    public static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context == null || context.getViewRoot() == null) {
            return MessageBundles.FRENCH;
        }
        return MessageBundles.supported(context.getViewRoot().getLocale());
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return Set.of();
    }
}
