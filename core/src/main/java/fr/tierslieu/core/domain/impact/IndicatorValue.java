package fr.tierslieu.core.domain.impact;

import fr.tierslieu.core.domain.shared.Auditable;
import fr.tierslieu.core.domain.shared.WorkspaceScoped;
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
import java.time.Instant;

/** The figure of an indicator for a year, with where it comes from (« bilan 2026 », « feuille d'émargement »…). */
@Entity
@Table(name = "core_indicator_value")
public class IndicatorValue extends WorkspaceScoped implements Auditable {

    public static final int SOURCE_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_seq")
    @SequenceGenerator(name = "core_seq", sequenceName = "core_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicator_id", nullable = false, updatable = false)
    private Indicator indicator;

    @Column(name = "year_of", nullable = false, updatable = false)
    private int year;

    @Column(name = "figure", nullable = false)
    private double figure;

    @Column(name = "source", nullable = false, length = SOURCE_MAX)
    private String source;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    @Column(name = "entered_by", length = 100)
    private String enteredBy;

    protected IndicatorValue() {}

    public IndicatorValue(Indicator indicator, int year) {
        this.indicator = indicator;
        this.year = year;
    }

    public void enter(double figure, String source, Instant at, String by) {
        this.figure = figure;
        this.source = source;
        this.enteredAt = at;
        this.enteredBy = by;
    }

    @Override
    public String auditLabel() {
        return indicator.auditLabel() + " " + year;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Indicator getIndicator() {
        return indicator;
    }

    public int getYear() {
        return year;
    }

    public double getFigure() {
        return figure;
    }

    public String getSource() {
        return source;
    }

    public Instant getEnteredAt() {
        return enteredAt;
    }

    public String getEnteredBy() {
        return enteredBy;
    }
}
