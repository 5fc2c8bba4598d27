package fr.tierslieu.governance.domain;

import fr.tierslieu.core.domain.shared.Auditable;
import fr.tierslieu.core.domain.shared.BaseEntity;
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
public class Resolution extends BaseEntity implements Auditable {

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

    /** The tally's steps in the language of the person who recorded the vote, one per line. */
    @Column(name = "summary", length = TEXT_MAX)
    private String summary;

    protected Resolution() {
    }

    public Resolution(BodyMeeting meeting, int position, String title, String text, Majority majority) {
        this.meeting = meeting;
        this.position = position;
        this.title = title;
        this.text = text;
        this.majority = majority;
    }

    public void record(boolean adopted, String summary) {
        this.voted = true;
        this.adopted = adopted;
        this.summary = summary.length() > TEXT_MAX ? summary.substring(0, TEXT_MAX) : summary;
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

    public String getSummary() {
        return summary;
    }
}
