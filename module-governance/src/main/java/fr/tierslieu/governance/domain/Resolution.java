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

/** A resolution put to the vote at a meeting, with its result once voted (a decision of the register). */
@Entity
@Table(name = "governance_resolution")
public class Resolution extends WorkspaceScoped implements Auditable {

    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "governance_seq")
    @SequenceGenerator(name = "governance_seq", sequenceName = "governance_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private BodyMeeting meeting;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "text", length = TEXT_MAX)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "majority", nullable = false, length = 20)
    private Majority majority;

    @Column(name = "voted", nullable = false)
    private boolean voted;

    @Column(name = "adopted", nullable = false)
    private boolean adopted;

    /** Room for the largest tally (1,000 members, each with a proxy step and an objection). */
    public static final int STEPS_MAX = 400_000;

    /**
     * Votes recorded before tally steps were kept as data: the steps in the language of the person
     * who recorded the vote, one per line. Null for votes recorded since.
     */
    @Column(name = "summary", length = TEXT_MAX)
    private String summary;

    /** The tally's steps as message keys and arguments (JSON, see {@link TallySteps}), formatted when read. */
    @Column(name = "tally_steps", length = STEPS_MAX)
    private String tallySteps;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "decision_kind", nullable = false, length = 20)
    private DecisionKind kind = DecisionKind.ORDINARY;

    protected Resolution() {}

    public Resolution(BodyMeeting meeting, int position, String title, String text, Majority majority) {
        this.meeting = meeting;
        this.position = position;
        this.title = title;
        this.text = text;
        this.majority = majority;
    }

    public Resolution(
            BodyMeeting meeting, int position, String title, String text, Majority majority, DecisionKind kind) {
        this(meeting, position, title, text, majority);
        this.kind = kind == null ? DecisionKind.ORDINARY : kind;
    }

    public DecisionKind getKind() {
        return kind;
    }

    public void record(TallyResult result) {
        this.voted = true;
        this.adopted = result.adopted();
        this.summary = null;
        this.tallySteps = TallySteps.toJson(result.steps(), STEPS_MAX);
    }

    @Override
    public String auditLabel() {
        return title;
    }

    @Override
    public Long getId() {
        return id;
    }

    public BodyMeeting getMeeting() {
        return meeting;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public String getText() {
        return text;
    }

    public Majority getMajority() {
        return majority;
    }

    public boolean isVoted() {
        return voted;
    }

    public boolean isAdopted() {
        return adopted;
    }

    /** The text kept for a vote recorded before steps were stored as data, else null. */
    public String getSummary() {
        return summary;
    }

    /** The tally's steps (empty for a vote recorded before they were kept as data). */
    public java.util.List<TallyResult.Step> getTallySteps() {
        return TallySteps.fromJson(tallySteps);
    }
}
