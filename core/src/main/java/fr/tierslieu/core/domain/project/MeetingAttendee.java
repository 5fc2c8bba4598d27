package fr.tierslieu.core.domain.project;

import fr.tierslieu.core.domain.actor.Actor;
import fr.tierslieu.core.domain.shared.Auditable;
import fr.tierslieu.core.domain.shared.WorkspaceScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** An actor invited to a meeting, present or not: the engagement history counts these. */
@Entity
@Table(name = "core_meeting_attendee")
public class MeetingAttendee extends WorkspaceScoped implements Auditable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_seq")
    @SequenceGenerator(name = "core_seq", sequenceName = "core_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @ManyToOne(optional = false)
    @JoinColumn(name = "actor_id", nullable = false)
    private Actor actor;

    @Column(name = "present", nullable = false)
    private boolean present;

    protected MeetingAttendee() {}

    public MeetingAttendee(Meeting meeting, Actor actor, boolean present) {
        this.meeting = meeting;
        this.actor = actor;
        this.present = present;
    }

    public void setPresent(boolean present) {
        this.present = present;
    }

    @Override
    public String auditLabel() {
        return actor.getName() + " – " + meeting.getTitle();
    }

    @Override
    public Long getId() {
        return id;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public Actor getActor() {
        return actor;
    }

    public boolean isPresent() {
        return present;
    }
}
