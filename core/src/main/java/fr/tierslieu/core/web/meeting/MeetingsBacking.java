package fr.tierslieu.core.web.meeting;

import fr.tierslieu.core.application.Choice;
import fr.tierslieu.core.application.actor.ActorService;
import fr.tierslieu.core.application.export.ICalendar;
import fr.tierslieu.core.application.meeting.MeetingDraft;
import fr.tierslieu.core.application.meeting.MeetingService;
import fr.tierslieu.core.application.project.ProjectService;
import fr.tierslieu.core.domain.project.JourneyStep;
import fr.tierslieu.core.domain.project.Meeting;
import fr.tierslieu.core.domain.project.MeetingAttendee;
import fr.tierslieu.core.domain.project.MeetingKind;
import fr.tierslieu.core.domain.project.Project;
import fr.tierslieu.core.domain.shared.NotFoundException;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * A project's meetings (list, creation, iCalendar) and, with {@code meeting=<id>}, one meeting:
 * details, invitations and attendance; its follow-up actions are {@link MeetingFollowUpsBacking}'s.
 */
@Named
@ViewScoped
public class MeetingsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    MeetingService meetings;

    @Inject
    ProjectService projects;

    @Inject
    ActorService actors;

    @Inject
    Msg msg;

    private Long id;
    private Long meetingId;
    private transient Project project;
    private transient List<Meeting> list;
    private transient List<MeetingAttendee> attendees;
    private List<Choice> actorChoices;
    private MeetingDraft draft = new MeetingDraft();
    private Long[] invited = new Long[0];

    public void load() throws IOException {
        try {
            if (id == null) {
                FacesSupport.notFound();
                return;
            }
            getProject();
            if (meetingId != null && draft.getId() == null) {
                Meeting m = meetings.get(meetingId);
                if (!m.getProject().getId().equals(id)) {
                    FacesSupport.notFound();
                    return;
                }
                draft = MeetingDraft.of(m);
                invited = getAttendees().stream().map(a -> a.getActor().getId()).toArray(Long[]::new);
            }
        } catch (NotFoundException e) {
            FacesSupport.notFound();
        }
    }

    private void refresh() {
        list = null;
        attendees = null;
    }

    private void attempt(Runnable action, String form) {
        if (FacesSupport.attempt(msg, form, action)) {
            refresh();
        }
    }

    public void save() {
        boolean creating = draft.getId() == null;
        Meeting[] saved = new Meeting[1];
        if (!FacesSupport.attempt(msg, "meetingForm", () -> saved[0] = meetings.save(id, draft, Msg.locale()))) {
            return;
        }
        FacesSupport.info(msg.get("core.meeting.saved"));
        if (creating) {
            FacesSupport.keepMessages();
            FacesSupport.redirect("/core/projects/meeting.xhtml?id=" + id + "&meeting=" + saved[0].getId());
            return;
        }
        draft = MeetingDraft.of(meetings.get(saved[0].getId()));
        refresh();
    }

    public void delete() {
        FacesSupport.attempt(msg, null, () -> {
            meetings.delete(meetingId);
            FacesSupport.redirect("/core/projects/meetings.xhtml?id=" + id);
        });
    }

    public void invite() {
        attempt(() -> meetings.invite(meetingId, Arrays.asList(invited), Msg.locale()), "attendeeForm");
    }

    public void togglePresent(long attendeeId, boolean present) {
        attempt(() -> meetings.setPresent(attendeeId, present), "attendeeForm");
    }

    public StreamedContent getIcs() {
        ICalendar cal = new ICalendar(getProject().getName());
        for (Meeting m : getList()) {
            cal.timed(
                    "meeting-" + m.getId() + "@tiers-lieu-studio",
                    m.getStartsAt(),
                    m.getStartsAt().plusHours(2),
                    ZoneId.systemDefault(),
                    m.getTitle(),
                    m.getPlace(),
                    m.getAgenda());
        }
        byte[] bytes = cal.toBytes();
        return DefaultStreamedContent.builder()
                .name("reunions.ics")
                .contentType("text/calendar; charset=UTF-8")
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    public long getPresentCount() {
        return getAttendees().stream().filter(MeetingAttendee::isPresent).count();
    }

    public Project getProject() {
        if (project == null) {
            project = projects.get(id);
        }
        return project;
    }

    public List<Meeting> getList() {
        if (list == null) {
            list = meetings.meetings(id);
        }
        return list;
    }

    public List<MeetingAttendee> getAttendees() {
        if (attendees == null) {
            attendees = meetingId == null ? List.of() : meetings.attendees(meetingId);
        }
        return attendees;
    }

    public List<Choice> getActorChoices() {
        if (actorChoices == null) {
            actorChoices = actors.choices();
        }
        return actorChoices;
    }

    public MeetingKind[] getKinds() {
        return MeetingKind.values();
    }

    public JourneyStep[] getSteps() {
        return JourneyStep.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(Long meetingId) {
        this.meetingId = meetingId;
    }

    public MeetingDraft getDraft() {
        return draft;
    }

    public Long[] getInvited() {
        return invited;
    }

    public void setInvited(Long[] invited) {
        this.invited = invited == null ? new Long[0] : invited;
    }
}
