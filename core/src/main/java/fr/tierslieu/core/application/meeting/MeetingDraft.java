package fr.tierslieu.core.application.meeting;

import static fr.tierslieu.core.application.i18n.Validation.REQUIRED;
import static fr.tierslieu.core.application.i18n.Validation.TOO_LONG;

import fr.tierslieu.core.domain.project.JourneyStep;
import fr.tierslieu.core.domain.project.Meeting;
import fr.tierslieu.core.domain.project.MeetingKind;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDateTime;

/** The meeting form. */
public class MeetingDraft implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private Long id;
    private Long version;

    @jakarta.validation.constraints.NotBlank(message = REQUIRED)
    @jakarta.validation.constraints.Size(max = Meeting.TITLE_MAX, message = TOO_LONG)
    private String title;

    @jakarta.validation.constraints.NotNull(message = REQUIRED)
    private MeetingKind kind = MeetingKind.WORKSHOP;

    private JourneyStep step;

    @jakarta.validation.constraints.NotNull(message = REQUIRED)
    private LocalDateTime startsAt;

    @jakarta.validation.constraints.Size(max = Meeting.PLACE_MAX, message = TOO_LONG)
    private String place;

    @jakarta.validation.constraints.Size(max = Meeting.TEXT_MAX, message = TOO_LONG)
    private String agenda;

    @jakarta.validation.constraints.Size(max = Meeting.MINUTES_MAX, message = TOO_LONG)
    private String minutes;

    @jakarta.validation.constraints.Size(max = Meeting.TEXT_MAX, message = TOO_LONG)
    private String decisions;

    public static MeetingDraft of(Meeting m) {
        MeetingDraft d = new MeetingDraft();
        d.id = m.getId();
        d.version = m.getVersion();
        d.title = m.getTitle();
        d.kind = m.getKind();
        d.step = m.getStep();
        d.startsAt = m.getStartsAt();
        d.place = m.getPlace();
        d.agenda = m.getAgenda();
        d.minutes = m.getMinutes();
        d.decisions = m.getDecisions();
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

    public MeetingKind getKind() {
        return kind;
    }

    public void setKind(MeetingKind kind) {
        this.kind = kind;
    }

    public JourneyStep getStep() {
        return step;
    }

    public void setStep(JourneyStep step) {
        this.step = step;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getAgenda() {
        return agenda;
    }

    public void setAgenda(String agenda) {
        this.agenda = agenda;
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public String getDecisions() {
        return decisions;
    }

    public void setDecisions(String decisions) {
        this.decisions = decisions;
    }
}
