package fr.tierslieu.governance.application;

import static fr.tierslieu.core.application.i18n.Validation.REQUIRED;
import static fr.tierslieu.core.application.i18n.Validation.TOO_LONG;

import fr.tierslieu.governance.domain.Body;
import fr.tierslieu.governance.domain.BodyKind;
import fr.tierslieu.governance.domain.Majority;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;

/** The body form: what the statutes say about it, each limit a constraint checked before anything is kept. */
public class BodyDraft implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final String QUORUM = "{governance.body.error.quorum}";
    private static final String PROXIES = "{governance.body.error.proxies}";
    private static final String NOTICE = "{governance.body.error.notice}";
    private static final String YEARS = "{governance.body.error.years}";

    private Long id;
    private Long version;

    @jakarta.validation.constraints.NotBlank(message = REQUIRED)
    @jakarta.validation.constraints.Size(max = fr.tierslieu.governance.domain.Body.NAME_MAX, message = TOO_LONG)
    private String name;

    @jakarta.validation.constraints.NotNull(message = REQUIRED)
    private BodyKind kind = BodyKind.BOARD;

    private Long parentId;

    @jakarta.validation.constraints.NotNull(message = QUORUM)
    @jakarta.validation.constraints.DecimalMin(value = "0", message = QUORUM)
    @jakarta.validation.constraints.DecimalMax(value = "100", message = QUORUM)
    private BigDecimal quorumFirst = new BigDecimal("50");

    @jakarta.validation.constraints.NotNull(message = QUORUM)
    @jakarta.validation.constraints.DecimalMin(value = "0", message = QUORUM)
    @jakarta.validation.constraints.DecimalMax(value = "100", message = QUORUM)
    private BigDecimal quorumSecond = BigDecimal.ZERO;

    @jakarta.validation.constraints.NotNull(message = REQUIRED)
    private Majority majority = Majority.SIMPLE;

    @jakarta.validation.constraints.NotNull(message = PROXIES)
    @jakarta.validation.constraints.Min(value = 0, message = PROXIES)
    @jakarta.validation.constraints.Max(value = 99, message = PROXIES)
    private Integer maxProxies = 1;

    @jakarta.validation.constraints.NotNull(message = NOTICE)
    @jakarta.validation.constraints.Min(value = 0, message = NOTICE)
    @jakarta.validation.constraints.Max(value = 365, message = NOTICE)
    private Integer noticeDays = 15;

    private boolean weighted;
    private boolean duesRequired;
    private boolean correspondenceAllowed;
    private fr.tierslieu.governance.domain.MajorityBase statutesBase;
    private fr.tierslieu.governance.domain.MajorityBase dissolutionBase;
    private fr.tierslieu.governance.domain.MajorityBase exclusionBase;
    private fr.tierslieu.governance.domain.MajorityBase majorityBase;

    @jakarta.validation.constraints.Min(value = 1, message = YEARS)
    @jakarta.validation.constraints.Max(value = 12, message = YEARS)
    private Integer mandateYears;

    @jakarta.validation.constraints.Size(max = fr.tierslieu.governance.domain.Body.RULE_MAX, message = TOO_LONG)
    private String renewalRule;

    public static BodyDraft of(Body b) {
        BodyDraft d = new BodyDraft();
        d.id = b.getId();
        d.version = b.getVersion();
        d.name = b.getName();
        d.kind = b.getKind();
        d.parentId = b.getParent() == null ? null : b.getParent().getId();
        d.quorumFirst = b.getQuorumFirst();
        d.quorumSecond = b.getQuorumSecond();
        d.majority = b.getMajority();
        d.maxProxies = b.getMaxProxies();
        d.noticeDays = b.getNoticeDays();
        d.weighted = b.isWeighted();
        d.duesRequired = b.isDuesRequired();
        d.correspondenceAllowed = b.isCorrespondenceAllowed();
        d.statutesBase = b.ownBaseFor(fr.tierslieu.governance.domain.DecisionKind.STATUTES);
        d.dissolutionBase = b.ownBaseFor(fr.tierslieu.governance.domain.DecisionKind.DISSOLUTION);
        d.exclusionBase = b.ownBaseFor(fr.tierslieu.governance.domain.DecisionKind.EXCLUSION);
        d.majorityBase = b.getMajorityBase();
        d.mandateYears = b.getMandateYears();
        d.renewalRule = b.getRenewalRule();
        return d;
    }

    public Long getId() {
        return id;
    }

    public Long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public BodyKind getKind() {
        return kind;
    }

    public void setKind(BodyKind kind) {
        this.kind = kind;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public BigDecimal getQuorumFirst() {
        return quorumFirst;
    }

    public void setQuorumFirst(BigDecimal quorumFirst) {
        this.quorumFirst = quorumFirst;
    }

    public BigDecimal getQuorumSecond() {
        return quorumSecond;
    }

    public void setQuorumSecond(BigDecimal quorumSecond) {
        this.quorumSecond = quorumSecond;
    }

    public Majority getMajority() {
        return majority;
    }

    public void setMajority(Majority majority) {
        this.majority = majority;
    }

    public Integer getMaxProxies() {
        return maxProxies;
    }

    public void setMaxProxies(Integer maxProxies) {
        this.maxProxies = maxProxies;
    }

    public Integer getNoticeDays() {
        return noticeDays;
    }

    public void setNoticeDays(Integer noticeDays) {
        this.noticeDays = noticeDays;
    }

    public fr.tierslieu.governance.domain.MajorityBase getMajorityBase() {
        return majorityBase;
    }

    public void setMajorityBase(fr.tierslieu.governance.domain.MajorityBase majorityBase) {
        this.majorityBase = majorityBase;
    }

    public fr.tierslieu.governance.domain.MajorityBase getStatutesBase() {
        return statutesBase;
    }

    public void setStatutesBase(fr.tierslieu.governance.domain.MajorityBase statutesBase) {
        this.statutesBase = statutesBase;
    }

    public fr.tierslieu.governance.domain.MajorityBase getDissolutionBase() {
        return dissolutionBase;
    }

    public void setDissolutionBase(fr.tierslieu.governance.domain.MajorityBase dissolutionBase) {
        this.dissolutionBase = dissolutionBase;
    }

    public fr.tierslieu.governance.domain.MajorityBase getExclusionBase() {
        return exclusionBase;
    }

    public void setExclusionBase(fr.tierslieu.governance.domain.MajorityBase exclusionBase) {
        this.exclusionBase = exclusionBase;
    }

    public boolean isCorrespondenceAllowed() {
        return correspondenceAllowed;
    }

    public void setCorrespondenceAllowed(boolean correspondenceAllowed) {
        this.correspondenceAllowed = correspondenceAllowed;
    }

    public boolean isDuesRequired() {
        return duesRequired;
    }

    public void setDuesRequired(boolean duesRequired) {
        this.duesRequired = duesRequired;
    }

    public boolean isWeighted() {
        return weighted;
    }

    public void setWeighted(boolean weighted) {
        this.weighted = weighted;
    }

    public Integer getMandateYears() {
        return mandateYears;
    }

    public void setMandateYears(Integer mandateYears) {
        this.mandateYears = mandateYears;
    }

    public String getRenewalRule() {
        return renewalRule;
    }

    public void setRenewalRule(String renewalRule) {
        this.renewalRule = renewalRule;
    }
}
