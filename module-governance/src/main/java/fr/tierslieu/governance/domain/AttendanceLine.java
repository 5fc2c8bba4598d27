package fr.tierslieu.governance.domain;

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

/** One line of a meeting's attendance sheet: present, or absent with a proxy to a present member. */
@Entity
@Table(name = "governance_attendance")
public class AttendanceLine extends WorkspaceScoped implements Auditable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "governance_seq")
    @SequenceGenerator(name = "governance_seq", sequenceName = "governance_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private BodyMeeting meeting;

    @Column(name = "actor_id", nullable = false)
    private long actorId;

    @Column(name = "present", nullable = false)
    private boolean present;

    @Column(name = "proxy_to_id")
    private Long proxyTo;

    /** Voted by correspondence (or online) before the meeting: counts for the quorum, cannot hold a proxy. */
    @Column(name = "by_correspondence", nullable = false)
    private boolean byCorrespondence;

    protected AttendanceLine() {}

    public AttendanceLine(BodyMeeting meeting, long actorId) {
        this.meeting = meeting;
        this.actorId = actorId;
    }

    /** Its proxy holder is gone (deleted from the registry): the proxy is void. */
    public void clearProxy() {
        this.proxyTo = null;
    }

    public void mark(boolean present, Long proxyTo) {
        this.present = present;
        this.proxyTo = present ? null : proxyTo;
        if (present || proxyTo != null) {
            this.byCorrespondence = false;
        }
    }

    /** Records that the member voted by correspondence (absent, no proxy), or undoes it. */
    public void markByCorrespondence(boolean byCorrespondence) {
        this.byCorrespondence = byCorrespondence;
        if (byCorrespondence) {
            this.present = false;
            this.proxyTo = null;
        }
    }

    public boolean isByCorrespondence() {
        return byCorrespondence;
    }

    /** Counts for the quorum and may vote: present in person or by correspondence. */
    public boolean counts() {
        return present || byCorrespondence;
    }

    @Override
    public String auditLabel() {
        return meeting.getTitle() + " – " + actorId;
    }

    @Override
    public Long getId() {
        return id;
    }

    public BodyMeeting getMeeting() {
        return meeting;
    }

    public long getActorId() {
        return actorId;
    }

    public boolean isPresent() {
        return present;
    }

    public Long getProxyTo() {
        return proxyTo;
    }
}
