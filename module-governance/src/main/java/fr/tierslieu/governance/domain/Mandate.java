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
import java.time.LocalDate;

/**
 * A seat in a body: an actor of the core registry (a person, or an organisation with its named
 * representative), its position, its college, and the dates of its mandate. The actor is referred
 * to by id: it lives in the core's persistence unit.
 */
@Entity
@Table(name = "governance_mandate")
public class Mandate extends WorkspaceScoped implements Auditable {

    public static final int REPRESENTATIVE_MAX = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "governance_seq")
    @SequenceGenerator(name = "governance_seq", sequenceName = "governance_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "body_id", nullable = false)
    private Body body;

    @Column(name = "actor_id", nullable = false)
    private long actorId;

    @Column(name = "representative", length = REPRESENTATIVE_MAX)
    private String representative;

    @Enumerated(EnumType.STRING)
    @Column(name = "position", nullable = false, length = 30)
    private MandatePosition position;

    @ManyToOne
    @JoinColumn(name = "college_id")
    private VotingCollege college;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    protected Mandate() {}

    public Mandate(
            Body body,
            long actorId,
            String representative,
            MandatePosition position,
            VotingCollege college,
            LocalDate startDate,
            LocalDate endDate) {
        this.body = body;
        this.actorId = actorId;
        this.representative = representative;
        this.position = position;
        this.college = college;
        this.startDate = startDate;
        this.endDate = endDate;
    }

    /** Whether the mandate runs on that day. */
    public boolean activeOn(LocalDate day) {
        return !startDate.isAfter(day) && (endDate == null || !endDate.isBefore(day));
    }

    public void end(LocalDate on) {
        this.endDate = on;
    }

    @Override
    public String auditLabel() {
        return body.getName() + " – " + actorId + " – " + position;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Body getBody() {
        return body;
    }

    public long getActorId() {
        return actorId;
    }

    public String getRepresentative() {
        return representative;
    }

    public MandatePosition getPosition() {
        return position;
    }

    public VotingCollege getCollege() {
        return college;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }
}
