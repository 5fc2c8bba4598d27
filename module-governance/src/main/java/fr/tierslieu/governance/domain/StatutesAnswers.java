package fr.tierslieu.governance.domain;

import fr.tierslieu.core.domain.shared.Auditable;
import fr.tierslieu.core.domain.shared.WorkspaceScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * What the draft statutes need that the register, the colleges and the bodies do not say: the
 * structure's name, purpose, seat and duration, the legal form drafted, the value of a share, the
 * board's size and renewal, the yearly dues. One row per workspace, whose id is the workspace's;
 * empty answers leave their articles flagged.
 */
@Entity
@Table(name = "governance_statutes")
public class StatutesAnswers extends WorkspaceScoped implements Auditable {

    public static final int NAME_MAX = 200;
    public static final int PURPOSE_MAX = 2000;
    public static final int SEAT_MAX = 300;

    @Id
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_form", nullable = false, length = 20)
    private LegalForm legalForm = LegalForm.ASSOCIATION;

    @Column(name = "name", length = NAME_MAX)
    private String name;

    @Column(name = "purpose", length = PURPOSE_MAX)
    private String purpose;

    @Column(name = "seat", length = SEAT_MAX)
    private String seat;

    /** Years; null: unlimited (an association) or still to choose (a company). */
    @Column(name = "duration_years")
    private Integer durationYears;

    @Column(name = "share_value", precision = 12, scale = 2)
    private BigDecimal shareValue;

    @Column(name = "board_min")
    private Integer boardMin;

    @Column(name = "board_max")
    private Integer boardMax;

    @Enumerated(EnumType.STRING)
    @Column(name = "renewal", length = 10)
    private Renewal renewal;

    @Column(name = "dues_amount", precision = 10, scale = 2)
    private BigDecimal duesAmount;

    protected StatutesAnswers() {}

    /** The answers of workspace {@code workspaceId} (one row each, keyed by it). */
    public StatutesAnswers(long workspaceId) {
        this.id = workspaceId;
    }

    @Override
    public String auditLabel() {
        return name == null ? "statuts" : "statuts – " + name;
    }

    @Override
    public Long getId() {
        return id;
    }

    /** Records the answers (checked by the service). */
    @SuppressWarnings("java:S107")
    public void answer(
            LegalForm legalForm,
            String name,
            String purpose,
            String seat,
            Integer durationYears,
            BigDecimal shareValue,
            Integer boardMin,
            Integer boardMax,
            Renewal renewal,
            BigDecimal duesAmount) {
        this.legalForm = legalForm;
        this.name = name;
        this.purpose = purpose;
        this.seat = seat;
        this.durationYears = durationYears;
        this.shareValue = shareValue;
        this.boardMin = boardMin;
        this.boardMax = boardMax;
        this.renewal = renewal;
        this.duesAmount = duesAmount;
    }

    public LegalForm getLegalForm() {
        return legalForm;
    }

    public String getName() {
        return name;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getSeat() {
        return seat;
    }

    public Integer getDurationYears() {
        return durationYears;
    }

    public BigDecimal getShareValue() {
        return shareValue;
    }

    public Integer getBoardMin() {
        return boardMin;
    }

    public Integer getBoardMax() {
        return boardMax;
    }

    public Renewal getRenewal() {
        return renewal;
    }

    public BigDecimal getDuesAmount() {
        return duesAmount;
    }
}
