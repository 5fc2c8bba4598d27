package fr.tierslieu.governance.web;

import fr.tierslieu.core.application.actor.ActorService;
import fr.tierslieu.core.application.security.AccessDeniedException;
import fr.tierslieu.core.domain.shared.NotFoundException;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import fr.tierslieu.governance.application.GovernanceService;
import fr.tierslieu.governance.application.SessionService;
import fr.tierslieu.governance.domain.AttendanceLine;
import fr.tierslieu.governance.domain.BodyMeeting;
import fr.tierslieu.governance.domain.Majority;
import fr.tierslieu.governance.domain.TallyResult;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

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
    /** Président(e) and secrétaire de séance (actor ids), chosen among those present. */
    private Long chair;

    private Long secretary;
    private Names names;
    private Majority bodyMajority;
    private transient List<AttendanceLine> sheet;
    private transient TallyResult quorum;
    /** Selected proxy holder per attendance line, as the page submits it (actor id as text). */
    private final Map<Long, String> proxies = new HashMap<>();

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

    private void fill(BodyMeeting m) {
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
        chair = m.getChairActorId();
        secretary = m.getSecretaryActorId();
        bodyMajority = m.getBody().getMajority();
    }

    private void refresh() {
        sheet = null;
        quorum = null;
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

    /** The notice warning, or null when the notice period is respected (or no convocation date yet). */
    /** The last day the convocation may leave (the statutes' notice period), for the page. */
    public String getConveneBy() {
        return startsAt == null
                ? null
                : msg.format2(
                        "governance.session.conveneBy",
                        msg.date(startsAt.toLocalDate().minusDays(noticeDays)),
                        noticeDays);
    }

    /** E-mails the convocation to every member with an address, and records today as its date. */
    public void sendConvocation() {
        int[] n = new int[1];
        if (FacesSupport.attempt(
                msg,
                "sessionForm",
                () -> n[0] = sessions.sendConvocation(
                        id,
                        actorId -> {
                            try {
                                var a = actors.summary(actorId);
                                return new fr.tierslieu.governance.application.SessionService.Contact(
                                        a.name(), a.email());
                            } catch (RuntimeException e) {
                                return null; // deleted meanwhile
                            }
                        },
                        Msg.locale()))) {
            convenedOn = java.time.LocalDate.now();
            FacesSupport.info(msg.format("governance.session.convocationSent", n[0]));
        }
    }

    public String getNoticeWarning() {
        if (convenedOn == null || startsAt == null) {
            return null;
        }
        long given = java.time.temporal.ChronoUnit.DAYS.between(convenedOn, startsAt.toLocalDate());
        return given < noticeDays ? msg.format2("governance.session.noticeShort", given, noticeDays) : null;
    }

    /** Records the meeting's président(e) and secrétaire de séance. */
    public void saveOfficers() {
        if (FacesSupport.attempt(
                msg, "attendanceForm", () -> fill(sessions.officers(id, chair, secretary, Msg.locale())))) {
            FacesSupport.info(msg.get("governance.session.officers.saved"));
        }
    }

    /** Those present, who may chair the meeting or take its minutes. */
    public List<AttendanceLine> getPresent() {
        return getSheet().stream().filter(AttendanceLine::isPresent).toList();
    }

    public Long getChair() {
        return chair;
    }

    public void setChair(Long chair) {
        this.chair = chair;
    }

    public Long getSecretary() {
        return secretary;
    }

    public void setSecretary(Long secretary) {
        this.secretary = secretary;
    }

    public void mark(long lineId, boolean present) {
        FacesSupport.attempt(msg, "attendanceForm", () -> {
            sessions.mark(lineId, present, present ? null : proxyOf(lineId), Msg.locale());
            refresh();
        });
    }

    /** Records (or undoes) a member's vote by correspondence, when the body's statutes allow it. */
    public void correspond(long lineId, boolean byCorrespondence) {
        if (FacesSupport.attempt(
                msg, "attendanceForm", () -> sessions.markByCorrespondence(lineId, byCorrespondence, Msg.locale()))) {
            refresh();
        }
    }

    public boolean isCorrespondenceAllowed() {
        return correspondenceAllowed;
    }

    public void proxy(long lineId) {
        try {
            sessions.mark(lineId, false, proxyOf(lineId), Msg.locale());
            refresh();
        } catch (ValidationFailure e) {
            proxies.remove(lineId);
            FacesSupport.showViolations(e, "attendanceForm");
        } catch (AccessDeniedException e) {
            FacesSupport.error(msg.get("core.error.denied"));
        }
    }

    private Long proxyOf(long lineId) {
        String v = proxies.get(lineId);
        return v == null || v.isBlank() ? null : Long.valueOf(v);
    }

    public StreamedContent getPdf() {
        byte[] bytes = sessions.minutesPdf(id, names, Msg.locale());
        return DefaultStreamedContent.builder()
                .name("proces-verbal-" + id + ".pdf")
                .contentType("application/pdf")
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    public List<AttendanceLine> getSheet() {
        if (sheet == null) {
            sheet = sessions.sheet(id);
            for (AttendanceLine l : sheet) {
                if (l.getProxyTo() != null) {
                    proxies.put(l.getId(), String.valueOf(l.getProxyTo()));
                }
            }
        }
        return sheet;
    }

    /** Members who may vote: present, by correspondence, or absent with a proxy. */
    public List<AttendanceLine> getVoters() {
        return getSheet().stream()
                .filter(l -> l.counts() || l.getProxyTo() != null)
                .toList();
    }

    public TallyResult getQuorum() {
        if (quorum == null) {
            quorum = sessions.quorum(id, names);
        }
        return quorum;
    }

    /** Only the attendance part of the steps (presence, proxies, quorum). */
    public List<String> getQuorumSteps() {
        return getQuorum().steps().stream()
                .filter(s -> s.key().startsWith("presence")
                        || s.key().startsWith("quorum")
                        || s.key().startsWith("proxy"))
                .map(s -> governance.describe(s, Msg.locale()))
                .toList();
    }

    public String name(long actorId) {
        return names.apply(actorId);
    }

    public Map<Long, String> getProxies() {
        return proxies;
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
    public Names getNames() {
        return names;
    }

    /** The majority the body's statutes set by default. */
    public Majority getBodyMajority() {
        return bodyMajority;
    }
}
