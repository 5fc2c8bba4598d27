package fr.tierslieu.economy.domain;

import fr.tierslieu.core.domain.shared.Auditable;
import fr.tierslieu.core.domain.shared.WorkspaceScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A stored economic model: a name, the project it belongs to (optional), and its assumptions as
 * the JSON document of {@link ModelSpec} (see {@link ModelJson}). "Illustrative" marks figures that
 * are examples (the demo), so that nobody mistakes them for a real budget.
 */
@Entity
@Table(name = "economy_model")
public class EconomicModel extends WorkspaceScoped implements Auditable {

    public static final int NAME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "economy_seq")
    @SequenceGenerator(name = "economy_seq", sequenceName = "economy_seq", allocationSize = 50)
    private Long id;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "project_id")
    private Long projectId;

    @Column(name = "illustrative", nullable = false)
    private boolean illustrative;

    @Column(name = "assumptions", nullable = false, length = 1_000_000)
    private String assumptions;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected EconomicModel() {}

    public EconomicModel(String name, Long projectId, boolean illustrative, ModelSpec spec, Instant now) {
        this.name = name;
        this.projectId = projectId;
        this.illustrative = illustrative;
        change(spec, now);
    }

    /** The project was deleted: the model stays, attached to no project. */
    public void forgetProject() {
        this.projectId = null;
    }

    public void rename(String name, Long projectId, boolean illustrative) {
        this.name = name;
        this.projectId = projectId;
        this.illustrative = illustrative;
    }

    public void change(ModelSpec spec, Instant now) {
        this.assumptions = ModelJson.write(spec);
        this.updatedAt = now;
    }

    /** A fresh copy of the assumptions, free to edit. */
    public ModelSpec spec() {
        return ModelJson.read(assumptions);
    }

    @Override
    public String auditLabel() {
        return name;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Long getProjectId() {
        return projectId;
    }

    public boolean isIllustrative() {
        return illustrative;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
