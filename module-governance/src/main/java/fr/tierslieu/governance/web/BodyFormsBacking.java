package fr.tierslieu.governance.web;

import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import fr.tierslieu.governance.application.BodyService;
import fr.tierslieu.governance.application.SessionService;
import fr.tierslieu.governance.domain.BodyMeeting;
import fr.tierslieu.governance.domain.MandatePosition;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A body's page forms: a mandate given or ended, and a meeting convened. The body is {@link BodiesBacking}'s. */
@Named
@ViewScoped
public class BodyFormsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    BodyService bodies;

    @Inject
    SessionService sessions;

    @Inject
    BodiesBacking page;

    @Inject
    Msg msg;

    // mandate form
    private Long mandateActor;
    private String representative;
    private MandatePosition mandatePosition = MandatePosition.MEMBER;
    private Long mandateCollege;
    private LocalDate mandateStart = LocalDate.now();
    private LocalDate mandateEnd;
    // new meeting
    private String sessionTitle;
    private LocalDateTime startsAt;
    private LocalDate convenedOn;

    public void addMandate() {
        FacesSupport.attempt(msg, "mandateForm", () -> {
            bodies.addMandate(
                    page.getId(),
                    mandateActor,
                    representative,
                    mandatePosition,
                    mandateCollege,
                    mandateStart,
                    mandateEnd,
                    Msg.locale());
            mandateActor = null;
            representative = null;
            page.refresh();
        });
    }

    public void endMandate(long mandateId) {
        FacesSupport.attempt(msg, "mandateForm", () -> {
            bodies.endMandate(mandateId, LocalDate.now(), Msg.locale());
            page.refresh();
        });
    }

    public void convene() {
        FacesSupport.attempt(msg, "sessionForm", () -> {
            BodyMeeting m = sessions.save(
                    page.getId(),
                    null,
                    null,
                    sessionTitle,
                    startsAt,
                    null,
                    null,
                    convenedOn,
                    false,
                    null,
                    Msg.locale());
            FacesSupport.redirect("/governance/session.xhtml?id=" + m.getId());
        });
    }

    public Long getMandateActor() {
        return mandateActor;
    }

    public void setMandateActor(Long mandateActor) {
        this.mandateActor = mandateActor;
    }

    public String getRepresentative() {
        return representative;
    }

    public void setRepresentative(String representative) {
        this.representative = representative;
    }

    public MandatePosition getMandatePosition() {
        return mandatePosition;
    }

    public void setMandatePosition(MandatePosition mandatePosition) {
        this.mandatePosition = mandatePosition;
    }

    public Long getMandateCollege() {
        return mandateCollege;
    }

    public void setMandateCollege(Long mandateCollege) {
        this.mandateCollege = mandateCollege;
    }

    public LocalDate getMandateStart() {
        return mandateStart;
    }

    public void setMandateStart(LocalDate mandateStart) {
        this.mandateStart = mandateStart;
    }

    public LocalDate getMandateEnd() {
        return mandateEnd;
    }

    public void setMandateEnd(LocalDate mandateEnd) {
        this.mandateEnd = mandateEnd;
    }

    public String getSessionTitle() {
        return sessionTitle;
    }

    public void setSessionTitle(String sessionTitle) {
        this.sessionTitle = sessionTitle;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalDate getConvenedOn() {
        return convenedOn;
    }

    public void setConvenedOn(LocalDate convenedOn) {
        this.convenedOn = convenedOn;
    }
}
