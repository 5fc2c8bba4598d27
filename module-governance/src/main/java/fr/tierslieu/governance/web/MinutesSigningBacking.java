package fr.tierslieu.governance.web;

import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import fr.tierslieu.governance.application.SessionService;
import fr.tierslieu.governance.domain.BodyMeeting;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The part of a meeting's page where its président(e) and secrétaire de séance sign the minutes,
 * each with the account they are signed in with (once signed, the page shows the meeting read-only),
 * and the minutes' PDF.
 */
@Named
@ViewScoped
public class MinutesSigningBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    SessionService sessions;

    @Inject
    SessionBacking session;

    @Inject
    Msg msg;

    private transient BodyMeeting meeting;

    private BodyMeeting meeting() {
        if (meeting == null && session.getId() != null) {
            meeting = sessions.meeting(session.getId());
        }
        return meeting;
    }

    /** Whether an officer has signed: the meeting no longer changes. */
    public boolean isSigned() {
        return meeting() != null && meeting().isSigned();
    }

    public String getChairState() {
        return state(meeting().getChairSignedBy(), meeting().getChairSignedAt());
    }

    public String getSecretaryState() {
        return state(meeting().getSecretarySignedBy(), meeting().getSecretarySignedAt());
    }

    public boolean isChairSigned() {
        return meeting().getChairSignedAt() != null;
    }

    public boolean isSecretarySigned() {
        return meeting().getSecretarySignedAt() != null;
    }

    private String state(String account, LocalDateTime at) {
        return at == null
                ? msg.get("governance.session.sign.waiting")
                : msg.format2(
                        "governance.session.sign.signed",
                        account,
                        at.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                                .withLocale(Msg.locale())));
    }

    public void signChair() {
        sign(true);
    }

    public void signSecretary() {
        sign(false);
    }

    private void sign(boolean chair) {
        String account = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        Long id = session.getId();
        if (FacesSupport.attempt(msg, "signForm", () -> sessions.signMinutes(id, chair, account, Msg.locale()))) {
            FacesSupport.info(msg.get("governance.session.sign.done"));
            FacesSupport.keepMessages();
            // the whole page again, read-only now
            FacesSupport.redirect("/governance/session.xhtml?id=" + id);
        }
    }

    /** The minutes: a draft, or once signed the PDF/A with the officers' signatures. */
    public StreamedContent getPdf() {
        byte[] bytes = sessions.minutesPdf(session.getId(), session.getNames(), Msg.locale());
        return DefaultStreamedContent.builder()
                .name("proces-verbal-" + session.getId() + ".pdf")
                .contentType("application/pdf")
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }
}
