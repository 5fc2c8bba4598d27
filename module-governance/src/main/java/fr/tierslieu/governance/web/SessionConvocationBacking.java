package fr.tierslieu.governance.web;

import fr.tierslieu.core.application.actor.ActorService;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import fr.tierslieu.governance.application.SessionService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A meeting's convocation: the last day it may leave, the warning when the notice was short, the e-mails. */
@Named
@ViewScoped
public class SessionConvocationBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    SessionService sessions;

    @Inject
    SessionBacking session;

    @Inject
    ActorService actors;

    @Inject
    Msg msg;

    /** The last day the convocation may leave (the statutes' notice period), for the page. */
    public String getConveneBy() {
        LocalDateTime startsAt = session.getStartsAt();
        int noticeDays = session.getNoticeDays();
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
                        session.getId(),
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
            session.setConvenedOn(LocalDate.now());
            FacesSupport.info(msg.format("governance.session.convocationSent", n[0]));
        }
    }

    /** The notice warning, or null when the notice period is respected (or no convocation date yet). */
    public String getNoticeWarning() {
        LocalDate convenedOn = session.getConvenedOn();
        LocalDateTime startsAt = session.getStartsAt();
        int noticeDays = session.getNoticeDays();
        if (convenedOn == null || startsAt == null) {
            return null;
        }
        long given = java.time.temporal.ChronoUnit.DAYS.between(convenedOn, startsAt.toLocalDate());
        return given < noticeDays ? msg.format2("governance.session.noticeShort", given, noticeDays) : null;
    }
}
