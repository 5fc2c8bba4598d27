package fr.tierslieu.core.web.meeting;

import fr.tierslieu.core.application.meeting.MeetingService;
import fr.tierslieu.core.domain.actor.Actor;
import fr.tierslieu.core.domain.roadmap.RoadmapTask;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** The follow-up actions of one meeting: tasks of the roadmap decided there, and a new one. */
@Named
@ViewScoped
public class MeetingFollowUpsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    MeetingsBacking page;

    @Inject
    MeetingService meetings;

    @Inject
    Msg msg;

    private transient List<RoadmapTask> followUps;
    private String name;
    private Integer duration = 5;
    private Long owner;

    public List<RoadmapTask> getFollowUps() {
        if (followUps == null) {
            followUps = page.getMeetingId() == null ? List.of() : meetings.followUps(page.getMeetingId());
        }
        return followUps;
    }

    public String ownerName(RoadmapTask t) {
        Actor o = t.getOwner();
        return o == null ? "" : o.getName();
    }

    public void add() {
        if (FacesSupport.attempt(
                msg,
                "followUpForm",
                () -> meetings.addFollowUp(page.getMeetingId(), name, duration, owner, Msg.locale()))) {
            name = null;
            followUps = null;
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getDuration() {
        return duration;
    }

    public void setDuration(Integer duration) {
        this.duration = duration;
    }

    public Long getOwner() {
        return owner;
    }

    public void setOwner(Long owner) {
        this.owner = owner;
    }
}
