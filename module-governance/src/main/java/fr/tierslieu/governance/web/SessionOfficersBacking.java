package fr.tierslieu.governance.web;

import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import fr.tierslieu.governance.application.SessionService;
import fr.tierslieu.governance.domain.AttendanceLine;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** A meeting's président(e) and secrétaire de séance, chosen among those present; they sign the minutes. */
@Named
@ViewScoped
public class SessionOfficersBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    SessionService sessions;

    @Inject
    SessionBacking session;

    @Inject
    Msg msg;

    /** Actor ids, as recorded (read once per view) or as chosen in the page. */
    private Long chair;

    private Long secretary;
    private boolean read;

    private void read() {
        if (!read && session.getId() != null) {
            var m = sessions.meeting(session.getId());
            chair = m.getChairActorId();
            secretary = m.getSecretaryActorId();
            read = true;
        }
    }

    /** Records the meeting's président(e) and secrétaire de séance. */
    public void saveOfficers() {
        if (FacesSupport.attempt(
                msg,
                "attendanceForm",
                () -> session.fill(sessions.officers(session.getId(), chair, secretary, Msg.locale())))) {
            FacesSupport.info(msg.get("governance.session.officers.saved"));
        }
    }

    /** Those present, who may chair the meeting or take its minutes. */
    public List<AttendanceLine> getPresent() {
        return session.getSheet().stream().filter(AttendanceLine::isPresent).toList();
    }

    public Long getChair() {
        read();
        return chair;
    }

    public void setChair(Long chair) {
        read = true;
        this.chair = chair;
    }

    public Long getSecretary() {
        read();
        return secretary;
    }

    public void setSecretary(Long secretary) {
        read = true;
        this.secretary = secretary;
    }
}
