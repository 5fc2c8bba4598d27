package fr.tierslieu.core.application.journey;

import static fr.tierslieu.core.application.i18n.Validation.REQUIRED;
import static fr.tierslieu.core.application.i18n.Validation.TOO_LONG;

import fr.tierslieu.core.domain.actor.Actor;
import fr.tierslieu.core.domain.project.ActivityStatus;
import fr.tierslieu.core.domain.project.JourneyActivity;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;

/** The activity form. */
public class ActivityDraft implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private Long id;
    private Long version;

    @jakarta.validation.constraints.NotBlank(message = REQUIRED)
    @jakarta.validation.constraints.Size(max = JourneyActivity.TITLE_MAX, message = TOO_LONG)
    private String title;

    @jakarta.validation.constraints.NotNull(message = REQUIRED)
    private ActivityStatus status = ActivityStatus.TODO;

    private Long ownerId;
    private LocalDate dueDate;

    @jakarta.validation.constraints.Size(max = JourneyActivity.TEXT_MAX, message = TOO_LONG)
    private String notes;

    private boolean outcomeReached;

    @jakarta.validation.constraints.Size(max = JourneyActivity.TEXT_MAX, message = TOO_LONG)
    private String evidence;

    private Long[] participantIds = new Long[0];

    public static ActivityDraft of(JourneyActivity a) {
        ActivityDraft d = new ActivityDraft();
        d.id = a.getId();
        d.version = a.getVersion();
        d.title = a.getTitle();
        d.status = a.getStatus();
        d.ownerId = a.getOwner() == null ? null : a.getOwner().getId();
        d.dueDate = a.getDueDate();
        d.notes = a.getNotes();
        d.outcomeReached = a.isOutcomeReached();
        d.evidence = a.getEvidence();
        d.participantIds = a.getParticipants().stream().map(Actor::getId).toArray(Long[]::new);
        return d;
    }

    public Long getId() {
        return id;
    }

    public Long getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public ActivityStatus getStatus() {
        return status;
    }

    public void setStatus(ActivityStatus status) {
        this.status = status;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public boolean isOutcomeReached() {
        return outcomeReached;
    }

    public void setOutcomeReached(boolean outcomeReached) {
        this.outcomeReached = outcomeReached;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public Long[] getParticipantIds() {
        return participantIds;
    }

    public void setParticipantIds(Long[] participantIds) {
        this.participantIds = participantIds == null ? new Long[0] : participantIds;
    }
}
