package fr.tierslieu.core.domain.impact;

import fr.tierslieu.core.domain.shared.Auditable;
import fr.tierslieu.core.domain.shared.WorkspaceScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * An indicator of the panorama: one of the common base (a {@link #getCode() code}, named by the
 * bundles, its unit one of {@link Unit}) or one the team defines (a name and a unit of its own).
 * A {@link #getSourceKey() source key} says it is computed from data already here (by the core or a
 * module); when no one computes it, it is entered like the others.
 */
@Entity
@Table(name = "core_indicator")
public class Indicator extends WorkspaceScoped implements Auditable {

    public static final int NAME_MAX = 120;
    public static final int UNIT_MAX = 40;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_seq")
    @SequenceGenerator(name = "core_seq", sequenceName = "core_seq", allocationSize = 50)
    private Long id;

    @Column(name = "code", length = 60, updatable = false)
    private String code;

    @Column(name = "name", length = NAME_MAX)
    private String name;

    @Column(name = "unit", nullable = false, length = UNIT_MAX)
    private String unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "theme", nullable = false, length = 20)
    private Theme theme;

    @Column(name = "target")
    private Double target;

    @Enumerated(EnumType.STRING)
    @Column(name = "frequency", nullable = false, length = 12)
    private Frequency frequency;

    @Column(name = "source_key", length = 80, updatable = false)
    private String sourceKey;

    @Column(name = "position", nullable = false)
    private int position;

    protected Indicator() {}

    /** One of the common base, as a new workspace receives it (no target yet). */
    public static Indicator common(
            String code, String unit, Theme theme, Frequency frequency, String sourceKey, int position) {
        Indicator i = new Indicator();
        i.code = code;
        i.unit = unit;
        i.theme = theme;
        i.frequency = frequency;
        i.sourceKey = sourceKey;
        i.position = position;
        return i;
    }

    /** One of the team's own. */
    public Indicator(String name, String unit, Double target, Frequency frequency, int position) {
        this.name = name;
        this.unit = unit;
        this.target = target;
        this.frequency = frequency;
        this.theme = Theme.CUSTOM;
        this.position = position;
    }

    public void define(String name, String unit, Double target, Frequency frequency) {
        if (isCommon()) {
            this.target = target;
            return;
        }
        this.name = name;
        this.unit = unit;
        this.target = target;
        this.frequency = frequency;
    }

    /** Part of the common base (it cannot be renamed or deleted; its target can change). */
    public boolean isCommon() {
        return code != null;
    }

    /** The unit as a constant of {@link Unit} for the common base, or null for the team's own. */
    public Unit commonUnit() {
        if (!isCommon()) {
            return null;
        }
        try {
            return Unit.valueOf(unit);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public String auditLabel() {
        return code != null ? code : name;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getUnit() {
        return unit;
    }

    public Theme getTheme() {
        return theme;
    }

    public Double getTarget() {
        return target;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public String getSourceKey() {
        return sourceKey;
    }

    public int getPosition() {
        return position;
    }
}
