package fr.tierslieu.economy.domain;

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
import java.math.BigDecimal;
import java.time.YearMonth;

/** An actual figure of one line of the compte de résultat for one month, to compare with the forecast. */
@Entity
@Table(name = "economy_actual")
public class Actual extends WorkspaceScoped implements Auditable {

    /**
     * The lines of the compte de résultat actual figures are kept for (charges as positive amounts):
     * 70 sales (and other own resources), 74 operating subsidies, 756 dues, 60–62 purchases and
     * external charges, 63 taxes, 64 staff, 65 other current charges, 68 depreciation, 66 financial.
     */
    public enum Line {
        SALES,
        OPERATING_SUBSIDIES,
        PURCHASES_EXTERNAL,
        STAFF,
        DEPRECIATION,
        FINANCIAL,
        DUES,
        TAXES,
        OTHER_CHARGES
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "economy_seq")
    @SequenceGenerator(name = "economy_seq", sequenceName = "economy_seq", allocationSize = 50)
    private Long id;

    @Column(name = "model_id", nullable = false, updatable = false)
    private Long modelId;

    @Enumerated(EnumType.STRING)
    @Column(name = "line", nullable = false, length = 30, updatable = false)
    private Line line;

    @Column(name = "period", nullable = false, length = 7, updatable = false)
    private String period;

    @Column(name = "amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    protected Actual() {}

    public Actual(long modelId, Line line, YearMonth period, BigDecimal amount) {
        this.modelId = modelId;
        this.line = line;
        this.period = period.toString();
        this.amount = amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    @Override
    public String auditLabel() {
        return line + " " + period;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Long getModelId() {
        return modelId;
    }

    public Line getLine() {
        return line;
    }

    public YearMonth getPeriod() {
        return YearMonth.parse(period);
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
