package fr.tierslieu.economy.web;

import fr.tierslieu.core.web.i18n.Msg;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/**
 * The « Ajouter » and « × » buttons of the assumptions tab: a row added to or removed from one
 * section of the model being edited ({@link ModelBacking}), whose forecast follows at once.
 */
@Named
@RequestScoped
public class AssumptionRowsBacking {

    /** The name a new row of each section starts with (« Activité 3 »). */
    static final Map<String, String> NEW_ROW = Map.of(
            "activities",
            "economy.new.activity",
            "fixedCosts",
            "economy.new.cost",
            "staff",
            "economy.new.staff",
            "subsidies",
            "economy.new.subsidy",
            "loans",
            "economy.new.loan",
            "investments",
            "economy.new.investment",
            "inKind",
            "economy.new.inKind",
            "ownFunds",
            "economy.new.ownFunds",
            "spaces",
            "economy.new.space",
            "needs",
            "economy.new.need");

    @Inject
    ModelBacking model;

    @Inject
    Msg msg;

    /** Adds a row to a section ({@code activities}, {@code fixedCosts}…). */
    public void add(String section) {
        model.getSpec().addRow(section, msg.get(NEW_ROW.get(section)));
        model.changed();
    }

    /** Removes row {@code index} of a section. */
    public void remove(String section, int index) {
        model.getSpec().removeRow(section, index);
        model.changed();
    }
}
