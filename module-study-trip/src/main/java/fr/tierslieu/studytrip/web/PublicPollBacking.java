package fr.tierslieu.studytrip.web;

import fr.tierslieu.core.domain.shared.NotFoundException;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import fr.tierslieu.studytrip.application.PollService;
import fr.tierslieu.studytrip.domain.DatePoll;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * The page behind an invitee's personal link ({@code /public/studytrip/poll.xhtml?t=…}), open
 * without an account: the token is the only credential; an unknown token shows the same neutral
 * message whatever it is.
 */
@Named
@ViewScoped
public class PublicPollBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    PollService poll;

    @Inject
    Msg msg;

    private String token;
    private PollService.Invitation invitation;
    /** date id → answer name, as the radio buttons submit it */
    private final Map<Long, String> answers = new HashMap<>();

    private boolean saved;

    public void load() {
        if (invitation != null) {
            return;
        }
        invitation = poll.invitation(token).orElse(null);
        if (invitation != null) {
            invitation.answers().forEach((d, a) -> answers.put(d, a.name()));
        }
    }

    public void save() {
        Map<Long, DatePoll.Answer> given = new HashMap<>();
        answers.forEach((d, a) -> {
            if (a != null && !a.isBlank()) {
                given.put(d, DatePoll.Answer.valueOf(a));
            }
        });
        try {
            poll.answer(token, given, Msg.locale());
            saved = true;
            FacesSupport.info(msg.get("studytrip.public.thanks"));
        } catch (ValidationFailure e) {
            e.getViolations().forEach(v -> FacesSupport.error(v.message()));
        } catch (NotFoundException e) {
            invitation = null;
        }
    }

    public DatePoll.Answer[] getChoices() {
        return DatePoll.Answer.values();
    }

    public PollService.Invitation getInvitation() {
        return invitation;
    }

    public Map<Long, String> getAnswers() {
        return answers;
    }

    public boolean isSaved() {
        return saved;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
