package fr.tierslieu.governance.domain;

import fr.tierslieu.core.domain.shared.Auditable;
import fr.tierslieu.core.domain.shared.WorkspaceScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * A governance body (assemblée générale, conseil d'administration, bureau, COPIL, commission),
 * nested in another where it is, with the rules of its statutes: quorum at the first and second
 * convocation, majority, proxies per member, notice period, colleges or not, mandate length and
 * renewal rule.
 */
@Entity
@Table(name = "governance_body")
public class Body extends WorkspaceScoped implements Auditable {

    public static final int NAME_MAX = 120;
    public static final int RULE_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "governance_seq")
    @SequenceGenerator(name = "governance_seq", sequenceName = "governance_seq", allocationSize = 50)
    private Long id;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private BodyKind kind;

    @ManyToOne
    @JoinColumn(name = "parent_id")
    private Body parent;

    @Column(name = "quorum_first", nullable = false, precision = 5, scale = 2)
    private BigDecimal quorumFirst = BigDecimal.ZERO;

    @Column(name = "quorum_second", nullable = false, precision = 5, scale = 2)
    private BigDecimal quorumSecond = BigDecimal.ZERO;

    @Enumerated(EnumType.STRING)
    @Column(name = "majority", nullable = false, length = 20)
    private Majority majority = Majority.SIMPLE;

    @Column(name = "max_proxies", nullable = false)
    private int maxProxies;

    @Column(name = "notice_days", nullable = false)
    private int noticeDays;

    @Column(name = "weighted", nullable = false)
    private boolean weighted;

    /** The statutes let only members up to date with their dues vote (general assemblies from the register). */
    @Column(name = "dues_required", nullable = false)
    private boolean duesRequired;

    /** The statutes allow voting by correspondence; such votes count for the quorum. */
    @Column(name = "correspondence_allowed", nullable = false)
    private boolean correspondenceAllowed;

    /** What the statutes count an absolute or two-thirds majority over; null for the usual base. */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "majority_base", length = 30)
    private MajorityBase majorityBase;

    /** The base of a change of statutes, a dissolution and an exclusion; null: the usual one. */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "statutes_base", length = 30)
    private MajorityBase statutesBase;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "dissolution_base", length = 30)
    private MajorityBase dissolutionBase;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "exclusion_base", length = 30)
    private MajorityBase exclusionBase;

    @Column(name = "mandate_years")
    private Integer mandateYears;

    @Column(name = "renewal_rule", length = RULE_MAX)
    private String renewalRule;

    /** The core project this body governs (its meetings go on that roadmap), or null. */
    @Column(name = "project_id")
    private Long projectId;

    protected Body() {}

    public Body(String name, BodyKind kind) {
        this.name = name;
        this.kind = kind;
    }

    public void describe(
            String name,
            BodyKind kind,
            Body parent,
            BigDecimal quorumFirst,
            BigDecimal quorumSecond,
            Majority majority,
            int maxProxies,
            int noticeDays,
            boolean weighted,
            Integer mandateYears,
            String renewalRule) {
        this.name = name;
        this.kind = kind;
        this.parent = parent;
        this.quorumFirst = quorumFirst;
        this.quorumSecond = quorumSecond;
        this.majority = majority;
        this.maxProxies = maxProxies;
        this.noticeDays = noticeDays;
        this.weighted = weighted;
        this.mandateYears = mandateYears;
        this.renewalRule = renewalRule;
    }

    public void governs(Long projectId) {
        this.projectId = projectId;
    }

    public Long getProjectId() {
        return projectId;
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

    public BodyKind getKind() {
        return kind;
    }

    public Body getParent() {
        return parent;
    }

    public BigDecimal getQuorumFirst() {
        return quorumFirst;
    }

    public BigDecimal getQuorumSecond() {
        return quorumSecond;
    }

    public Majority getMajority() {
        return majority;
    }

    public int getMaxProxies() {
        return maxProxies;
    }

    public int getNoticeDays() {
        return noticeDays;
    }

    public boolean isCorrespondenceAllowed() {
        return correspondenceAllowed;
    }

    public void allowCorrespondence(boolean allowed) {
        this.correspondenceAllowed = allowed;
    }

    public boolean isDuesRequired() {
        return duesRequired;
    }

    public void requireDues(boolean required) {
        this.duesRequired = required;
    }

    public MajorityBase getMajorityBase() {
        return majorityBase;
    }

    public void countMajorityOver(MajorityBase base) {
        this.majorityBase = base;
    }

    /** Sets the base of one kind of decision (null: the body's usual base). */
    public void countMajorityOver(DecisionKind kind, MajorityBase base) {
        switch (kind) {
            case ORDINARY -> this.majorityBase = base;
            case STATUTES -> this.statutesBase = base;
            case DISSOLUTION -> this.dissolutionBase = base;
            case EXCLUSION -> this.exclusionBase = base;
        }
    }

    /** The base the statutes set for this kind of decision, or the body's usual one (which may be null). */
    public MajorityBase baseFor(DecisionKind kind) {
        MajorityBase own = switch (kind) {
            case ORDINARY -> null;
            case STATUTES -> statutesBase;
            case DISSOLUTION -> dissolutionBase;
            case EXCLUSION -> exclusionBase;
        };
        return own == null ? majorityBase : own;
    }

    /** The base set for this kind itself (null when it follows the usual one): for the form. */
    public MajorityBase ownBaseFor(DecisionKind kind) {
        return switch (kind) {
            case ORDINARY -> majorityBase;
            case STATUTES -> statutesBase;
            case DISSOLUTION -> dissolutionBase;
            case EXCLUSION -> exclusionBase;
        };
    }

    public boolean isWeighted() {
        return weighted;
    }

    public Integer getMandateYears() {
        return mandateYears;
    }

    public String getRenewalRule() {
        return renewalRule;
    }
}
