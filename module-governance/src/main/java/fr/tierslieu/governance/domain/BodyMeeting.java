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
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A meeting of a body: convocation (agenda, date, place, date sent), minutes. */
@Entity
@Table(name = "governance_meeting")
public class BodyMeeting extends WorkspaceScoped implements Auditable {

    public static final int TITLE_MAX = 200;
    public static final int PLACE_MAX = 200;
    public static final int AGENDA_MAX = 4000;
    public static final int MINUTES_MAX = 20000;
    public static final int ACCOUNT_MAX = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "governance_seq")
    @SequenceGenerator(name = "governance_seq", sequenceName = "governance_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "body_id", nullable = false)
    private Body body;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "place", length = PLACE_MAX)
    private String place;

    @Column(name = "agenda", length = AGENDA_MAX)
    private String agenda;

    @Column(name = "convened_on")
    private LocalDate convenedOn;

    @Column(name = "second_convocation", nullable = false)
    private boolean secondConvocation;

    @Column(name = "minutes", length = MINUTES_MAX)
    private String minutes;

    /** Président(e) de séance: an actor present at the meeting (null until chosen). */
    @Column(name = "chair_actor_id")
    private Long chairActorId;

    /** Secrétaire de séance: another actor present (null until chosen). */
    @Column(name = "secretary_actor_id")
    private Long secretaryActorId;

    /** When and with which account the président(e) de séance signed the minutes (null until then). */
    @Column(name = "chair_signed_at")
    private LocalDateTime chairSignedAt;

    @Column(name = "chair_signed_by", length = ACCOUNT_MAX)
    private String chairSignedBy;

    @Column(name = "secretary_signed_at")
    private LocalDateTime secretarySignedAt;

    @Column(name = "secretary_signed_by", length = ACCOUNT_MAX)
    private String secretarySignedBy;

    protected BodyMeeting() {}

    public BodyMeeting(Body body, String title, LocalDateTime startsAt) {
        this.body = body;
        this.title = title;
        this.startsAt = startsAt;
    }

    public void describe(
            String title,
            LocalDateTime startsAt,
            String place,
            String agenda,
            LocalDate convenedOn,
            boolean secondConvocation,
            String minutes) {
        this.title = title;
        this.startsAt = startsAt;
        this.place = place;
        this.agenda = agenda;
        this.convenedOn = convenedOn;
        this.secondConvocation = secondConvocation;
        this.minutes = minutes;
    }

    /** Days between the convocation and the meeting, or null when not convened yet. */
    public Long noticeGiven() {
        return convenedOn == null
                ? null
                : java.time.temporal.ChronoUnit.DAYS.between(convenedOn, startsAt.toLocalDate());
    }

    /** The last day the convocation may leave for the statutes' notice period to be respected. */
    public LocalDate conveneBy() {
        return startsAt.toLocalDate().minusDays(body.getNoticeDays());
    }

    /** The convocation has just been sent (by e-mail through the outbox). */
    public void convened(LocalDate on) {
        this.convenedOn = on;
    }

    /** The convocation was sent later than the statutes' notice period allows. */
    public boolean isNoticeTooShort() {
        Long given = noticeGiven();
        return given != null && given < body.getNoticeDays();
    }

    @Override
    public String auditLabel() {
        return title;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Body getBody() {
        return body;
    }

    public String getTitle() {
        return title;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public String getPlace() {
        return place;
    }

    public String getAgenda() {
        return agenda;
    }

    public LocalDate getConvenedOn() {
        return convenedOn;
    }

    public boolean isSecondConvocation() {
        return secondConvocation;
    }

    public String getMinutes() {
        return minutes;
    }

    public Long getChairActorId() {
        return chairActorId;
    }

    public Long getSecretaryActorId() {
        return secretaryActorId;
    }

    /** Records who chairs the meeting and who takes the minutes (checked by the service). */
    public void officers(Long chairActorId, Long secretaryActorId) {
        this.chairActorId = chairActorId;
        this.secretaryActorId = secretaryActorId;
    }

    public LocalDateTime getChairSignedAt() {
        return chairSignedAt;
    }

    public String getChairSignedBy() {
        return chairSignedBy;
    }

    public LocalDateTime getSecretarySignedAt() {
        return secretarySignedAt;
    }

    public String getSecretarySignedBy() {
        return secretarySignedBy;
    }

    /** Whether an officer has signed the minutes: the meeting, its attendance and its votes are then fixed. */
    public boolean isSigned() {
        return chairSignedAt != null || secretarySignedAt != null;
    }

    /** Whether both officers have signed. */
    public boolean isFullySigned() {
        return chairSignedAt != null && secretarySignedAt != null;
    }

    /** Records an officer's signature (the service checks who may sign and when). */
    public void signedBy(boolean chair, String account, LocalDateTime at) {
        if (chair) {
            chairSignedBy = account;
            chairSignedAt = at;
        } else {
            secretarySignedBy = account;
            secretarySignedAt = at;
        }
    }
}
