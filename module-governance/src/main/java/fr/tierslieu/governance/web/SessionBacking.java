package fr.tierslieu.governance.web;

import fr.tierslieu.core.application.actor.ActorService;
import fr.tierslieu.core.domain.shared.NotFoundException;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import fr.tierslieu.governance.application.GovernanceService;
import fr.tierslieu.governance.application.SessionService;
import fr.tierslieu.governance.domain.AttendanceLine;
import fr.tierslieu.governance.domain.BodyMeeting;
import fr.tierslieu.governance.domain.Majority;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** One meeting of a body: convocation, attendance with proxies, live quorum, resolutions and votes, minutes. */
@Named
@ViewScoped
public class SessionBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    SessionService sessions;

    @Inject
    GovernanceService governance;

    @Inject
    ActorService actors;

    @Inject
    Msg msg;

    @Inject
    fr.tierslieu.core.application.i18n.MessageBundles bundles;

    private Long id;
    private long version;
    private long bodyId;
    private String bodyName;
    private boolean correspondenceAllowed;
    private int noticeDays;
    private String title;
    private LocalDateTime startsAt;
    private String place;
    private String agenda;
    private LocalDate convenedOn;
    private boolean secondConvocation;
    private String minutes;
    private Names names;
    private Majority bodyMajority;
    private transient List<AttendanceLine> sheet;

    public void load() throws IOException {
        if (title != null) {
            return;
        }
        try {
            if (id == null) {
                FacesSupport.notFound();
                return;
            }
            fill(sessions.meeting(id));
            names = new Names(actors.choices());
        } catch (NotFoundException e) {
            FacesSupport.notFound();
        }
    }

    void fill(BodyMeeting m) {
        version = m.getVersion();
        bodyId = m.getBody().getId();
        bodyName = m.getBody().getName();
        correspondenceAllowed = m.getBody().isCorrespondenceAllowed();
        noticeDays = m.getBody().getNoticeDays();
        title = m.getTitle();
        startsAt = m.getStartsAt();
        place = m.getPlace();
        agenda = m.getAgenda();
        convenedOn = m.getConvenedOn();
        secondConvocation = m.isSecondConvocation();
        minutes = m.getMinutes();
        bodyMajority = m.getBody().getMajority();
    }

    /** Forgets the attendance sheet read (after a change to it or to the meeting). */
    void refresh() {
        sheet = null;
    }

    public void save() {
        FacesSupport.attempt(msg, "sessionForm", () -> {
            BodyMeeting m = sessions.save(
                    bodyId,
                    id,
                    version,
                    title,
                    startsAt,
                    place,
                    agenda,
                    convenedOn,
                    secondConvocation,
                    minutes,
                    Msg.locale());
            fill(m);
            refresh();
            FacesSupport.info(msg.get("governance.session.saved"));
        });
    }

    public boolean isCorrespondenceAllowed() {
        return correspondenceAllowed;
    }

    public List<AttendanceLine> getSheet() {
        if (sheet == null) {
            sheet = sessions.sheet(id);
        }
        return sheet;
    }

    /** Members who may vote: present, by correspondence, or absent with a proxy. */
    public List<AttendanceLine> getVoters() {
        return getSheet().stream()
                .filter(l -> l.counts() || l.getProxyTo() != null)
                .toList();
    }

    public String name(long actorId) {
        return names.apply(actorId);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getBodyId() {
        return bodyId;
    }

    public String getBodyName() {
        return bodyName;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
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

    public LocalDate getConvenedOn() {
        return convenedOn;
    }

    public void setConvenedOn(LocalDate convenedOn) {
        this.convenedOn = convenedOn;
    }

    public boolean isSecondConvocation() {
        return secondConvocation;
    }

    public void setSecondConvocation(boolean secondConvocation) {
        this.secondConvocation = secondConvocation;
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    /** The names of the actors by id, read once per view (for the resolutions' bean too). */
    public int getNoticeDays() {
        return noticeDays;
    }

    public Names getNames() {
        return names;
    }

    /** The majority the body's statutes set by default. */
    public Majority getBodyMajority() {
        return bodyMajority;
    }
}
