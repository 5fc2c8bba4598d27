package fr.tierslieu.core.web.impact;

import fr.tierslieu.core.application.impact.ImpactService;
import fr.tierslieu.core.domain.impact.Frequency;
import fr.tierslieu.core.domain.impact.Indicator;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The « Nouvel indicateur » form of the panorama: one of the team's own indicators (name, unit,
 * target, frequency), which the panorama then lists and selects.
 */
@Named
@RequestScoped
public class NewIndicatorBacking {

    @Inject
    ImpactService impact;

    @Inject
    ImpactBacking panorama;

    @Inject
    Msg msg;

    private String name;
    private String unit;
    private Double target;
    private Frequency frequency = Frequency.YEARLY;

    public void create() {
        long[] created = new long[1];
        if (FacesSupport.attempt(msg, "newIndicatorForm", () -> {
            Indicator i = impact.define(null, name, unit, target, frequency, Msg.locale());
            created[0] = i.getId();
        })) {
            FacesSupport.info(msg.get("core.impact.created"));
            name = null;
            unit = null;
            target = null;
            panorama.created(created[0]);
        }
    }

    public Frequency[] getFrequencies() {
        return Frequency.values();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public Double getTarget() {
        return target;
    }

    public void setTarget(Double target) {
        this.target = target;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public void setFrequency(Frequency frequency) {
        this.frequency = frequency;
    }
}
