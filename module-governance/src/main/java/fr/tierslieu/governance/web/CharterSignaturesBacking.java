package fr.tierslieu.governance.web;

import fr.tierslieu.core.application.actor.ActorService;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import fr.tierslieu.governance.application.CharterService;
import fr.tierslieu.governance.application.SessionService;
import fr.tierslieu.governance.domain.CharterVersion;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The charter page's signatures: who has signed the version in force and who must sign again, a
 * partner's signature with the commitments attached, and the e-mail asking those who must sign.
 */
@Named
@ViewScoped
public class CharterSignaturesBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    CharterService charters;

    @Inject
    CharterBacking charter;

    @Inject
    ActorService actors;

    @Inject
    Msg msg;

    @Inject
    fr.tierslieu.core.application.config.AppConfig config;

    private transient List<CharterService.BoardLine> board;
    private Long signActor;
    private String signatory;
    private String capacity;
    private LocalDate signedOn = LocalDate.now();
    private String commitments;

    private long charterId() {
        return charter.getCharterId();
    }

    public void sign() {
        CharterVersion current = charter.getCurrent();
        if (current == null) {
            FacesSupport.error(msg.get("governance.charter.noVersion"));
            return;
        }
        if (FacesSupport.attempt(msg, "signForm", () -> {
            charters.sign(current.getId(), signActor, signatory, capacity, signedOn, commitments, Msg.locale());
            signActor = null;
            signatory = null;
            capacity = null;
            commitments = null;
            FacesSupport.info(msg.get("governance.charter.signed"));
        })) {
            board = null;
        }
    }

    /** E-mails every partner who must sign the version in force (never signed, or an earlier version). */
    public void requestSignatures() {
        int[] n = new int[1];
        if (FacesSupport.attempt(
                msg,
                "signForm",
                () -> n[0] = charters.requestSignatures(
                        charterId(),
                        actorId -> {
                            try {
                                var a = actors.summary(actorId);
                                return new SessionService.Contact(a.name(), a.email());
                            } catch (RuntimeException e) {
                                return null; // deleted meanwhile
                            }
                        },
                        config.publicUrl(jakarta.faces.context.FacesContext.getCurrentInstance()
                                .getExternalContext()
                                .getRequest()),
                        Msg.locale()))) {
            FacesSupport.info(msg.format("governance.charter.requested", n[0]));
        }
    }

    public List<CharterService.BoardLine> getBoard() {
        if (board == null) {
            board = charters.board(charterId(), charter::name, LocalDate.now());
        }
        return board;
    }

    public Long getSignActor() {
        return signActor;
    }

    public void setSignActor(Long signActor) {
        this.signActor = signActor;
    }

    public String getSignatory() {
        return signatory;
    }

    public void setSignatory(String signatory) {
        this.signatory = signatory;
    }

    public String getCapacity() {
        return capacity;
    }

    public void setCapacity(String capacity) {
        this.capacity = capacity;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    public String getCommitments() {
        return commitments;
    }

    public void setCommitments(String commitments) {
        this.commitments = commitments;
    }
}
