package fr.tierslieu.governance.application;

import fr.tierslieu.governance.domain.LegalForm;
import fr.tierslieu.governance.domain.Renewal;
import fr.tierslieu.governance.domain.StatutesAnswers;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;

/** The answers of the statutes page as typed, checked by Bean Validation before they are kept. */
public class StatutesForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private Long version;

    @NotNull
    private LegalForm legalForm = LegalForm.ASSOCIATION;

    @Size(max = StatutesAnswers.NAME_MAX)
    private String name;

    @Size(max = StatutesAnswers.PURPOSE_MAX)
    private String purpose;

    @Size(max = StatutesAnswers.SEAT_MAX)
    private String seat;

    @Min(1)
    @Max(99)
    private Integer durationYears;

    @DecimalMin("0.01")
    @DecimalMax("1000000")
    @Digits(integer = 7, fraction = 2)
    private BigDecimal shareValue;

    @Min(1)
    @Max(100)
    private Integer boardMin;

    @Min(1)
    @Max(100)
    private Integer boardMax;

    private Renewal renewal;

    @DecimalMin("0")
    @DecimalMax("100000")
    @Digits(integer = 6, fraction = 2)
    private BigDecimal duesAmount;

    public static StatutesForm of(StatutesAnswers a) {
        StatutesForm f = new StatutesForm();
        f.version = a.getVersion();
        f.legalForm = a.getLegalForm();
        f.name = a.getName();
        f.purpose = a.getPurpose();
        f.seat = a.getSeat();
        f.durationYears = a.getDurationYears();
        f.shareValue = a.getShareValue();
        f.boardMin = a.getBoardMin();
        f.boardMax = a.getBoardMax();
        f.renewal = a.getRenewal();
        f.duesAmount = a.getDuesAmount();
        return f;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public LegalForm getLegalForm() {
        return legalForm;
    }

    public void setLegalForm(LegalForm legalForm) {
        this.legalForm = legalForm;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getSeat() {
        return seat;
    }

    public void setSeat(String seat) {
        this.seat = seat;
    }

    public Integer getDurationYears() {
        return durationYears;
    }

    public void setDurationYears(Integer durationYears) {
        this.durationYears = durationYears;
    }

    public BigDecimal getShareValue() {
        return shareValue;
    }

    public void setShareValue(BigDecimal shareValue) {
        this.shareValue = shareValue;
    }

    public Integer getBoardMin() {
        return boardMin;
    }

    public void setBoardMin(Integer boardMin) {
        this.boardMin = boardMin;
    }

    public Integer getBoardMax() {
        return boardMax;
    }

    public void setBoardMax(Integer boardMax) {
        this.boardMax = boardMax;
    }

    public Renewal getRenewal() {
        return renewal;
    }

    public void setRenewal(Renewal renewal) {
        this.renewal = renewal;
    }

    public BigDecimal getDuesAmount() {
        return duesAmount;
    }

    public void setDuesAmount(BigDecimal duesAmount) {
        this.duesAmount = duesAmount;
    }
}
