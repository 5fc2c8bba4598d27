package fr.tierslieu.governance.web;

import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.governance.application.BodyService;
import fr.tierslieu.governance.application.SessionService;
import fr.tierslieu.governance.domain.BodyMeeting;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;

/** What the dashboard widget shows. */
@Named
@RequestScoped
public class GovernanceWidget {

    @Inject
    SessionService sessions;

    @Inject
    BodyService bodies;

    @Inject
    Msg msg;

    private BodyMeeting next;
    private boolean loaded;

    public BodyMeeting getNext() {
        if (!loaded) {
            List<BodyMeeting> upcoming = sessions.upcoming(LocalDate.now());
            next = upcoming.isEmpty() ? null : upcoming.get(0);
            loaded = true;
        }
        return next;
    }

    public String getNextLabel() {
        BodyMeeting m = getNext();
        return m == null
                ? ""
                : msg.date(m.getStartsAt().toLocalDate()) + " – " + m.getBody().getName() + " – " + m.getTitle();
    }

    @Inject
    fr.tierslieu.governance.application.CharterService charters;

    @Inject
    fr.tierslieu.core.application.actor.ActorService actors;

    private Boolean hasBodies;
    private Boolean hasCharter;

    /** Whether any body exists: without one the widget says where to start instead of counting zeros. */
    public boolean isHasBodies() {
        if (hasBodies == null) {
            hasBodies = !bodies.bodies().isEmpty();
        }
        return hasBodies;
    }

    /** Whether a version of the charter was adopted. */
    public boolean isHasCharter() {
        if (hasCharter == null) {
            hasCharter = charters.current(charters.charter().getId()) != null;
        }
        return hasCharter;
    }

    /** Partners who have not signed the charter in force (or must sign again). */
    public long getUnsigned() {
        var charter = charters.charter();
        if (charters.current(charter.getId()) == null) {
            return 0;
        }
        Names names = new Names(actors.choices());
        return charters.board(charter.getId(), names, LocalDate.now()).stream()
                .filter(l -> l.status() != fr.tierslieu.governance.application.CharterService.SignStatus.SIGNED)
                .count();
    }

    /** Positions vacant today, in words (« Bureau : présidence vacante depuis le 13/06/2026 »). */
    public List<String> getVacancies() {
        return bodies.vacancies(LocalDate.now()).stream()
                .map(v -> msg.formatAll(
                        "governance.widget.vacancy",
                        v.body().getName(),
                        msg.label(v.position()).toLowerCase(Msg.locale()),
                        msg.date(v.since())))
                .toList();
    }

    public int getEnding() {
        return bodies.endingWithin(90).size();
    }
}
