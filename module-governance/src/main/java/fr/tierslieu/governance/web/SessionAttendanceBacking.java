package fr.tierslieu.governance.web;

import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import fr.tierslieu.governance.application.GovernanceService;
import fr.tierslieu.governance.application.SessionService;
import fr.tierslieu.governance.domain.AttendanceLine;
import fr.tierslieu.governance.domain.TallyResult;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A meeting's attendance sheet: present, by correspondence, proxies, and the live quorum. */
@Named
@ViewScoped
public class SessionAttendanceBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    SessionService sessions;

    @Inject
    GovernanceService governance;

    @Inject
    SessionBacking session;

    @Inject
    Msg msg;

    /** Selected proxy holder per attendance line, as the page submits it (actor id as text). */
    private final Map<Long, String> proxies = new HashMap<>();

    private transient TallyResult quorum;
    private boolean proxiesRead;

    private void refresh() {
        session.refresh();
        quorum = null;
    }

    /** The sheet, with each line's proxy holder as the page shows it. */
    public List<AttendanceLine> getSheet() {
        List<AttendanceLine> sheet = session.getSheet();
        if (!proxiesRead) {
            for (AttendanceLine l : sheet) {
                if (l.getProxyTo() != null) {
                    proxies.put(l.getId(), String.valueOf(l.getProxyTo()));
                }
            }
            proxiesRead = true;
        }
        return sheet;
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
        return session.isCorrespondenceAllowed();
    }

    public void proxy(long lineId) {
        FacesSupport.Outcome outcome = FacesSupport.outcome(
                msg, "attendanceForm", () -> sessions.mark(lineId, false, proxyOf(lineId), Msg.locale()));
        if (outcome == FacesSupport.Outcome.DONE) {
            refresh();
        } else if (outcome == FacesSupport.Outcome.REFUSED) {
            proxies.remove(lineId);
        }
    }

    private Long proxyOf(long lineId) {
        String v = proxies.get(lineId);
        return v == null || v.isBlank() ? null : Long.valueOf(v);
    }

    public TallyResult getQuorum() {
        if (quorum == null) {
            quorum = sessions.quorum(session.getId(), session.getNames());
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

    public Map<Long, String> getProxies() {
        return proxies;
    }
}
