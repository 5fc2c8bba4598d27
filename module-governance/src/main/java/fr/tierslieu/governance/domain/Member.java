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
import java.time.LocalDate;

/**
 * A line of the register of members: an actor of the core registry (a person, or an organisation
 * with its named representative) who is a member from {@code joinedOn} until {@code leftOn}, in a
 * category, with or without a voting right per the statutes, in a college, with the cooperative
 * shares and capital of a SCIC's associate. The actor is referred to by id: it lives in the core's
 * persistence unit.
 */
@Entity
@Table(name = "governance_member")
public class Member extends WorkspaceScoped implements Auditable {

    public static final int REPRESENTATIVE_MAX = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "governance_seq")
    @SequenceGenerator(name = "governance_seq", sequenceName = "governance_seq", allocationSize = 50)
    private Long id;

    @Column(name = "actor_id", nullable = false, updatable = false)
    private long actorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 30)
    private MemberCategory category;

    @Column(name = "representative", length = REPRESENTATIVE_MAX)
    private String representative;

    @Column(name = "joined_on", nullable = false)
    private LocalDate joinedOn;

    @Column(name = "left_on")
    private LocalDate leftOn;

    /** The general assembly that approved the entry, and the one that approved the exit (ids of governance meetings). */
    @Column(name = "entry_meeting_id")
    private Long entryMeetingId;

    @Column(name = "exit_meeting_id")
    private Long exitMeetingId;

    @Column(name = "voting", nullable = false)
    private boolean voting;

    @ManyToOne
    @JoinColumn(name = "college_id")
    private VotingCollege college;

    @Column(name = "shares", nullable = false)
    private int shares;

    @Column(name = "capital_subscribed", nullable = false, precision = 12, scale = 2)
    private BigDecimal capitalSubscribed = BigDecimal.ZERO;

    @Column(name = "capital_paid", nullable = false, precision = 12, scale = 2)
    private BigDecimal capitalPaid = BigDecimal.ZERO;

    protected Member() {}

    public Member(
            long actorId,
            MemberCategory category,
            String representative,
            LocalDate joinedOn,
            boolean voting,
            VotingCollege college,
            int shares,
            BigDecimal capitalSubscribed,
            BigDecimal capitalPaid) {
        this.actorId = actorId;
        this.category = category;
        this.representative = representative;
        this.joinedOn = joinedOn;
        this.voting = voting;
        this.college = college;
        this.shares = shares;
        this.capitalSubscribed = capitalSubscribed;
        this.capitalPaid = capitalPaid;
    }

    /** Whether the actor is a member on that day (joined on or before it, not left before it). */
    public boolean memberOn(LocalDate day) {
        return !joinedOn.isAfter(day) && (leftOn == null || !leftOn.isBefore(day));
    }

    public void leave(LocalDate on) {
        this.leftOn = on;
    }

    /** Records (or clears, with null) the general assembly that approved the entry or the exit. */
    public void approvedBy(boolean exit, Long meetingId) {
        if (exit) {
            this.exitMeetingId = meetingId;
        } else {
            this.entryMeetingId = meetingId;
        }
    }

    public Long getEntryMeetingId() {
        return entryMeetingId;
    }

    public Long getExitMeetingId() {
        return exitMeetingId;
    }

    @Override
    public String auditLabel() {
        return "member " + actorId + " " + category;
    }

    @Override
    public Long getId() {
        return id;
    }

    public long getActorId() {
        return actorId;
    }

    public MemberCategory getCategory() {
        return category;
    }

    public String getRepresentative() {
        return representative;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }

    public boolean isVoting() {
        return voting;
    }

    public VotingCollege getCollege() {
        return college;
    }

    public int getShares() {
        return shares;
    }

    public BigDecimal getCapitalSubscribed() {
        return capitalSubscribed;
    }

    public BigDecimal getCapitalPaid() {
        return capitalPaid;
    }
}
