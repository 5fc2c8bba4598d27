package fr.tierslieu.economy.web;

import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.ChartConfig;
import fr.tierslieu.core.web.support.FacesSupport;
import fr.tierslieu.economy.application.EconomyService;
import fr.tierslieu.economy.domain.Scenario;
import fr.tierslieu.economy.domain.Scenarios;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scenarios tab of the model page: the scenarios compared with the model, and the form that
 * edits the overrides of one scenario. The lists are read once per change of the assumptions.
 */
@Named
@ViewScoped
public class ScenariosBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ModelBacking model;

    @Inject
    EconomyService economy;

    @Inject
    Msg msg;

    private long seen = -1;
    private Long scenarioId;
    private Long scenarioVersion;
    private String scenarioName;
    private List<OverrideRow> overrides = new ArrayList<>();
    private transient List<Scenario> scenarios;
    private transient List<EconomyService.Comparison> comparison;
    private transient List<Scenarios.Assumption> assumptions;

    /** Drops what was computed from assumptions that have changed since. */
    private void sync() {
        if (seen != model.getRevision()) {
            seen = model.getRevision();
            scenarios = null;
            comparison = null;
            assumptions = null;
        }
    }

    public List<Scenario> getScenarios() {
        sync();
        if (scenarios == null) {
            scenarios = economy.scenarios(model.getId());
        }
        return scenarios;
    }

    public List<EconomyService.Comparison> getComparison() {
        sync();
        if (comparison == null) {
            comparison = economy.compare(model.getId(), Msg.locale());
        }
        return comparison;
    }

    public String scenarioFirstNegative(EconomyService.Comparison c) {
        if (c.forecast() == null) {
            return "";
        }
        return c.forecast().firstNegativeMonth() == null
                ? msg.get("economy.cash.never")
                : model.getSpec().monthLabel(c.forecast().firstNegativeMonth());
    }

    public String getComparisonChart() {
        List<EconomyService.Comparison> list = getComparison();
        if (list.isEmpty() || list.get(0).forecast() == null) {
            return "";
        }
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < list.get(0).forecast().monthlyCash().length; i++) {
            labels.add(model.getSpec().monthLabel(i + 1));
        }
        ChartConfig c = ChartConfig.of("line").labels(labels);
        for (int k = 0; k < list.size(); k++) {
            if (list.get(k).forecast() != null) {
                c.dataset(
                        list.get(k).name(),
                        Arrays.stream(list.get(k).forecast().monthlyCash())
                                .mapToObj(Math::round)
                                .toList(),
                        Map.of(
                                "borderColor",
                                ModelMessages.PALETTE[k % ModelMessages.PALETTE.length],
                                "pointRadius",
                                0,
                                "fill",
                                false));
            }
        }
        return c.option("maintainAspectRatio", false).toJson();
    }

    /** Assumptions the scenario form offers, labelled; from the saved model. */
    public List<Scenarios.Assumption> getAssumptions() {
        sync();
        if (assumptions == null) {
            assumptions = assumptionsOfSavedModel();
        }
        return assumptions;
    }

    private List<Scenarios.Assumption> assumptionsOfSavedModel() {
        return Scenarios.assumptions(economy.model(model.getId()).spec(), this::fieldName).stream()
                .filter(a -> !a.pointer().endsWith("/funderActorId"))
                .toList();
    }

    /** A field's label from the bundle ({@code economy.field.unitPrice}), or null when it has none. */
    private String fieldName(String field) {
        String text = msg.get("economy.field." + field);
        return text.startsWith("???") ? null : text;
    }

    public void newScenario() {
        scenarioId = null;
        scenarioVersion = null;
        scenarioName = "";
        overrides = new ArrayList<>();
        overrides.add(new OverrideRow());
    }

    public void editScenario(Scenario s) {
        scenarioId = s.getId();
        scenarioVersion = s.getVersion();
        scenarioName = s.getName();
        overrides = new ArrayList<>();
        s.overrides().forEach((k, v) -> {
            OverrideRow r = new OverrideRow();
            r.pointer = k;
            r.value = v;
            overrides.add(r);
        });
    }

    public void addOverride() {
        overrides.add(new OverrideRow());
    }

    public void removeOverride(int index) {
        if (index >= 0 && index < overrides.size()) {
            overrides.remove(index);
        }
    }

    public void saveScenario() {
        Map<String, Double> values = new LinkedHashMap<>();
        for (int i = 0; i < overrides.size(); i++) {
            OverrideRow r = overrides.get(i);
            if (r.pointer == null || r.pointer.isBlank()) {
                continue;
            }
            if (r.value == null) {
                FacesContext.getCurrentInstance()
                        .addMessage(
                                ModelBacking.FORM + ":tabs:overrides:" + i + ":overrideValue",
                                new FacesMessage(
                                        FacesMessage.SEVERITY_ERROR,
                                        msg.get("core.error.required"),
                                        msg.get("core.error.required")));
                FacesContext.getCurrentInstance().validationFailed();
                return;
            }
            values.put(r.pointer, r.value);
        }
        if (FacesSupport.attempt(
                msg,
                ModelBacking.FORM + ":tabs",
                () -> economy.saveScenario(
                        model.getId(), scenarioId, scenarioVersion, scenarioName, values, Msg.locale()))) {
            FacesSupport.info(msg.get("economy.saved"));
            scenarioId = null;
            scenarioName = null;
            overrides = new ArrayList<>();
            comparison = null;
            scenarios = null;
        }
    }

    public void deleteScenario(long scenario) {
        if (FacesSupport.attempt(msg, ModelBacking.FORM, () -> economy.deleteScenario(scenario))) {
            comparison = null;
            scenarios = null;
        }
    }

    public boolean isEditingScenario() {
        return scenarioName != null;
    }

    public String getScenarioName() {
        return scenarioName;
    }

    public void setScenarioName(String v) {
        scenarioName = v;
    }

    public List<OverrideRow> getOverrides() {
        return overrides;
    }

    /** A scenario override being edited: which assumption (JSON Pointer) and its value. */
    public static class OverrideRow implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        private String pointer;
        private Double value;

        public String getPointer() {
            return pointer;
        }

        public void setPointer(String pointer) {
            this.pointer = pointer;
        }

        public Double getValue() {
            return value;
        }

        public void setValue(Double value) {
            this.value = value;
        }
    }
}
