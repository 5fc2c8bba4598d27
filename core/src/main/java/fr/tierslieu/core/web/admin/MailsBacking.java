package fr.tierslieu.core.web.admin;

import fr.tierslieu.core.application.mail.MailOutbox;
import fr.tierslieu.core.domain.mail.OutgoingMail;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The page "Courriels": the outbox by status, the SMTP server, resending what failed. */
@Named
@ViewScoped
public class MailsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    MailOutbox outbox;

    @Inject
    Msg msg;

    private OutgoingMail.Status status;
    private transient List<OutgoingMail> mails;
    private transient Map<OutgoingMail.Status, Long> counts;

    public List<OutgoingMail> getMails() {
        if (mails == null) {
            mails = outbox.list(status, 200);
        }
        return mails;
    }

    public Map<OutgoingMail.Status, Long> getCounts() {
        if (counts == null) {
            counts = outbox.counts();
        }
        return counts;
    }

    /**
     * The SMTP server the outbox sends through, as the mail worker reads it (the environment); the
     * worker itself, an EJB, is not kept by the page: its proxy cannot be serialized with the
     * page's state, which a cluster replicates.
     */
    public String getServer() {
        return fr.tierslieu.core.application.mail.SmtpTransport.Settings.fromEnvironment()
                .address();
    }

    public void resend(long id) {
        outbox.resend(id);
        mails = null;
        counts = null;
        FacesSupport.info(msg.get("core.mails.requeued"));
    }

    public void refresh() {
        mails = null;
        counts = null;
    }

    public OutgoingMail.Status[] getStatuses() {
        return OutgoingMail.Status.values();
    }

    public OutgoingMail.Status getStatus() {
        return status;
    }

    public void setStatus(OutgoingMail.Status status) {
        this.status = status;
    }
}
