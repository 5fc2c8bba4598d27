package fr.tierslieu.economy.web;

import fr.tierslieu.core.application.i18n.Numbers;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import fr.tierslieu.economy.domain.ModelSpec;
import fr.tierslieu.economy.domain.Occupancy;
import fr.tierslieu.economy.domain.Premises;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The premises tab of the model page: the spaces and the activities' needs are rows of the
 * assumptions (edited through {@link ModelBacking}); this bean shows the year's occupancy,
 * simulated again whenever the assumptions change, and carries it into the model's lines on
 * request (the manager then saves the model as usual).
 */
@Named
@ViewScoped
public class PremisesBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ModelBacking model;

    @Inject
    Msg msg;

    private long seen = -1;
    private transient Occupancy.Result result;

    private void sync() {
        if (seen != model.getRevision()) {
            seen = model.getRevision();
            result = null;
        }
    }

    /** Something to simulate: at least a space and a need. */
    public boolean isReady() {
        ModelSpec spec = model.getSpec();
        return !spec.spaces.isEmpty() && !spec.needs.isEmpty();
    }

    /** The year of use simulated (the model's first year), or null while a field is invalid. */
    public Occupancy.Result getResult() {
        sync();
        if (result == null && model.isValid() && isReady()) {
            ModelSpec spec = model.getSpec();
            result = Occupancy.simulate(spec.spaces, spec.needs, spec.startYear);
        }
        return result;
    }

    /** Writes works, rents, premises lent and capacity caps into the model's lines (not saved). */
    public void apply() {
        Occupancy.Result r = getResult();
        if (r == null) {
            FacesSupport.error(msg.get("economy.premises.fixFirst"));
            return;
        }
        List<Premises.Change> changes = Premises.apply(
                model.getSpec(),
                r,
                new Premises.Names(
                        msg.get("economy.premises.line.works"),
                        msg.get("economy.premises.line.rent"),
                        msg.get("economy.premises.line.lent")));
        model.changed();
        if (changes.isEmpty()) {
            FacesSupport.info(msg.get("economy.premises.nothingToApply"));
            return;
        }
        for (Premises.Change c : changes) {
            FacesSupport.info(describe(c));
        }
        FacesSupport.info(msg.get("economy.premises.applied"));
    }

    String describe(Premises.Change c) {
        String key = "economy.premises.change." + c.kind().name();
        return c.kind() == Premises.Change.Kind.OCCUPANCY_CAPPED
                ? msg.formatAll(
                        key,
                        c.line(),
                        Numbers.decimal(Msg.locale(), c.before(), 1),
                        Numbers.decimal(Msg.locale(), c.after(), 1))
                : msg.formatAll(key, c.line(), msg.money(c.before()), msg.money(c.after()));
    }

    /** What to do about a need not always hosted; empty when it is. */
    public String advice(Occupancy.NeedResult n) {
        String storage = n.storageMissing() > 0
                ? " " + msg.formatAll("economy.premises.advice.storage", area(n.storageMissing()))
                : "";
        return switch (n.reason()) {
            case NONE -> storage.trim();
            case CONFLICT ->
                msg.formatAll(
                                "economy.premises.advice.conflict",
                                Numbers.decimal(Msg.locale(), n.unmetHoursPerWeek(), 1),
                                String.join(", ", n.conflicts()))
                        + storage;
            case NO_SPACE ->
                (n.worksOn() != null
                                ? msg.formatAll("economy.premises.advice.works", n.worksOn(), msg.money(n.worksCost()))
                                : msg.formatAll("economy.premises.advice.rent", area(n.area())))
                        + storage;
        };
    }

    /** « 2,5 h par semaine » not hosted, or « – ». */
    public String unmet(Occupancy.NeedResult n) {
        return n.servedHours() == n.demandedHours()
                ? "–"
                : msg.format("economy.premises.hoursPerWeek", Numbers.decimal(Msg.locale(), n.unmetHoursPerWeek(), 1));
    }

    public String area(double m2) {
        return Numbers.withUnit(Msg.locale(), m2, 0, "m²");
    }

    /** A colour class for a share used: 0 (unused) to 4 (saturated). */
    public String level(double share) {
        int l = share <= 0 ? 0 : share < Occupancy.IDLE_SHARE ? 1 : share < 0.5 ? 2 : share < Occupancy.FULL ? 3 : 4;
        return "tl-occ-" + l;
    }

    /** What a screen reader reads for a space's weekly strip. */
    public String stripLabel(Occupancy.SpaceResult s) {
        int peakWeek = 0;
        for (int w = 0; w < s.weekly().length; w++) {
            if (s.weekly()[w] > s.weekly()[peakWeek]) {
                peakWeek = w;
            }
        }
        return msg.formatAll(
                "economy.premises.stripLabel",
                s.name(),
                msg.percent(s.average(), 0),
                msg.percent(s.peak(), 0),
                peakWeek + 1);
    }

    /** « S12, semaine du 22/03 : 45 % » for a cell of the strip. */
    public String weekTitle(Occupancy.SpaceResult s, int week) {
        LocalDate start = LocalDate.of(model.getSpec().startYear, 1, 1).plusWeeks(week);
        return msg.formatAll(
                "economy.premises.weekTitle",
                week + 1,
                String.format("%02d/%02d", start.getDayOfMonth(), start.getMonthValue()),
                msg.percent(s.weekly()[week], 0));
    }

    public List<Integer> getWeeks() {
        return IntStream.range(0, Occupancy.WEEKS).boxed().toList();
    }

    // ---- choices of the tables ------------------------------------------------------------------

    public Premises.SpaceUse[] getUses() {
        return Premises.SpaceUse.values();
    }

    public Premises.SpaceState[] getStates() {
        return Premises.SpaceState.values();
    }

    public Premises.Tenure[] getTenures() {
        return Premises.Tenure.values();
    }

    public List<Integer> getErpCategories() {
        return List.of(0, 1, 2, 3, 4, 5);
    }

    public String erpLabel(int category) {
        return category == 0
                ? msg.get("economy.premises.erp.none")
                : msg.format("economy.premises.erp.category", category);
    }

    /** Days as the values the checkboxes hold: « 1 » (Monday) to « 7 ». */
    public List<String> getDays() {
        return IntStream.rangeClosed(1, 7).mapToObj(String::valueOf).toList();
    }

    public String dayLabel(String day) {
        return DayOfWeek.of(Integer.parseInt(day)).getDisplayName(TextStyle.SHORT, Msg.locale());
    }

    public List<String> getMonths() {
        return IntStream.rangeClosed(1, 12).mapToObj(String::valueOf).toList();
    }

    public String monthLabel(String month) {
        return Month.of(Integer.parseInt(month)).getDisplayName(TextStyle.SHORT, Msg.locale());
    }

    /** The model's activities a need may cap, by name. */
    public List<String> getActivities() {
        return model.getSpec().activities.stream().map(a -> a.name).toList();
    }
}
