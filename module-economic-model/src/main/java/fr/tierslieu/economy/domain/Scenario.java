package fr.tierslieu.economy.domain;

import fr.tierslieu.core.domain.shared.Auditable;
import fr.tierslieu.core.domain.shared.WorkspaceScoped;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/** A variant of a model: the assumptions it overrides (JSON Pointer → number), see {@link Scenarios}. */
@Entity
@Table(name = "economy_scenario")
public class Scenario extends WorkspaceScoped implements Auditable {

    public static final int NAME_MAX = 120;
    /** Scenarios of one model, and overrides of one scenario, at most (page and REST). */
    public static final int MAX_PER_MODEL = 20;

    public static final int MAX_OVERRIDES = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "economy_seq")
    @SequenceGenerator(name = "economy_seq", sequenceName = "economy_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "model_id", nullable = false, updatable = false)
    private EconomicModel model;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "overrides", nullable = false, length = 100_000)
    private String overrides;

    protected Scenario() {}

    public Scenario(EconomicModel model, String name, Map<String, Double> overrides) {
        this.model = model;
        this.name = name;
        setOverrides(overrides);
    }

    public void rename(String name) {
        this.name = name;
    }

    public final void setOverrides(Map<String, Double> values) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        values.forEach((k, v) -> b.add(k, v));
        this.overrides = b.build().toString();
    }

    /** The overrides in the order they were given. */
    public Map<String, Double> overrides() {
        Map<String, Double> out = new LinkedHashMap<>();
        try (var reader = Json.createReader(new StringReader(overrides))) {
            reader.readObject().forEach((k, v) -> out.put(k, ((JsonNumber) v).doubleValue()));
        }
        return out;
    }

    @Override
    public String auditLabel() {
        return name;
    }

    @Override
    public Long getId() {
        return id;
    }

    public EconomicModel getModel() {
        return model;
    }

    public String getName() {
        return name;
    }
}
